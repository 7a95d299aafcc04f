package lms.gateway.serviceclient;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import lms.kit.security.SecurityProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.oauth2.client.ClientAuthorizationException;

import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ServiceTokenTest {

	private static final String PATH = "/internal/oauth2/token";

	private final WireMockServer identity = new WireMockServer(options().dynamicPort());

	ServiceTokenTest() {
		this.identity.start();
	}

	@AfterEach
	void stop() {
		this.identity.stop();
	}

	@Test
	void concurrentCallersShareOneRequestForTheToken() {
		answer(token("t1", 300).withFixedDelay(300));
		ServiceToken token = serviceToken(Duration.ofSeconds(1), Duration.ofSeconds(30));

		var tokens = Flux.range(0, 50).flatMap((i) -> token.current(), 50).collectList().block();

		assertThat(tokens).hasSize(50).containsOnly("t1");
		assertThat(tokenRequests()).isEqualTo(1);
	}

	@Test
	void aFailingTokenEndpointIsAskedOncePerBackoffNotPerRequestAndATokenEndsTheBackoff() throws Exception {
		answer(notFound());
		ServiceToken token = serviceToken(Duration.ofMillis(200), Duration.ofMillis(400));

		// The first request (the client's cold start) fails before the callers begin.
		assertThat(token.current().map(Object.class::cast).onErrorResume(Mono::just).block())
			.isInstanceOf(ClientAuthorizationException.class);
		int failures = callFromFourThreads(token, Duration.ofMillis(1500));

		// Asked at 0, 0.2, 0.6, 1.0, 1.4 s: about one request per back-off, not
		// thousands.
		assertThat(failures).isGreaterThan(1000);
		assertThat(tokenRequests()).isBetween(3, 7);

		answer(token("t2", 300));
		await().atMost(Duration.ofSeconds(2))
			.until(() -> token.current().onErrorResume((ex) -> Mono.empty()).block(), "t2"::equals);
		int requestsAtRecovery = tokenRequests();
		assertThat(callFromFourThreads(token, Duration.ofMillis(300))).isZero();
		assertThat(tokenRequests()).isEqualTo(requestsAtRecovery);
	}

	@Test
	void aTokenAboutToExpireIsRenewedEarly() {
		answer(token("t3", 31));
		ServiceToken token = serviceToken(Duration.ofSeconds(1), Duration.ofSeconds(30));

		assertThat(token.current().block()).isEqualTo("t3");
		assertThat(token.current().block()).isEqualTo("t3");
		assertThat(tokenRequests()).isEqualTo(1);

		// Renewed 30 s before its expiry: one second after it was issued.
		await().atMost(Duration.ofSeconds(3)).pollDelay(Duration.ofMillis(1100)).until(() -> {
			token.current().block();
			return tokenRequests() == 2;
		});
	}

	@Test
	void aTokenRequestThatNeverAnswersFailsAtTheClientsTimeoutInsteadOfHoldingEveryCaller() {
		answer(token("late", 300).withFixedDelay(10_000));
		ServiceToken token = serviceToken(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(400));
		long start = System.nanoTime();

		var outcomes = Flux.range(0, 10)
			.flatMap((i) -> token.current().onErrorResume((ex) -> Mono.just("failed")), 10)
			.collectList()
			.block(Duration.ofSeconds(5));

		assertThat(outcomes).hasSize(10).containsOnly("failed");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void theBackoffDoublesWithEachFailureInARowUpToItsMaximum() {
		var properties = new ServiceTokenProperties(Duration.ofSeconds(1), Duration.ofSeconds(30));

		assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(properties.backoffAfter(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoffAfter(1000)).isEqualTo(Duration.ofSeconds(30));
	}

	/** Callers on four threads for {@code duration}; how many of their calls failed. */
	private int callFromFourThreads(ServiceToken token, Duration duration) throws Exception {
		AtomicInteger failed = new AtomicInteger();
		long end = System.nanoTime() + duration.toNanos();
		try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 4; i++) {
				callers.submit(() -> {
					while (System.nanoTime() < end) {
						token.current().onErrorResume((ex) -> {
							failed.incrementAndGet();
							return Mono.empty();
						}).block();
					}
				});
			}
		}
		return failed.get();
	}

	private void answer(ResponseDefinitionBuilder response) {
		this.identity.resetMappings();
		this.identity.stubFor(post(urlEqualTo(PATH)).willReturn(response));
	}

	private static ResponseDefinitionBuilder token(String value, int expiresIn) {
		return okJson(
				"{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
	}

	private int tokenRequests() {
		return this.identity.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount();
	}

	private ServiceToken serviceToken(Duration backoff, Duration maxBackoff) {
		return serviceToken(backoff, maxBackoff, Duration.ofSeconds(5));
	}

	private ServiceToken serviceToken(Duration backoff, Duration maxBackoff, Duration readTimeout) {
		var defaults = SecurityProperties.of("http://127.0.0.1:1/jwks");
		var security = new SecurityProperties(defaults.jwksUrl(), defaults.issuer(), defaults.audience(),
				defaults.serviceAudience(), defaults.clockSkew(), defaults.jwksRefreshMinInterval(),
				defaults.jwksMaxAge(), defaults.jwksTimeout(), defaults.publicPaths(),
				new SecurityProperties.ServiceClient("gateway", "secret", this.identity.baseUrl() + PATH,
						Duration.ofMillis(100), readTimeout));
		var configuration = new ServiceClientConfiguration();
		Clock clock = Clock.systemUTC();
		return configuration.serviceToken(
				configuration.serviceClientManager(security, new StandardEnvironment(), clock), security,
				new ServiceTokenProperties(backoff, maxBackoff), clock);
	}

}
