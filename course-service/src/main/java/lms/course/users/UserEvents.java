package lms.course.users;

import java.util.function.Consumer;

import lms.course.course.SnapshotUpdate;
import lms.course.course.UserSnapshots;
import lms.events.identity.UserProfileUpdated;
import lms.events.identity.UserRegistered;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * Keeps the users projection (group {@code course.users}) and refreshes the snapshots
 * embedded in courses when a profile changes.
 */
@Configuration(proxyBeanMethods = false)
class UserEvents {

	private final MongoTemplate mongo;

	private final UserSnapshots snapshots;

	UserEvents(MongoTemplate mongo, UserSnapshots snapshots) {
		this.mongo = mongo;
		this.snapshots = snapshots;
	}

	@Bean
	Consumer<Message<byte[]>> users(JsonMapper json, ProcessedEvents processed) {
		return EventHandlers.group("course.users", json, processed)
			.onPayload(UserRegistered.class, this::registered)
			.onPayload(UserProfileUpdated.class, this::profileUpdated)
			.build();
	}

	void registered(UserRegistered event) {
		this.mongo.upsert(byId(event.userId()),
				new Update().set("email", event.email()).setOnInsert("name", event.name()), UserProfile.class);
	}

	void profileUpdated(UserProfileUpdated event) {
		this.mongo.upsert(byId(event.userId()),
				new Update().set("name", event.name()).set("avatarUrl", event.avatarUrl()), UserProfile.class);
		this.snapshots.refresh(new SnapshotUpdate(event.userId(), event.name(), event.avatarUrl()));
	}

	private static Query byId(String userId) {
		return Query.query(Criteria.where("_id").is(userId));
	}

}
