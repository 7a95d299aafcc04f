package lms.course.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import lms.testkit.TestIdentity;
import lms.course.CourseApplication;
import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import lms.testkit.InfrastructureProperties;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two course-service instances on one database, Redis and broker: an edit through the
 * first is served by the second on its next reads, through its own eviction event.
 */
class TwoInstancesTest extends CourseServiceTest {

	private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);

	@AutoClose
	private static ConfigurableApplicationContext second;

	@Value("${spring.mongodb.uri}")
	String mongoUri;

	@BeforeAll
	static void noSecondYet() {
		second = null;
	}

	@Test
	void anEditThroughOneInstanceIsServedByTheOtherOnItsNextRead() {
		Api other = secondInstance();
		String id = createCourse("Shared v0");
		// the second instance's consumer has joined once it evicts for a first edit
		edit(id, "Shared warm-up");
		await().atMost(Duration.ofSeconds(60)).until(() -> name(other, id).equals("Shared warm-up"));

		List<Long> delays = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			assertThat(name(other, id)).as("cached on the second instance").isNotEqualTo("Shared v" + i);
			edit(id, "Shared v" + i);
			long edited = System.nanoTime();
			String expected = "Shared v" + i;
			await().atMost(Duration.ofSeconds(10))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(1))
				.until(() -> name(other, id).equals(expected));
			delays.add((System.nanoTime() - edited) / 1_000);
		}
		delays.sort(null);
		log.info("Eviction delay on the other instance over {} edits: p50 {} µs, p95 {} µs, max {} µs", delays.size(),
				delays.get(delays.size() / 2), delays.get(delays.size() * 95 / 100), delays.get(delays.size() - 1));
		assertThat(Metrics.globalRegistry.find("lms.event.delay")
			.tag("group", "course.cache")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum()).as("evictions timed from the write").isGreaterThanOrEqualTo(20);
	}

	@Test
	void anOrderThroughOneInstanceShowsInPurchasedOnTheOther() {
		Api other = secondInstance();
		String id = createCourse("Bought elsewhere");
		admin().put("/api/v1/edit-course/" + id, "{\"price\":0}");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> read(other.get("/api/v1/get-course/" + id)).get("course").get("price").asDouble() == 0);
		assertThat(purchased(other, id)).as("cached on the second instance").isZero();

		assertThat(user(newId()).post("/api/v1/create-order", "{\"courseId\":\"" + id + "\"}").status()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(10)).until(() -> purchased(other, id) == 1);
	}

	private int purchased(Api api, String id) {
		return read(api.get("/api/v1/get-course/" + id)).get("course").get("purchased").asInt();
	}

	private void edit(String id, String name) {
		assertThat(admin().put("/api/v1/edit-course/" + id, "{\"name\":\"" + name + "\"}").status()).isEqualTo(200);
	}

	private String name(Api api, String id) {
		return read(api.get("/api/v1/get-course/" + id)).get("course").get("name").asString();
	}

	private Api secondInstance() {
		if (second == null) {
			Map<String, String> properties = new java.util.LinkedHashMap<>(InfrastructureProperties.embedded());
			properties.put(InfrastructureProperties.MONGODB_URI, this.mongoUri);
			properties.put("server.port", "0");
			properties.put("lms.security.jwks-url", TestIdentity.shared().jwksUrl());
			properties.put("lms.media.client.url", MEDIA.url());
			properties.put("lms.services.identity.url", IDENTITY.url());
			properties.put("lms.course.payments.api-base", STRIPE.baseUrl());
			second = new SpringApplicationBuilder(CourseApplication.class)
				.run(InfrastructureProperties.asArguments(properties));
		}
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		return new Api("http://127.0.0.1:" + port, null);
	}

}
