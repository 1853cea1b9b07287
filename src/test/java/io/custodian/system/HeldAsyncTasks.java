package io.custodian.system;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Test classpath only, for a Custodian started as a child process with {@code custodian.test.hold-async-tasks=true}:
 * every asynchronous task, event listeners included, waits forever instead of running, so that a kill finds their
 * event publications not completed. A plain configuration, not a test one: Spring Boot leaves test configurations
 * out of every application started with spring-boot-test on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "custodian.test.hold-async-tasks", havingValue = "true")
class HeldAsyncTasks {

	@Bean
	TaskDecorator holdingDecorator() {
		return task -> () -> {
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		};
	}
}
