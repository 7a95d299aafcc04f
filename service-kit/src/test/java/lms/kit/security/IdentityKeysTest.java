package lms.kit.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import lms.testkit.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class IdentityKeysTest {

	final SigningKey first = SigningKey.ec("ec-1");

	JwksStub identity;

	JwtDecoder decoder;

	@BeforeEach
	void start() {
		this.identity = JwksStub.start(this.first);
		this.decoder = decoder(Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofSeconds(1));
	}

	@AfterEach
	void stop() {
		this.identity.close();
	}

	private JwtDecoder decoder(Duration maxAge, Duration minInterval, Duration timeout) {
		SecurityProperties defaults = SecurityProperties.of(this.identity.url());
		SecurityProperties properties = new SecurityProperties(defaults.jwksUrl(), defaults.issuer(),
				defaults.audience(), defaults.serviceAudience(), defaults.clockSkew(), minInterval, maxAge, timeout,
				List.of(), defaults.serviceClient());
		return new TokenDecoders(IdentityKeys.remote(URI.create(this.identity.url()), properties), properties,
				Clock.systemUTC(), List.of())
			.accessTokens();
	}

	@Test
	void fetchesLazilyOnFirstToken() {
		assertThat(this.identity.requests()).isZero();
		verify(this.first);
		verify(this.first);
		assertThat(this.identity.requests()).isEqualTo(1);
	}

	@Test
	void picksUpARotatedKeyWithoutRestart() {
		verify(this.first);
		SigningKey second = SigningKey.ec("ec-2");
		this.identity.publish(second, this.first);
		verify(second);
		verify(this.first);
		assertThat(this.identity.requests()).isEqualTo(2);
	}

	@Test
	void unknownKidsRefetchAtMostOncePerIntervalAndAre401() {
		verify(this.first);
		for (int i = 0; i < 20; i++) {
			assertRefused(SigningKey.ec("forged-" + i), Refusal.LOGIN_REQUIRED);
		}
		assertThat(this.identity.requests()).isEqualTo(2);
	}

	@Test
	void keepsServingCachedKeysWhileIdentityIsDown() {
		verify(this.first);
		this.identity.close();
		verify(this.first);
		assertRefused(SigningKey.ec("new-kid"), Refusal.LOGIN_REQUIRED);
		verify(this.first);
	}

	@Test
	void answersUnavailableWhenIdentityWasNeverReached() {
		this.identity.close();
		assertRefused(this.first, Refusal.AUTHENTICATION_UNAVAILABLE);
		assertRefused(this.first, Refusal.AUTHENTICATION_UNAVAILABLE);
	}

	@Test
	void refetchesAnOldCacheSoRetiredKeysStopVerifying() {
		this.decoder = decoder(Duration.ofMillis(1500), Duration.ofMillis(100), Duration.ofSeconds(1));
		verify(this.first);
		this.identity.publish(SigningKey.ec("ec-2"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertRefused(this.first, Refusal.LOGIN_REQUIRED));
	}

	/**
	 * An unknown kid refetches the JWKS; while that fetch hangs in identity, tokens with
	 * a known kid verify from the cache (the fetch is still unanswered when they are
	 * through).
	 */
	@Test
	void knownKeysDoNotWaitForAHangingRefetch() {
		this.decoder = decoder(Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofSeconds(60));
		verify(this.first);
		this.identity.hang();
		CompletableFuture<Void> unknownKid = inItsOwnThread(
				() -> assertRefused(SigningKey.ec("not-yet-published"), Refusal.LOGIN_REQUIRED));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.identity.waiting() == 1);

		assertThat(inItsOwnThread(() -> verify(this.first))).succeedsWithin(Duration.ofSeconds(10));
		assertThat(this.identity.waiting()).as("the refetch still hangs").isEqualTo(1);
		this.identity.release();
		assertThat(unknownKid).succeedsWithin(Duration.ofSeconds(10));
	}

	/**
	 * Ahead of the cache's age the JWKS is refetched in the background; while that
	 * refresh hangs, tokens with a known kid verify from the cache.
	 */
	@Test
	void knownKeysDoNotWaitForAHangingRefreshAheadOfTheCachesAge() {
		// 12 s old at most: refreshed in the background from 6 s on (refresh-ahead and
		// refresh time-out are a quarter of the age each at this size)
		this.decoder = decoder(Duration.ofSeconds(12), Duration.ofMillis(100), Duration.ofSeconds(60));
		verify(this.first);
		this.identity.hang();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.identity.waiting() == 1);

		assertThat(inItsOwnThread(() -> verify(this.first))).succeedsWithin(Duration.ofSeconds(5));
		assertThat(this.identity.waiting()).as("the refresh still hangs").isEqualTo(1);
		assertThat(this.identity.requests()).isEqualTo(2);
		this.identity.release();
	}

	@Test
	void ignoresKeysOfOtherCurves() throws Exception {
		String p384 = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate().toPublicJWK().toJSONString();
		this.identity.publishJson("{\"keys\":[" + p384 + "]}");
		assertRefused(this.first, Refusal.LOGIN_REQUIRED);
	}

	private static CompletableFuture<Void> inItsOwnThread(Runnable task) {
		return CompletableFuture.runAsync(task, Thread::startVirtualThread);
	}

	private void verify(SigningKey key) {
		assertThat(this.decoder.decode(key.token("u1", "user", Instant.now())).getSubject()).isEqualTo("u1");
	}

	private void assertRefused(SigningKey key, Refusal refusal) {
		String token = key.token("u1", "user", Instant.now());
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOfSatisfying(JwtException.class,
				(ex) -> assertThat(Refusal.of(ex)).as(ex.toString()).isEqualTo(refusal));
	}

}
