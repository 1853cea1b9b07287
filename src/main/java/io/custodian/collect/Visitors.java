package io.custodian.collect;

import java.util.Set;
import java.util.UUID;

/** Links the tracker's visitor ids to customers when they identify (a form sent with the visitor id, a login). */
public interface Visitors {

	void link(UUID siteId, String visitorId, UUID customerId);

	Set<String> linkedTo(UUID customerId);
}
