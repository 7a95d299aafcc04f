package lms.course.users;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import lms.course.support.CourseServiceTest;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.testkit.KafkaProbe;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What identity answers for a user the projection lacks never overwrites what identity's
 * events brought, and later events still win.
 */
class UserDirectoryFallbackTest extends CourseServiceTest {

	@Autowired
	UserDirectory directory;

	@Test
	void aFetchedUserOnlyFillsWhatTheEventsHaveNotBrought() {
		String id = newId();
		this.mongo.insert(new Document("_id", new ObjectId(id)).append("name", "Event Name")
			.append("avatarUrl", "https://img.test/new.png"), "users");
		IDENTITY.addUser(id, "Stale Name", "sam@example.test", "https://img.test/old.png");

		Contact contact = this.directory.contact(id);

		assertThat(contact).isEqualTo(new Contact("sam@example.test", "Event Name"));
		assertProjectedUser(id, "sam@example.test", "Event Name", "https://img.test/new.png");
	}

	@Test
	void eventsArrivingAfterTheFetchStillUpdateTheUser() {
		String id = newId();
		IDENTITY.addUser(id, "First Name", "fin@example.test", null);
		assertThat(this.directory.contact(id).name()).isEqualTo("First Name");

		publish("lms.identity.UserRegistered.v1", id,
				"{\"userId\":\"%s\",\"email\":\"fin@example.test\",\"name\":\"Registered Name\",\"via\":\"password\"}"
					.formatted(id));
		publish("lms.identity.UserProfileUpdated.v1", id,
				"{\"userId\":\"%s\",\"name\":\"Renamed\",\"avatarUrl\":\"https://img.test/r.png\"}".formatted(id));

		await().atMost(Duration.ofSeconds(20)).until(() -> "Renamed".equals(projectedUser(id).getString("name")));
		assertThat(projectedUser(id).getString("avatarUrl")).isEqualTo("https://img.test/r.png");
		assertThat(this.directory.contact(id)).isEqualTo(new Contact("fin@example.test", "Renamed"));
	}

	private void publish(String type, String key, String payload) {
		new KafkaProbe(this.brokers).send(Topics.IDENTITY_USER, key, payload,
				Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, type,
						CloudEventHeaders.SOURCE, "/identity-service", CloudEventHeaders.SPEC_VERSION, "1.0",
						"content-type", "application/json"));
	}

}
