package lms.kit.scheduling;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduler of every {@code @Scheduled} task: a pool of virtual threads
 * ({@code spring.task.scheduling.pool.size}, set in {@code lms-kit-defaults.yml}). With
 * virtual threads on, Boot's own scheduler runs every fixed-delay task on its one
 * scheduler thread, so a task waiting on an absent broker (the consumer lag, the dead
 * letter count) held back every other: during a Kafka outage the lag gauge kept reading 0
 * instead of unknown, and media's deletion worker waited on Kafka. Here each task waits
 * alone and keeps its fixed-delay meaning (one run at a time).
 */
@AutoConfiguration(before = TaskSchedulingAutoConfiguration.class)
public class ScheduledTasksAutoConfiguration {

	@Bean(name = "taskScheduler")
	@ConditionalOnMissingBean(TaskScheduler.class)
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.additionalCustomizers((scheduler) -> scheduler.setVirtualThreads(true)).build();
	}

}
