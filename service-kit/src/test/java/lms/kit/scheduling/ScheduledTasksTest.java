package lms.kit.scheduling;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ScheduledTasksTest {

	private static final String POOL_SIZE = "spring.task.scheduling.pool.size";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ScheduledTasksAutoConfiguration.class, TaskSchedulingAutoConfiguration.class))
		.withPropertyValues("spring.threads.virtual.enabled=true", POOL_SIZE + "=" + kitDefault(POOL_SIZE))
		.withUserConfiguration(Tasks.class);

	@Test
	void aFixedDelayTaskWaitingOnAnAbsentBrokerHoldsBackNoOtherTask() {
		this.runner.run((context) -> {
			Tasks tasks = context.getBean(Tasks.class);
			try {
				assertThat(tasks.waiting.await(5, TimeUnit.SECONDS)).isTrue();
				await().atMost(Duration.ofSeconds(5)).until(() -> tasks.measuredWhileOneWaits.get() >= 5);
			}
			finally {
				tasks.brokerBack.countDown();
			}
		});
	}

	@Test
	void aFixedDelayTaskNeverRunsTwiceAtOnce() {
		this.runner.run((context) -> {
			Tasks tasks = context.getBean(Tasks.class);
			await().atMost(Duration.ofSeconds(5)).until(() -> tasks.slowRuns.get() >= 3);
			assertThat(tasks.mostSlowRunsAtOnce.get()).isEqualTo(1);
			tasks.brokerBack.countDown();
		});
	}

	private static String kitDefault(String name) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("lms-kit-defaults.yml"));
		String value = yaml.getObject().getProperty(name);
		assertThat(value).as(name + " in lms-kit-defaults.yml").isNotNull();
		return value;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Tasks {

		final CountDownLatch waiting = new CountDownLatch(1);

		final CountDownLatch brokerBack = new CountDownLatch(1);

		final AtomicInteger measuredWhileOneWaits = new AtomicInteger();

		final AtomicInteger slowRuns = new AtomicInteger();

		final AtomicInteger slowRunsAtOnce = new AtomicInteger();

		final AtomicInteger mostSlowRunsAtOnce = new AtomicInteger();

		@Scheduled(fixedDelay = 10)
		void waitsOnTheBroker() throws InterruptedException {
			this.waiting.countDown();
			this.brokerBack.await();
		}

		@Scheduled(fixedDelay = 10)
		void measures() {
			if (this.waiting.getCount() == 0 && this.brokerBack.getCount() == 1) {
				this.measuredWhileOneWaits.incrementAndGet();
			}
		}

		@Scheduled(fixedDelay = 1)
		void takesLongerThanItsDelay() throws InterruptedException {
			this.mostSlowRunsAtOnce.accumulateAndGet(this.slowRunsAtOnce.incrementAndGet(), Math::max);
			Thread.sleep(50);
			this.slowRunsAtOnce.decrementAndGet();
			this.slowRuns.incrementAndGet();
		}

	}

}
