package io.custodian.news.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Processes the next batch of every subscriber import, once across nodes. */
@Component
public class SubscriberImportJobs {

	private final ImportSender sender;

	SubscriberImportJobs(ImportSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${custodian.news.import-interval:PT2S}")
	@SchedulerLock(name = "news-imports", lockAtMostFor = "PT30M")
	public void run() {
		sender.run();
	}
}
