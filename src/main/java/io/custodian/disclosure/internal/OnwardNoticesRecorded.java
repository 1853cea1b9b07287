package io.custodian.disclosure.internal;

import java.util.List;
import java.util.UUID;

/** Onward notices were recorded and wait to be mailed to their recipients once the transaction committed. */
public record OnwardNoticesRecorded(List<UUID> notices) {

	public OnwardNoticesRecorded {
		notices = List.copyOf(notices);
	}
}
