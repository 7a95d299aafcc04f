package lms.gateway.refresh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Renews an expired access token with the refresh token that came with it. One answer is
 * shared, until its access token expires, by every request carrying the same refresh
 * token: header clients keep sending the token from their login, and a browser's parallel
 * requests with a just-rotated cookie must not present the retired token twice.
 */
public class SilentRefresh {

	private static final Duration FAILED_ENTRY_LIFETIME = Duration.ofMinutes(1);

	private final IdentitySessions identity;

	private final Clock clock;

	private final Map<String, Entry> answers = new ConcurrentHashMap<>();

	SilentRefresh(IdentitySessions identity, Clock clock) {
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * New tokens for this refresh token; cookie clients get a rotated refresh token,
	 * header clients keep theirs.
	 */
	public Mono<RefreshedTokens> refresh(String refreshToken, boolean rotate) {
		String key = (rotate ? "c:" : "h:") + sha256(refreshToken);
		Entry entry = this.answers.computeIfAbsent(key,
				(k) -> new Entry(call(refreshToken, rotate), this.clock.instant().plus(FAILED_ENTRY_LIFETIME)));
		return entry.answer()
			.doOnNext((tokens) -> entry.keepUntil(tokens.accessTokenExpiresAt()))
			.doOnError((ex) -> this.answers.remove(key, entry));
	}

	private Mono<RefreshedTokens> call(String refreshToken, boolean rotate) {
		return this.identity.refresh(refreshToken, rotate)
			.cache((tokens) -> Duration.between(this.clock.instant(), tokens.accessTokenExpiresAt()),
					(ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Scheduled(fixedDelay = 60_000)
	void purge() {
		Instant now = this.clock.instant();
		this.answers.values().removeIf((entry) -> entry.until().isBefore(now));
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

		void keepUntil(Instant expiresAt) {
			if (expiresAt != null && expiresAt.isAfter(this.until)) {
				this.until = expiresAt;
			}
		}

	}

}
