package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import lms.kit.ratelimit.Grant;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One key's share of a token bucket on this instance: tokens taken from Redis and not yet
 * spent, until when Redis said the bucket is empty, and the lease in flight that requests
 * finding no token wait for. Times are {@link System#nanoTime()} values.
 */
final class Budget {

	/** A lease is sized to last about this long at the key's recent rate. */
	static final long LEASE_SPAN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	/** A key that leased nothing for this long is idle (unspent tokens are dropped). */
	static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

	private int tokens;

	private boolean empty;

	private long emptyUntil;

	private int lease;

	private long lastLeaseAt;

	private Sinks.Empty<Void> inFlight;

	/**
	 * Spends a token held here, refuses while the bucket is known to be empty, or says to
	 * wait for the lease in flight or to take a new one.
	 */
	synchronized Step next(long now, int maxLease) {
		if (this.empty && now - this.emptyUntil >= 0) {
			this.empty = false;
		}
		if (this.tokens > 0) {
			this.tokens--;
			boolean refill = this.inFlight == null && !this.empty && this.tokens < this.lease / 2;
			return new Step(Verdict.ALLOWED, null, refill ? startLease(now, maxLease) : 0);
		}
		if (this.empty) {
			return new Step(Verdict.throttled(Duration.ofNanos(this.emptyUntil - now)), null, 0);
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
	 * Takes in what Redis granted for a lease of {@code leased} tokens and, when a
	 * request asked for it, spends one of them on that request.
	 */
	synchronized Outcome granted(long now, int leased, Grant grant, boolean forRequest) {
		this.tokens += grant.granted();
		if (grant.granted() < leased) {
			this.empty = true;
			this.emptyUntil = now + grant.retryAfter().toNanos();
		}
		Verdict verdict = Verdict.ALLOWED;
		if (forRequest) {
			if (this.tokens > 0) {
				this.tokens--;
			}
			else {
				verdict = Verdict.throttled(grant.retryAfter());
			}
		}
		return new Outcome(verdict, settle());
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

	/**
	 * What to do with a request.
	 *
	 * @param verdict the local verdict, {@code null} when the request must wait or lease
	 * @param pending the lease in flight to wait for before trying again
	 * @param lease how many tokens to take from Redis now (for this request when there is
	 * no verdict, else ahead of need)
	 */
	record Step(Verdict verdict, Mono<Void> pending, int lease) {
	}

	/** A lease taken in, and the requests waiting for it to release. */
	record Outcome(Verdict verdict, Sinks.Empty<Void> waiting) {
	}

}
