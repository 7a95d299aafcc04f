package lms.systemtest;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.UUID;

import lms.localstack.ReceivedMail;
import lms.testkit.StripeStub;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static lms.systemtest.Replies.expectStatus;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The student web app, call by call (original-api §5.4): the browser keeps the
 * {@code access_token} and {@code refresh_token} cookies the login sets and never sends a
 * token itself. Each step checks the fields the app reads.
 */
class StudentWebJourneyIT extends Journey {

	@Test
	void aStudentSignsUpPaysForACourseOpensItAndLogsOutWithCookiesOnly() {
		String courseName = "Web course " + UUID.randomUUID();
		String courseId = CourseDraft.of(courseName, 30)
			.withThumbnail(Images.pngDataUrl(0x884422))
			.withLesson("Web lesson", "web-video")
			.createId(accounts.admin());
		Browser browser = new Browser(gatewayUrl);
		// Every page load: no user yet, so the app also calls logout; both are refused.
		expectStatus(401, browser.get("/api/v1/me"));
		expectStatus(401, browser.get("/api/v1/logout"));
		String email = Accounts.newEmail("web");
		accounts.signUp(browser, "Wendy Web", email, Accounts.PASSWORD);

		JsonNode login = Accounts.logIn(browser, email, Accounts.PASSWORD);
		assertThat(login.get("user").get("name").asString()).isEqualTo("Wendy Web");
		assertThat(browser.cookie("access_token")).get().extracting(HttpCookie::isHttpOnly).isEqualTo(true);
		assertThat(browser.cookie("refresh_token")).get().extracting(HttpCookie::isHttpOnly).isEqualTo(true);
		JsonNode me = expect(200, browser.get("/api/v1/me")).get("user");
		assertThat(me.get("email").asString()).isEqualTo(email);
		assertThat(me.get("role").asString()).isEqualTo("user");
		assertThat(me.get("courses").isEmpty()).isTrue();

		JsonNode listed = Catalog.awaitListedAs(browser, courseId, courseName, 30, 40);
		assertThat(listed.get("courseData")).hasSize(1);
		JsonNode page = expect(200, browser.get("/api/v1/get-course/" + courseId)).get("course");
		assertThat(page.get("tags").asString()).isEqualTo("e2e");
		assertThat(page.get("benefits").get(0).get("title").asString()).isEqualTo("Confidence");
		assertThat(page.get("prerequisites").get(0).get("title").asString()).isEqualTo("None");
		assertThat(page.get("demoUrl").asString()).isEqualTo("demo-video");
		JsonNode lesson = page.get("courseData").get(0);
		assertThat(lesson.get("title").asString()).isEqualTo("Web lesson");
		assertThat(lesson.get("videoSection").asString()).isEqualTo("Start");
		assertThat(lesson.get("videoLength").asInt()).isEqualTo(3);
		assertThat(lesson.has("videoUrl")).isFalse();
		assertThat(page.get("reviews").isEmpty()).isTrue();

		String publishableKey = expect(200, browser.get("/api/v1/payment/stripepublisahblekey")).get("publishableKey")
			.asString();
		assertThat(publishableKey).isEqualTo("pk_test_system");
		String clientSecret = expect(201, browser.post("/api/v1/payment", "{\"amount\":3000}")).get("client_secret")
			.asString();
		StripeStub stripe = RunningSystem.stripe();
		String intentId = stripe.idOf(clientSecret);
		stripe.succeed(intentId);
		String paymentIntent = """
				{"id":"%s","object":"payment_intent","amount":3000,"currency":"usd","status":"succeeded","client_secret":"%s"}"""
			.formatted(intentId, clientSecret);
		JsonNode order = expect(201, browser.post("/api/v1/create-order",
				"{\"courseId\":\"" + courseId + "\",\"payment_info\":" + paymentIntent + "}"))
			.get("order");
		assertThat(order.get("courseId").asString()).isEqualTo(courseId);
		assertThat(order.get("userId").asString()).isEqualTo(me.get("_id").asString());

		Catalog.awaitEnrolled(browser, courseId);
		JsonNode content = expect(200, browser.get("/api/v1/get-course-content/" + courseId)).get("content").get(0);
		assertThat(content.get("_id").asString()).isEqualTo(lesson.get("_id").asString());
		assertThat(content.get("videoUrl").asString()).isEqualTo("web-video");
		assertThat(content.get("description").asString()).isEqualTo("First");
		assertThat(content.get("links").get(0).get("url").asString()).isEqualTo("https://docs.example/1");
		assertThat(content.get("questions").isEmpty()).isTrue();
		ReceivedMail confirmation = accounts.mails().await(email, Mails.ORDER_CONFIRMATION);
		assertThat(confirmation.html()).contains(courseName).contains("$30");

		JsonNode logout = expect(200, browser.get("/api/v1/logout"));
		assertThat(logout.get("message").asString()).isEqualTo("Logged out successfully");
		assertThat(browser.cookie("access_token")).isEmpty();
		assertThat(browser.cookie("refresh_token")).isEmpty();
		expectStatus(401, browser.get("/api/v1/me"));
	}

	@Test
	void changingThePasswordEndsTheStudentsOtherBrowserSession() {
		String email = Accounts.newEmail("pat");
		Browser laptop = new Browser(gatewayUrl);
		accounts.signUp(laptop, "Pat Profile", email, Accounts.PASSWORD);
		Accounts.logIn(laptop, email, Accounts.PASSWORD);
		Browser phone = new Browser(gatewayUrl);
		Accounts.logIn(phone, email, Accounts.PASSWORD);

		JsonNode renamed = expect(200, laptop.put("/api/v1/update-user-info", "{\"name\":\"Pat Renamed\"}"))
			.get("user");
		assertThat(renamed.get("name").asString()).isEqualTo("Pat Renamed");
		assertThat(expectError(400,
				laptop.put("/api/v1/update-user-password",
						"{\"oldPassword\":\"wrong-one\",\"newPassword\":\"brand-new-1\"}")))
			.isEqualTo("Invalid old password");
		JsonNode changed = expect(200,
				laptop.put("/api/v1/update-user-password",
						"{\"oldPassword\":%s,\"newPassword\":\"brand-new-1\"}".formatted(quote(Accounts.PASSWORD))))
			.get("user");
		assertThat(changed.get("email").asString()).isEqualTo(email);
		assertThat(changed.has("password")).isFalse();

		await().atMost(Duration.ofSeconds(30)).until(() -> phone.get("/api/v1/me").status() == 401);
		assertThat(expect(200, laptop.get("/api/v1/me")).get("user").get("name").asString()).isEqualTo("Pat Renamed");
		assertThat(expectError(401,
				phone.post("/api/v1/login",
						"{\"email\":%s,\"password\":%s}".formatted(quote(email), quote(Accounts.PASSWORD)))))
			.isEqualTo("Invalid email or password");
		Accounts.logIn(phone, email, "brand-new-1");
		expect(200, phone.get("/api/v1/me"));
	}

}
