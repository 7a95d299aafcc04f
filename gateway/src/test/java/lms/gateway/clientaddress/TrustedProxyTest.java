package lms.gateway.clientaddress;

import java.util.Map;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A TLS proxy at 127.0.0.9 in front of the gateway: its {@code X-Forwarded-For} names the
 * client, for the limits and for identity; anyone else's is ignored.
 */
@TestPropertySource(properties = { "lms.gateway.client-address.trusted-proxies=127.0.0.9/32",
		"lms.gateway.rate-limits.strict-per-address.capacity=2",
		"lms.gateway.rate-limits.strict-per-address.refill-every=1h" })
class TrustedProxyTest extends GatewayTest {

	TestHttp proxy;

	TestHttp direct;

	@BeforeEach
	void clients() {
		flushRedis();
		this.proxy = from("127.0.0.9");
		this.direct = from("127.0.0.2");
	}

	@Test
	void identityIsToldTheClientTheTrustedProxyNamed() {
		Map<String, String> headers = StubIdentity
			.echoedHeaders(login(this.proxy, "X-Forwarded-For", "203.0.113.5").body());

		assertThat(headers).containsEntry("x-lms-client-address", "203.0.113.5").doesNotContainKey("x-forwarded-for");
		assertThat(identity.issued(headers.get("x-lms-service-token"))).as("the gateway's own service token").isTrue();
		assertThat(headers).doesNotContainKey("authorization");
	}

	@Test
	void identityIsToldThePeerWhenItIsNoTrustedProxy() {
		Map<String, String> headers = StubIdentity
			.echoedHeaders(login(this.direct, "X-Forwarded-For", "203.0.113.5").body());

		assertThat(headers).containsEntry("x-lms-client-address", "127.0.0.2");
	}

	@Test
	void aClientsOwnClientAddressHeaderNeverReachesAService() {
		Map<String, String> toIdentity = StubIdentity.echoedHeaders(
				login(this.direct, "X-LMS-Client-Address", "198.51.100.1", "X-LMS-Service-Token", "forged").body());
		Map<String, String> toCourses = StubIdentity.echoedHeaders(this.direct
			.get("/api/v1/get-layout/Banner", "X-LMS-Client-Address", "198.51.100.1", "X-LMS-Service-Token", "forged")
			.body());

		assertThat(toIdentity).containsEntry("x-lms-client-address", "127.0.0.2");
		assertThat(identity.issued(toIdentity.get("x-lms-service-token"))).isTrue();
		assertThat(toCourses).doesNotContainKey("x-lms-client-address").doesNotContainKey("x-lms-service-token");
	}

	@Test
	void clientsBehindTheProxyHaveBucketsOfTheirOwn() {
		assertThat(login(this.proxy, "X-Forwarded-For", "203.0.113.5").status()).isEqualTo(200);
		assertThat(login(this.proxy, "X-Forwarded-For", "203.0.113.5").status()).isEqualTo(200);

		assertThat(login(this.proxy, "X-Forwarded-For", "203.0.113.5").status()).isEqualTo(429);
		assertThat(login(this.proxy, "X-Forwarded-For", "203.0.113.6").status()).isEqualTo(200);
		assertThat(login(this.proxy, "X-Forwarded-For", "203.0.113.6, 203.0.113.5").status())
			.as("the proxy appended .5; .6 is what the client wrote")
			.isEqualTo(429);
	}

	private static TestHttp.Response login(TestHttp client, String... headers) {
		return client.postJson("/api/v1/login", "{\"email\":\"ann@example.com\",\"password\":\"secret\"}", headers);
	}

}
