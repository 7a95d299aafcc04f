package lms.kit.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on one thread of its own: a pass whenever a write wakes it or the poll
 * interval passes, and a growing pause while the broker is away.
 */
public class OutboxRelayRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

	private final OutboxRelay relay;

	private final OutboxProperties properties;

	private volatile Thread thread;

	public OutboxRelayRunner(OutboxRelay relay, OutboxProperties properties) {
		this.relay = relay;
		this.properties = properties;
	}

	@Override
	public void start() {
		Thread relayThread = Thread.ofPlatform().daemon().name("outbox-relay").unstarted(this::run);
		this.thread = relayThread;
		relayThread.start();
	}

	@Override
	public void stop() {
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		Duration backOff = Duration.ZERO;
		while (this.thread == Thread.currentThread()) {
			try {
				if (backOff.isZero()) {
					this.relay.awaitWork();
				}
				else {
					Thread.sleep(backOff);
				}
				this.relay.relayPending();
				backOff = Duration.ZERO;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				backOff = next(backOff);
				log.warn("Outbox relay paused for {}: {}", backOff, ex.getMessage());
			}
		}
	}

	private Duration next(Duration backOff) {
		Duration doubled = backOff.isZero() ? Duration.ofMillis(200) : backOff.multipliedBy(2);
		return (doubled.compareTo(this.properties.maxBackOff()) > 0) ? this.properties.maxBackOff() : doubled;
	}

}
