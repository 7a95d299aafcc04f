package lms.kit.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRelayRunnerTest {

	private static final OutboxProperties PROPERTIES = new OutboxProperties(List.of("widgets"), Duration.ofMinutes(1),
			Duration.ofSeconds(10), 100, Duration.ofSeconds(30));

	private final ScriptedRelay relay = new ScriptedRelay();

	private final OutboxRelayRunner runner = new OutboxRelayRunner(this.relay, PROPERTIES);

	@AfterEach
	void stop() {
		this.runner.stop();
	}

	@Test
	void aWakeUpWhosePassClaimedLessThanABatchIsFollowedByNoOtherPass() {
		this.relay.script(new OutboxRelay.Pass(1, false));
		this.runner.start();

		this.relay.wake();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.relay.passes.get() == 1);
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.relay.passes).hasValue(1));
	}

	@Test
	void aPassThatClaimedAWholeBatchIsFollowedByAnotherAtOnce() {
		this.relay.script(new OutboxRelay.Pass(100, true), new OutboxRelay.Pass(100, true),
				new OutboxRelay.Pass(3, false));
		this.runner.start();

		this.relay.wake();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.relay.passes.get() == 3);
	}

	@Test
	void everyWakeUpDuringAPassLeadsToOneMorePass() {
		this.relay.script(new OutboxRelay.Pass(1, false), new OutboxRelay.Pass(1, false));
		this.relay.wakeDuringPass = true;
		this.runner.start();

		this.relay.wake();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.relay.passes.get() == 2);
	}

	/**
	 * A relay whose passes return what the test scripted, without MongoDB or a broker.
	 */
	private static final class ScriptedRelay extends OutboxRelay {

		private final Deque<Pass> script = new ArrayDeque<>();

		private final AtomicInteger passes = new AtomicInteger();

		private volatile boolean wakeDuringPass;

		ScriptedRelay() {
			super(null, (entry) -> {
			}, PROPERTIES, new SimpleMeterRegistry(), new TraceParent(null, null));
		}

		synchronized void script(Pass... passes) {
			this.script.addAll(List.of(passes));
		}

		@Override
		synchronized Pass relayPass() {
			this.passes.incrementAndGet();
			if (this.wakeDuringPass && this.passes.get() == 1) {
				wake();
			}
			Pass next = this.script.poll();
			return (next != null) ? next : new Pass(0, false);
		}

	}

}
