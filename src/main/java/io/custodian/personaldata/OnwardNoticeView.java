package io.custodian.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One onward notice: to which recipient, of what kind, about which fields, when mailed and acknowledged. */
public record OnwardNoticeView(UUID id, UUID recipientId, String recipientName, String kind, List<String> fields,
		Instant createdAt, Instant mailedAt, Instant acknowledgedAt, String acknowledgedBy) {

	public OnwardNoticeView {
		fields = List.copyOf(fields);
	}
}
