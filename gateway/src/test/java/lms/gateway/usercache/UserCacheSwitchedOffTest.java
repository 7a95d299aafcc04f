package lms.gateway.usercache;

import java.time.Duration;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Switched off (as the gateway's other tests run), every {@code me} is forwarded. */
class UserCacheSwitchedOffTest extends GatewayTest {

	@Autowired
	UserCache cache;

	@Test
	void everyReadOfMeReachesIdentity() {
		String token = identity.issuer().token("off-user", "off-session", "user", Duration.ofMinutes(5));

		TestHttp.Response first = this.http.get("/api/v1/me", "Authorization", "Bearer " + token, "X-Correlation-Id",
				"off-1");
		TestHttp.Response second = this.http.get("/api/v1/me", "Authorization", "Bearer " + token, "X-Correlation-Id",
				"off-2");

		assertThat(StubIdentity.echoedHeaders(first.body())).containsEntry("x-correlation-id", "off-1");
		assertThat(StubIdentity.echoedHeaders(second.body())).containsEntry("x-correlation-id", "off-2");
		assertThat(this.cache.get("off-user")).isNull();
	}

}
