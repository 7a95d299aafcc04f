package lms.gateway.support;

import java.time.Duration;

import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TokenIssuer;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * A gateway on the test kit's infrastructure in front of one echoing stub for every
 * service, shared by every test of the JVM (so classes with the same properties share a
 * context too); each test starts with a client of its own and identity refusing refreshes
 * until the test scripts them. Clients may call from their own loopback address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
public abstract class GatewayTest {

	protected static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	@LocalServerPort
	protected int port;

	@Autowired
	protected ReactiveStringRedisTemplate redis;

	protected TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", identity::url);
		registry.add("lms.services.course.url", identity::url);
		registry.add("lms.services.notification.url", identity::url);
		registry.add("lms.services.media.url", identity::url);
	}

	@BeforeEach
	void gatewayClient() {
		identity.refuseRefreshes();
		this.http = new TestHttp(gateway());
	}

	protected String gateway() {
		return "http://127.0.0.1:" + this.port;
	}

	/** A client whose connections come from {@code address} (any of 127.0.0.0/8). */
	protected TestHttp from(String address) {
		return TestHttp.from(gateway(), address);
	}

	/**
	 * Forgets every count (Redis may still be coming back from a test that stopped it).
	 */
	protected void flushRedis() {
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.until(() -> "OK"
				.equals(this.redis.getConnectionFactory().getReactiveConnection().serverCommands().flushAll().block()));
	}

}
