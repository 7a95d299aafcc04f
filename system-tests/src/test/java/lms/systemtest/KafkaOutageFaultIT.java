package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker stopped for 30 s while users register, buy a free course and ask
 * questions: every write is accepted during the outage, and once the broker is back every
 * event's effect happens exactly once. Operators see it: the outbox backlog and the age
 * of its oldest entry rise while the broker is down and drain after; consumer lag reads
 * unknown while it cannot be measured, then zero once every effect happened.
 */
@Tag("fault")
class KafkaOutageFaultIT extends Fault {

	private static final int REGISTRATIONS = 6;

	private static final int BUYERS = 3;

	private static final int QUESTIONS_EACH = 2;

	private static final String PENDING = "lms_outbox_pending";

	private static final String OLDEST = "lms_outbox_oldest_age_seconds";

	private static final String LAG = "lms_kafka_consumer_lag";

	@Test
	void writesAreAcceptedWhileKafkaIsDownAndEveryEffectHappensOnceAfterItReturns() {
		TokenClient admin = accounts.admin();
		JsonNode course = CourseDraft.of("Kafka outage " + Accounts.newEmail("course"), 0).create(admin);
		List<Member> buyers = IntStream.range(0, BUYERS).mapToObj((i) -> knownMember("Buyer " + i)).toList();
		List<String> registered = new ArrayList<>();

		stack.stopKafka();
		try {
			List<Runnable> load = new ArrayList<>();
			for (int i = 0; i < REGISTRATIONS; i++) {
				load.add(() -> registered.add(register()));
			}
			for (Member buyer : buyers) {
				load.add(() -> order(buyer, course));
				for (int q = 0; q < QUESTIONS_EACH; q++) {
					load.add(() -> ask(buyer, course));
				}
			}
			Outage.hold(Duration.ofSeconds(30), load);
			assertThat(registered).allSatisfy((email) -> assertThat(effects.mails(email, Mails.ACTIVATION)).isZero());
			Scrape during = await().atMost(Duration.ofSeconds(30))
				.until(() -> Scrape.of(stack), (scrape) -> backlogOf(scrape, "identity-service") >= REGISTRATIONS
						&& backlogOf(scrape, "course-service") >= BUYERS * (1 + QUESTIONS_EACH));
			assertThat(during.max(OLDEST, Map.of("application", "identity-service"))).isGreaterThan(10);
			assertThat(during.values(LAG, Map.of("group", "notification.mail"))).isNotEmpty()
				.allMatch((lag) -> lag.isNaN());
		}
		finally {
			stack.startKafka();
		}

		String courseId = course.get("_id").asString();
		Effects.awaitExactly(Duration.ofMinutes(3), () -> delivered(registered, buyers, courseId, admin));
		assertThat(registered).hasSize(REGISTRATIONS)
			.allSatisfy((email) -> assertThat(effects.mails(email, Mails.ACTIVATION)).isOne());
		assertThat(buyers).allSatisfy((buyer) -> {
			assertThat(Effects.timesOwned(buyer, courseId)).isOne();
			assertThat(effects.mails(buyer.email(), Mails.ORDER_CONFIRMATION)).isOne();
		});
		assertThat(Effects.adminNotifications(admin, courseId, "New Question Received"))
			.isEqualTo(BUYERS * QUESTIONS_EACH);
		assertThat(Effects.adminNotifications(admin, courseId, "New Order")).isEqualTo(BUYERS);
		Scrape after = await().atMost(Duration.ofSeconds(30))
			.until(() -> Scrape.of(stack), (scrape) -> scrape.sum(PENDING, Map.of()) == 0
					&& scrape.values(LAG, Map.of()).stream().allMatch((lag) -> lag == 0));
		assertThat(after.max(OLDEST, Map.of())).isZero();
	}

	private static double backlogOf(Scrape scrape, String application) {
		return scrape.sum(PENDING, Map.of("application", application));
	}

	/** Exactly the expected effects, no fewer and no more. */
	private static boolean delivered(List<String> registered, List<Member> buyers, String courseId, Client admin) {
		return effects.eachMailedOnce(registered, Mails.ACTIVATION)
				&& buyers.stream()
					.allMatch((buyer) -> Effects.timesOwned(buyer, courseId) == 1
							&& effects.mails(buyer.email(), Mails.ORDER_CONFIRMATION) == 1)
				&& Effects.adminNotifications(admin, courseId, "New Question Received") == BUYERS * QUESTIONS_EACH
				&& Effects.adminNotifications(admin, courseId, "New Order") == BUYERS;
	}

	/**
	 * A member whose welcome mail came, so course-service has learnt their address from
	 * the same event before they order.
	 */
	private static Member knownMember(String name) {
		Member member = accounts.newMember(name);
		accounts.mails().await(member.email(), "Welcome");
		return member;
	}

	private static String register() {
		String email = Accounts.newEmail("offline");
		accounts.register(accounts.app(), "Offline", email, Accounts.PASSWORD);
		return email;
	}

	private static void order(Member buyer, JsonNode course) {
		expect(201,
				buyer.app().post("/api/v1/create-order", "{\"courseId\":" + quote(course.get("_id").asString()) + "}"));
	}

	private static void ask(Member buyer, JsonNode course) {
		expect(200,
				buyer.app()
					.put("/api/v1/add-question",
							"{\"question\":\"Still there?\",\"courseId\":%s,\"contentId\":%s}".formatted(
									quote(course.get("_id").asString()),
									quote(course.get("courseData").get(0).get("_id").asString()))));
	}

}
