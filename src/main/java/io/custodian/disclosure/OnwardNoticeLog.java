package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * The onward notices per customer, and their acknowledgement by staff once the recipient confirmed it acted on one:
 * an unknown notice is a 404 problem, a second acknowledgement a 409, a note over 2,000 characters a 400.
 */
public interface OnwardNoticeLog {

	List<OnwardNotice> ofCustomer(UUID customerId);

	OnwardNotice acknowledge(UUID noticeId, String note);
}
