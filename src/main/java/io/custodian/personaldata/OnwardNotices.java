package io.custodian.personaldata;

import java.util.List;
import java.util.UUID;

/**
 * The notices sent to recipients of a customer's data when it was corrected, erased or restricted (GDPR Art. 19),
 * newest first; a neutral view so pages can list them without knowing who keeps them.
 */
public interface OnwardNotices {

	List<OnwardNoticeView> forCustomer(UUID customerId);
}
