package lms.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;

import lms.gateway.support.GatewayTest;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits switched off when the gateway starts, with buckets that would refuse the
 * fourth request (strict and general) if they were counted.
 */
@TestPropertySource(properties = { "lms.gateway.rate-limits.enabled=false",
		"lms.gateway.rate-limits.strict-per-address.capacity=3",
		"lms.gateway.rate-limits.strict-per-address.refill-every=1h", "lms.gateway.rate-limits.per-address.capacity=3",
		"lms.gateway.rate-limits.per-address.refill-every=1h" })
class RateLimitsSwitchedOffTest extends GatewayTest {

	@Test
	void switchedOffABurstOverTheLimitsPassesAndNothingIsCountedInRedis() {
		flushRedis();
		TestHttp client = from("127.0.0.4");
		List<Integer> statuses = new ArrayList<>();

		for (int i = 0; i < 8; i++) {
			statuses.add(client.get("/api/v1/get-courses").status());
			statuses.add(client.postJson("/api/v1/login", "{\"email\":\"ann@example.com\",\"password\":\"secret\"}")
				.status());
		}

		assertThat(statuses).containsOnly(200);
		assertThat(this.redis.keys("lms:rl:*").collectList().block()).isEmpty();
	}

}
