package lms.gateway.headers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import lms.gateway.support.GatewayTest;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "lms.gateway.client-address.trusted-proxies=127.0.0.9",
		"lms.gateway.rate-limits.per-address.capacity=5", "lms.gateway.rate-limits.per-address.refill-every=1h",
		"lms.web.max-request-size=1KB" })
class SecurityHeadersTest extends GatewayTest {

	@BeforeEach
	void client() {
		this.http = from("127.0.0." + ThreadLocalRandom.current().nextInt(10, 250));
	}

	@Test
	void everyKindOfAnswerCarriesNosniffAndTheReferrerPolicy() {
		String token = identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5));
		List<TestHttp.Response> answers = new ArrayList<>();
		answers.add(this.http.get("/api/v1/get-layout/Banner"));
		answers.add(this.http.get("/api/v1/get-courses"));
		answers.add(this.http.get("/api/v1/get-courses"));
		answers.add(this.http.get("/api/v1/me", "access-token", token));
		answers.add(this.http.get("/api/v1/no-such-route"));
		answers.add(this.http.get("/api/v1/me"));
		answers.add(this.http.postJson("/api/v1/registration", new byte[4096]));
		answers.add(this.http.get("/test"));
		answers.add(this.http.options("/api/v1/me", "Origin", "https://evil.example.com",
				"Access-Control-Request-Method", "GET"));
		TestHttp crowd = from("127.0.0.5");
		for (int i = 0; i < 6; i++) {
			answers.add(crowd.get("/api/v1/get-layout/FAQ"));
		}

		assertThat(answers).extracting(TestHttp.Response::status).contains(200, 404, 401, 413, 403, 429);
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
			assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
		});
	}

	@Test
	void strictTransportSecurityOnlyWhenTheClientCameOverHttpsToTheTrustedProxy() {
		TestHttp proxy = from("127.0.0.9");

		assertThat(proxy.get("/test", "X-Forwarded-For", "203.0.113.5", "X-Forwarded-Proto", "https")
			.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
		assertThat(proxy.get("/test", "X-Forwarded-For", "203.0.113.5", "X-Forwarded-Proto", "http")
			.header("Strict-Transport-Security")).isNull();
		assertThat(this.http.get("/test", "X-Forwarded-Proto", "https").header("Strict-Transport-Security")).isNull();
	}

	@Test
	void anAnswerToASignedInCallerIsNeverStoredUnlessItSaysSo() {
		String token = identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5));

		assertThat(this.http.get("/api/v1/me", "access-token", token).header("Cache-Control")).contains("no-store");
		assertThat(this.http.get("/api/v1/get-layout/Banner").header("Cache-Control")).isNull();
	}

}
