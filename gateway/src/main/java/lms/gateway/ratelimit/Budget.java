package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import lms.gateway.ratelimit.RedisCounter.Count;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One key's share of a fixed window on this instance: permits taken from Redis and not
 * yet spent, whether Redis said the window is used up, and the lease in flight that
 * requests finding no permit wait for. Times are {@link System#nanoTime()} values.
 */
final class Budget {

	/** A lease is sized to last about this long at the key's recent rate. */
	static final long LEASE_SPAN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	/** A key that leased nothing for this long and never learnt its window is idle. */
	static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

	private boolean windowKnown;

	private long windowEnds;

	private int permits;

	private boolean exhausted;

	private int lease;

	private long lastLeaseAt;

	private Sinks.Empty<Void> inFlight;

	/**
	 * Spends a permit held here, refuses while the window is known to be used up, or says
	 * to wait for the lease in flight or to take a new one.
	 */
	synchronized Step next(long now, int maxLease) {
		if (this.windowKnown && now - this.windowEnds >= 0) {
			this.windowKnown = false;
			this.permits = 0;
			this.exhausted = false;
		}
		if (this.permits > 0) {
			this.permits--;
			boolean refill = this.inFlight == null && !this.exhausted && this.permits < this.lease / 2;
			return new Step(Verdict.ALLOWED, null, refill ? startLease(now, maxLease) : 0);
		}
		if (this.exhausted) {
			return new Step(Verdict.throttled(Duration.ofNanos(this.windowEnds - now)), null, 0);
		}
		if (this.inFlight != null) {
			return new Step(null, this.inFlight.asMono(), 0);
		}
		return new Step(null, null, startLease(now, maxLease));
	}

	/**
	 * Sizes the lease to the rate the previous one was used at (about
	 * {@link #LEASE_SPAN_NANOS} of traffic), growing at most twofold each time.
	 */
	private int startLease(long now, int maxLease) {
		long elapsed = Math.max(1, now - this.lastLeaseAt);
		long wanted = (this.lease == 0) ? 1 : this.lease * LEASE_SPAN_NANOS / elapsed;
		this.lease = (int) Math.clamp(wanted, 1, Math.min(maxLease, Math.max(1, this.lease * 2L)));
		this.lastLeaseAt = now;
		this.inFlight = Sinks.empty();
		return this.lease;
	}

	/**
	 * Takes in what Redis granted for a lease of {@code leased} permits and, when a
	 * request asked for it, spends one of them on that request.
	 */
	synchronized Grant granted(long now, int leased, Count count, int limit, boolean forRequest) {
		long ends = now + count.remaining().toNanos();
		this.windowEnds = (this.windowKnown && this.windowEnds - ends > 0) ? this.windowEnds : ends;
		this.windowKnown = true;
		long before = count.requests() - leased;
		int granted = (int) Math.max(0, Math.min(leased, limit - before));
		this.permits += granted;
		this.exhausted = granted < leased;
		Verdict verdict = Verdict.ALLOWED;
		if (forRequest) {
			if (this.permits > 0) {
				this.permits--;
			}
			else {
				verdict = Verdict.throttled(count.remaining());
			}
		}
		return new Grant(verdict, settle());
	}

	/** A lease Redis did not answer (or that was abandoned): nothing was granted. */
	synchronized Sinks.Empty<Void> failed() {
		return settle();
	}

	private Sinks.Empty<Void> settle() {
		Sinks.Empty<Void> settled = this.inFlight;
		this.inFlight = null;
		return settled;
	}

	/** Whether nothing here still matters: its window ended, or it never got one. */
	synchronized boolean idle(long now) {
		if (this.inFlight != null) {
			return false;
		}
		return this.windowKnown ? now - this.windowEnds >= 0 : now - this.lastLeaseAt >= IDLE_NANOS;
	}

	/**
	 * What to do with a request.
	 *
	 * @param verdict the local verdict, {@code null} when the request must wait or lease
	 * @param pending the lease in flight to wait for before trying again
	 * @param lease how many permits to take from Redis now (for this request when there
	 * is no verdict, else ahead of need)
	 */
	record Step(Verdict verdict, Mono<Void> pending, int lease) {
	}

	/** A lease taken in, and the requests waiting for it to release. */
	record Grant(Verdict verdict, Sinks.Empty<Void> waiting) {
	}

}
