package lms.kit.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import lms.kit.security.InvalidTokenException.Reason;
import org.awaitility.Awaitility;
import lms.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwksKeySourceTest {

	static final Duration INTERVAL = Duration.ofSeconds(10);

	final TestKey first = TestKey.ec("ec-1");

	final MutableClock clock = new MutableClock(Instant.now());

	JwksStub identity;

	JwksKeySource keys;

	AccessTokenVerifier verifier;

	@BeforeEach
	void start() throws Exception {
		this.identity = JwksStub.start(this.first);
		SecurityProperties properties = SecurityProperties.of(this.identity.url());
		this.keys = new JwksKeySource(URI.create(this.identity.url()), INTERVAL, Duration.ofMinutes(15), this.clock);
		this.verifier = new AccessTokenVerifier(this.keys, properties, this.clock);
	}

	@AfterEach
	void stop() {
		this.identity.close();
	}

	@Test
	void fetchesLazilyOnFirstToken() {
		assertThat(this.identity.requests()).isZero();
		verify(this.first);
		verify(this.first);
		assertThat(this.identity.requests()).isEqualTo(1);
	}

	@Test
	void picksUpRotatedKeyWithoutRestart() {
		verify(this.first);
		TestKey second = TestKey.ed25519("ed-2");
		this.identity.publish(this.first, second);
		this.clock.advance(INTERVAL);
		verify(second);
		verify(this.first);
		assertThat(this.identity.requests()).isEqualTo(2);
	}

	@Test
	void unknownKidsRefetchAtMostOncePerInterval() {
		verify(this.first);
		for (int i = 0; i < 5; i++) {
			assertRejected(TestKey.ec("forged-" + i), Reason.UNKNOWN_KEY);
		}
		assertThat(this.identity.requests()).isEqualTo(1);
		this.clock.advance(INTERVAL.plusSeconds(1));
		for (int i = 0; i < 5; i++) {
			assertRejected(TestKey.ec("forged-again-" + i), Reason.UNKNOWN_KEY);
		}
		assertThat(this.identity.requests()).isEqualTo(2);
	}

	@Test
	void keepsServingCachedKeysWhenIdentityIsDown() {
		verify(this.first);
		this.identity.close();
		this.clock.advance(Duration.ofMinutes(20));
		assertRejected(TestKey.ec("new-kid"), Reason.UNKNOWN_KEY);
		verify(this.first);
		this.clock.advance(INTERVAL);
		verify(this.first);
	}

	@Test
	void reportsKeysUnavailableWhenIdentityWasNeverReached() {
		this.identity.close();
		assertRejected(this.first, Reason.KEYS_UNAVAILABLE);
		assertThat(this.keys.hasKeys()).isFalse();
	}

	@Test
	void refetchesOldCacheSoRetiredKeysStopVerifying() {
		verify(this.first);
		TestKey second = TestKey.ec("ec-2");
		this.identity.publish(second);
		this.clock.advance(Duration.ofMinutes(16));
		verify(second);
		assertRejected(this.first, Reason.UNKNOWN_KEY);
	}

	@Test
	void knownKeysDoNotWaitForAHangingIdentity() throws Exception {
		verify(this.first);
		this.clock.advance(Duration.ofMinutes(16));
		this.identity.delay(Duration.ofSeconds(1));
		Thread unknownKid = Thread.ofVirtual().start(() -> this.keys.find("unknown"));
		Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> this.identity.requests() == 2);
		long start = System.nanoTime();
		verify(this.first);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
		unknownKid.join();
	}

	@Test
	void skipsKeysOfOtherTypesAndCurves() {
		PublicJwk<?> rsa = Jwks.builder().key(Jwts.SIG.RS256.keyPair().build().getPublic()).id("rsa").build();
		PublicJwk<?> p384 = Jwks.builder().key(Jwts.SIG.ES384.keyPair().build().getPublic()).id("p384").build();
		this.identity.publishJson(JwksStub.json(List.of(rsa, p384, this.first.jwk())));
		assertThat(this.keys.find("ec-1")).isPresent();
		assertThat(this.keys.find("rsa")).isEmpty();
		assertThat(this.keys.find("p384")).isEmpty();
	}

	private void verify(TestKey key) {
		assertThat(this.verifier.verify(key.token("u1", "user", this.clock.instant())).userId()).isEqualTo("u1");
	}

	private void assertRejected(TestKey key, Reason reason) {
		String token = key.token("u1", "user", this.clock.instant());
		assertThatThrownBy(() -> this.verifier.verify(token)).isInstanceOfSatisfying(InvalidTokenException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
