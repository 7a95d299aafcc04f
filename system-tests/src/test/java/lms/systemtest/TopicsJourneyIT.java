package lms.systemtest;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import lms.events.Topics;
import lms.localstack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running services left on a broker that creates no topic by itself: the
 * catalog's topics and the dead-letter topic of each consumer group on each topic it
 * reads, all with the declared partitions, and nothing the binder made on its own.
 */
@ResourceLock(Lanes.JOURNEYS)
class TopicsJourneyIT {

	private static final Set<String> CATALOG = Set.of(Topics.IDENTITY_USER, Topics.IDENTITY_SESSION,
			Topics.COURSE_COURSE, Topics.COURSE_ENROLLMENT, Topics.MEDIA_ASSET);

	/** The groups with dead letters (README, Operations) on each topic they read. */
	private static final Map<String, Set<String>> DEAD_LETTERING = Map.of(Topics.IDENTITY_USER,
			Set.of("course.users", "notification.mail", "media.cleanup"), Topics.COURSE_COURSE,
			Set.of("notification.mail", "notification.admin", "media.cleanup"), Topics.COURSE_ENROLLMENT,
			Set.of("identity.enrollments", "notification.mail", "notification.admin"));

	@Test
	void theBrokerHoldsTheCatalogAndEveryGroupsDeadLetterTopicWithTheirPartitionsAndNothingElse() throws Exception {
		LocalStack stack = RunningSystem.stack();
		Map<String, Integer> partitions = new TreeMap<>();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
			Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			Map<String, TopicDescription> described = admin.describeTopics(names)
				.allTopicNames()
				.get(30, TimeUnit.SECONDS);
			described.forEach((name, topic) -> partitions.put(name, topic.partitions().size()));
		}

		Set<String> expected = new TreeSet<>(CATALOG);
		DEAD_LETTERING
			.forEach((topic, groups) -> groups.forEach((group) -> expected.add(topic + "." + group + ".dlt")));
		assertThat(partitions.keySet()).isEqualTo(expected);
		assertThat(partitions).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(12));
	}

}
