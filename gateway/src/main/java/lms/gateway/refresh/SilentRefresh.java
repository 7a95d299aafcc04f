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
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import reactor.core.publisher.Mono;

/**
 * Renews an expired access token with the refresh token that came with it. One answer is
 * shared, until its access token expires, by every request carrying the same refresh
 * token: header clients keep sending the token from their login, and a browser's parallel
 * requests with a just-rotated cookie must not present the retired token twice. The
 * answers are a Caffeine cache whose entries expire when their access token does (a
 * failure or an answer still pending after a minute); metrics {@code cache.*} tagged
 * {@code cache=gateway.silent-refresh}.
 */
public class SilentRefresh {

	private static final Duration FAILED_ENTRY_LIFETIME = Duration.ofMinutes(1);

	private final IdentitySessions identity;

	private final Clock clock;

	private final Cache<String, Entry> answers;

	SilentRefresh(IdentitySessions identity, Clock clock, MeterRegistry meters) {
		this.identity = identity;
		this.clock = clock;
		this.answers = Caffeine.newBuilder()
			.expireAfter(Expiry.<String, Entry>writing((key, entry) -> remaining(entry)))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.answers, "gateway.silent-refresh");
	}

	/**
	 * New tokens for this refresh token; cookie clients get a rotated refresh token,
	 * header clients keep theirs.
	 */
	public Mono<RefreshedTokens> refresh(String refreshToken, boolean rotate) {
		String key = (rotate ? "c:" : "h:") + sha256(refreshToken);
		Entry entry = this.answers.get(key,
				(k) -> new Entry(call(refreshToken, rotate), this.clock.instant().plus(FAILED_ENTRY_LIFETIME)));
		return entry.answer().doOnNext((tokens) -> {
			if (entry.keepUntil(tokens.accessTokenExpiresAt())) {
				// written again so Caffeine recomputes its expiry
				this.answers.asMap().replace(key, entry, entry);
			}
		}).doOnError((ex) -> this.answers.asMap().remove(key, entry));
	}

	private Mono<RefreshedTokens> call(String refreshToken, boolean rotate) {
		return this.identity.refresh(refreshToken, rotate)
			.cache((tokens) -> Duration.between(this.clock.instant(), tokens.accessTokenExpiresAt()),
					(ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	private Duration remaining(Entry entry) {
		Duration remaining = Duration.between(this.clock.instant(), entry.until());
		return remaining.isNegative() ? Duration.ZERO : remaining;
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

	private static final class Entry {

		private final Mono<RefreshedTokens> answer;

		private volatile Instant until;

		Entry(Mono<RefreshedTokens> answer, Instant until) {
			this.answer = answer;
			this.until = until;
		}

		Mono<RefreshedTokens> answer() {
			return this.answer;
		}

		Instant until() {
			return this.until;
		}

		/** Whether this moved the entry's end. */
		boolean keepUntil(Instant expiresAt) {
			if (expiresAt != null && expiresAt.isAfter(this.until)) {
				this.until = expiresAt;
				return true;
			}
			return false;
		}

	}

}
