package io.custodian.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registry of sites; collection refuses hits for any site not in it. */
public interface Sites {

	Site register(NewSite site);

	Site update(UUID id, NewSite changes);

	Optional<Site> find(UUID id);

	Optional<Site> findByTrackingId(int trackingId);

	Optional<Site> findByDomain(String domain);

	List<Site> all();
}
