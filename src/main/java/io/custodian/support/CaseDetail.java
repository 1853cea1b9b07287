package io.custodian.support;

import java.util.List;
import java.util.Map;

/**
 * A case as staff see it: the case, its conversation oldest first, and the customer's fields read for the support
 * purpose (empty with a reason when the purpose guard refuses, e.g. while processing is suspended).
 */
public record CaseDetail(SupportCase supportCase, List<CaseMessage> messages, Map<String, String> customer,
		String customerUnreadable) {
}
