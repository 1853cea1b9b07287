package io.custodian.disclosure.internal;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the legal-demand notices that are due (deferred ones after their end date), once across nodes. */
@Component
class DemandNoticeJob {

	private final DemandNotices notices;

	DemandNoticeJob(DemandNotices notices) {
		this.notices = notices;
	}

	@Scheduled(cron = "0 */5 * * * *")
	@SchedulerLock(name = "disclosure-demand-notices", lockAtMostFor = "PT30M")
	public void run() {
		notices.sendDue(Instant.now());
	}
}
