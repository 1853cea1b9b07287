package io.custodian.audit.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import io.custodian.audit.AuditSettings;
import io.custodian.audit.ChainCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Checkpoints every chain at startup, every {@code custodian.audit.checkpoint-interval} and at shutdown, after the
 * web server has stopped taking requests.
 */
@Component
class CheckpointSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

	private final ChainCheckpoints checkpoints;

	private final TaskScheduler scheduler;

	private final AuditSettings settings;

	private volatile ScheduledFuture<?> task;

	CheckpointSchedule(ChainCheckpoints checkpoints, TaskScheduler scheduler, AuditSettings settings) {
		this.checkpoints = checkpoints;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@Override
	public void start() {
		checkpointAll();
		task = scheduler.scheduleWithFixedDelay(this::checkpointAll, Instant.now().plus(settings.checkpointInterval()),
				settings.checkpointInterval());
	}

	@Override
	public void stop() {
		var running = task;
		task = null;
		if (running != null) {
			running.cancel(false);
			checkpointAll();
		}
	}

	@Override
	public boolean isRunning() {
		return task != null;
	}

	@Override
	public int getPhase() {
		return 0;
	}

	private void checkpointAll() {
		try {
			checkpoints.checkpointAll();
		}
		catch (RuntimeException e) {
			log.error("Could not write chain checkpoints", e);
		}
	}
}
