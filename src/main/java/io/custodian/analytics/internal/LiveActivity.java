package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.custodian.analytics.Analytics.Live;
import io.custodian.analytics.Analytics.LivePage;
import io.custodian.collect.EventLog;
import org.springframework.stereotype.Component;

/** Visitors, pageviews and top pages of the last half hour, read from the collect module's {@link EventLog}. */
@Component
class LiveActivity {

	static final Duration LIVE_WINDOW = Duration.ofMinutes(30);

	private static final int TOP_PAGES = 10;

	private final EventLog log;

	LiveActivity(EventLog log) {
		this.log = log;
	}

	Live live(UUID siteId) {
		var since = Instant.now().minus(LIVE_WINDOW);
		var activity = log.activity(siteId, since, TOP_PAGES);
		var pages = activity.pages().stream().map(p -> new LivePage(p.path(), p.visitors(), p.pageviews())).toList();
		return new Live(siteId, since, activity.visitors(), activity.pageviews(), pages);
	}
}
