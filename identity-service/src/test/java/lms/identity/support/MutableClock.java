package lms.identity.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset a test can move forward, for expiries measured in
 * minutes without waiting for them; or stopped at an instant, for expiries measured to
 * the second.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	/** Stops the clock at {@code instant} until {@link #reset()}. */
	public void stopAt(Instant instant) {
		this.stoppedAt.set(instant);
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
		this.stoppedAt.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt.get();
		return (stopped != null) ? stopped : Instant.now().plus(this.offset.get());
	}

}
