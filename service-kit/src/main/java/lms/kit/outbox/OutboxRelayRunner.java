package lms.kit.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on one thread of its own: a pass whenever a write wakes it, the poll
 * interval passes or the previous pass claimed a whole batch somewhere, and a growing
 * pause while the broker is away. A pass that published less than a batch everywhere is
 * not followed by another at once: a write during it has woken the relay again, and a
 * pass over every collection costs each of them a query. It stops after the web server's
 * graceful phase, so the events of requests still in flight leave too, and lets the send
 * in progress finish.
 */
public class OutboxRelayRunner implements SmartLifecycle {

	/**
	 * Below Boot's graceful web-server shutdown ({@code DEFAULT_PHASE - 1024}), above the
	 * web server's stop ({@code DEFAULT_PHASE - 2048}).
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

	private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

	private final OutboxRelay relay;

	private final OutboxProperties properties;

	private final Duration stopTimeout;

	private volatile Thread thread;

	public OutboxRelayRunner(OutboxRelay relay, OutboxProperties properties) {
		this(relay, properties, Duration.ofSeconds(3));
	}

	OutboxRelayRunner(OutboxRelay relay, OutboxProperties properties, Duration stopTimeout) {
		this.relay = relay;
		this.properties = properties;
		this.stopTimeout = stopTimeout;
	}

	@Override
	public void start() {
		this.relay.resume();
		Thread relayThread = Thread.ofPlatform().daemon().name("outbox-relay").unstarted(this::run);
		this.thread = relayThread;
		relayThread.start();
	}

	@Override
	public void stop() {
		Thread running = this.thread;
		this.relay.stop();
		if (running == null) {
			return;
		}
		try {
			if (!running.join(this.stopTimeout)) {
				log.warn("Outbox relay still sending after {}; interrupting it", this.stopTimeout);
				running.interrupt();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void run() {
		Duration backOff = Duration.ZERO;
		boolean moreWork = false;
		while (!this.relay.isStopping()) {
			try {
				if (!backOff.isZero()) {
					this.relay.pause(backOff);
				}
				else if (!moreWork) {
					this.relay.awaitWork();
				}
				moreWork = this.relay.relayPass().full();
				backOff = Duration.ZERO;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				moreWork = false;
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
