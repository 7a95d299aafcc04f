package lms.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, so expiries and intervals pass without waiting: either
 * stopped at an instant (expiries measured to the second) or following the system clock
 * plus an offset (expiries measured in minutes, in a context whose other parts use real
 * time).
 */
public final class MutableClock extends Clock {

	private final Instant start;

	private final AtomicReference<Instant> stoppedAt;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** The system clock until a test moves or stops it. */
	public MutableClock() {
		this(null);
	}

	/** Stopped at {@code start} until a test moves it. */
	public MutableClock(Instant start) {
		this.start = start;
		this.stoppedAt = new AtomicReference<>(start);
	}

	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	/** Stops the clock at {@code instant}; {@link #advance} moves it from there. */
	public void stopAt(Instant instant) {
		this.offset.set(Duration.ZERO);
		this.stoppedAt.set(instant);
	}

	/** Back to how it was made. */
	public void reset() {
		this.offset.set(Duration.ZERO);
		this.stoppedAt.set(this.start);
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt.get();
		return ((stopped != null) ? stopped : Instant.now()).plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
