package io.custodian.news.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the next batch of every campaign being sent, once across nodes. */
@Component
class NewsJobs {

	private final CampaignSender sender;

	NewsJobs(CampaignSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${custodian.news.send-interval:PT2S}")
	@SchedulerLock(name = "news-campaigns", lockAtMostFor = "PT30M")
	public void run() {
		sender.run();
	}
}
