package lms.gateway.refresh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import reactor.core.publisher.Mono;

/**
 * Renews an expired access token with the refresh token that came with it. One answer is
 * shared by every request carrying the same refresh token, as identity allows: header
 * clients keep sending the token from their login (one identity call per access-token
 * lifetime, not per request), and a browser's parallel requests with a just-rotated
 * cookie must not present the retired token twice. A rotated answer is shared only within
 * identity's grace window, so a retired token replayed later reaches identity, which
 * refuses it and ends the session. An answer is shared until shortly before its access
 * token expires (a quarter of its life, at most {@code renewBeforeExpiry}), so a request
 * never goes on with a token that expires on its way; then exactly one request renews it
 * while the others wait for that answer. A failure is never shared beyond the requests
 * that waited for it. The answers are a Caffeine cache (metrics {@code cache.*} tagged
 * {@code cache=gateway.silent-refresh}) without a size bound, because evicting a pending
 * answer would present a rotated token twice; whether an answer is still shared is
 * decided by the clock on every request, and Caffeine drops any entry {@link #KEPT} after
 * it was written, longer than an access token lives.
 */
public class SilentRefresh {

	static final Duration KEPT = Duration.ofMinutes(10);

	private final IdentitySessions identity;

	private final Clock clock;

	private final Duration renewBeforeExpiry;

	private final Cache<String, Entry> answers;

	SilentRefresh(IdentitySessions identity, Clock clock, Duration renewBeforeExpiry, MeterRegistry meters) {
		this.identity = identity;
		this.clock = clock;
		this.renewBeforeExpiry = renewBeforeExpiry;
		this.answers = Caffeine.newBuilder().expireAfterWrite(KEPT).recordStats().build();
		CaffeineCacheMetrics.monitor(meters, this.answers, "gateway.silent-refresh");
	}

	/**
	 * New tokens for this refresh token; {@code byCookie}: it came in the cookie
	 * (identity rotates it).
	 */
	public Mono<RefreshedTokens> refresh(String refreshToken, boolean byCookie) {
		String key = (byCookie ? "c:" : "h:") + sha256(refreshToken);
		Entry entry = this.answers.asMap()
			.compute(key, (k, current) -> (current != null && current.isShareable(this.clock)) ? current
					: new Entry(refreshToken, this.identity.refresh(refreshToken, byCookie)));
		return entry.answer().doOnError((ex) -> this.answers.asMap().remove(key, entry));
	}

	/**
	 * Whether an access token issued at {@code issuedAt} is close enough to its expiry to
	 * be renewed ahead: past a quarter of its life before it, at most
	 * {@code renewBeforeExpiry} before it.
	 */
	public boolean isDue(Instant issuedAt, Instant expiresAt) {
		return expiresAt != null && !this.clock.instant().isBefore(renewAt(issuedAt, expiresAt));
	}

	private Instant renewAt(Instant start, Instant expiresAt) {
		Duration margin = (start != null) ? Duration.between(start, expiresAt).dividedBy(4) : this.renewBeforeExpiry;
		if (margin.isNegative()) {
			margin = Duration.ZERO;
		}
		return expiresAt.minus((margin.compareTo(this.renewBeforeExpiry) > 0) ? this.renewBeforeExpiry : margin);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One call to identity and the requests that share its answer. */
	private final class Entry {

		private final Mono<RefreshedTokens> answer;

		/** Null while the call is under way; {@link Instant#MIN} after a failure. */
		private volatile Instant shareUntil;

		Entry(String presented, Mono<RefreshedTokens> call) {
			this.answer = call.doOnNext((tokens) -> this.shareUntil = shareUntil(presented, tokens))
				.doOnError((ex) -> this.shareUntil = Instant.MIN)
				.cache();
		}

		Mono<RefreshedTokens> answer() {
			return this.answer;
		}

		/** Still under way, or answered and shareable now. */
		boolean isShareable(Clock clock) {
			Instant until = this.shareUntil;
			return until == null || clock.instant().isBefore(until);
		}

		private Instant shareUntil(String presented, RefreshedTokens tokens) {
			Instant now = SilentRefresh.this.clock.instant();
			Instant expiresAt = (tokens.accessTokenExpiresAt() != null) ? tokens.accessTokenExpiresAt() : now;
			Instant until = renewAt(now, expiresAt);
			boolean rotated = !presented.equals(tokens.refreshToken());
			Instant allowed = (tokens.shareUntil() != null) ? tokens.shareUntil() : (rotated ? now : until);
			return allowed.isBefore(until) ? allowed : until;
		}

	}

}
