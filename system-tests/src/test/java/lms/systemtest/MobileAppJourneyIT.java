package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import lms.testkit.CloudinaryStub;
import lms.testkit.StripeStub;
import lms.testkit.StubRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static lms.systemtest.Replies.expectStatus;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mobile app, call by call (original-api §5.3): it keeps {@code accessToken} and
 * {@code refreshToken} from the login answer and sends them as the {@code access-token}
 * and {@code refresh-token} headers; it never reads new ones. Each step checks the fields
 * the app reads.
 */
@ResourceLock(Lanes.JOURNEYS)
class MobileAppJourneyIT {

	static Accounts accounts;

	@BeforeAll
	static void startSystem() {
		accounts = RunningSystem.accounts();
	}

	@Test
	void aLearnerSignsUpBuysThroughThePaymentSheetAndAsksAndReviewsInTheCourse() {
		TokenClient admin = accounts.admin();
		String category = HomeLayouts.firstCategory(admin, "Mobile", "Testing");
		String courseName = "Mobile course " + UUID.randomUUID();
		String lessonTitle = "Mobile lesson " + UUID.randomUUID();
		String courseId = CourseDraft.of(courseName, 25)
			.withCategory(category)
			.withThumbnail(Images.pngDataUrl(0x2288aa))
			.withLesson(lessonTitle, "https://video.example/mobile.mp4")
			.createId(admin);

		TokenClient app = accounts.app();
		String email = Accounts.newEmail("mo");
		accounts.signUp(app, "Mo Mobile", email, Accounts.PASSWORD);
		app = app.keeping(Accounts.logIn(app, email, Accounts.PASSWORD));
		JsonNode me = expect(200, app.get("/api/v1/me")).get("user");
		assertThat(me.get("name").asString()).isEqualTo("Mo Mobile");
		assertThat(me.has("avatar")).isFalse();
		assertThat(me.get("courses").isEmpty()).isTrue();

		JsonNode categories = HomeLayouts.read(app, "Categories").get("categories");
		assertThat(categories.findValuesAsString("title")).contains(category);
		JsonNode listed = Catalog.awaitListedAs(app, courseId, courseName, 25, 35);
		assertThat(listed.get("categories").asString()).isEqualTo(category);
		assertThat(listed.get("level").asString()).isEqualTo("Beginner");
		assertThat(listed.get("description").asString()).isNotBlank();
		assertThat(listed.get("benefits").get(0).get("title").asString()).isEqualTo("Confidence");
		assertThat(listed.get("prerequisites").get(0).get("title").asString()).isEqualTo("None");
		JsonNode preview = listed.get("courseData").get(0);
		assertThat(preview.get("title").asString()).isEqualTo(lessonTitle);
		assertThat(preview.get("videoSection").asString()).isEqualTo("Start");
		assertThat(preview.get("videoLength").asInt()).isEqualTo(3);
		assertThat(preview.has("videoUrl")).isFalse();

		String clientSecret = expect(201, app.post("/api/v1/payment", "{\"amount\":2500}")).get("client_secret")
			.asString();
		StripeStub stripe = RunningSystem.stripe();
		stripe.succeed(stripe.idOf(clientSecret));
		JsonNode order = expect(201,
				app.post("/api/v1/create-mobile-order", "{\"courseId\":\"" + courseId + "\",\"payment_info\":{}}"))
			.get("order");
		assertThat(order.get("courseId").asString()).isEqualTo(courseId);
		Catalog.awaitEnrolled(app, courseId);

		JsonNode lesson = Catalog.lessons(app, courseId).get(0);
		assertThat(lesson.get("title").asString()).isEqualTo(lessonTitle);
		assertThat(lesson.get("videoUrl").asString()).isEqualTo("https://video.example/mobile.mp4");
		String lessonId = lesson.get("_id").asString();
		expect(200, app.put("/api/v1/add-question", """
				{"question":"Is there a transcript?","courseId":"%s","contentId":"%s"}""".formatted(courseId,
				lessonId)));
		JsonNode question = Catalog.lessons(app, courseId).get(0).get("questions").get(0);
		assertThat(question.get("question").asString()).isEqualTo("Is there a transcript?");
		assertThat(question.get("user").get("name").asString()).isEqualTo("Mo Mobile");
		Catalog.answer(app, courseId, lessonId, question, "Found it myself");
		JsonNode followUp = Catalog.firstReply(app, courseId);
		assertThat(followUp.get("answer").asString()).isEqualTo("Found it myself");
		assertThat(followUp.get("user").get("name").asString()).isEqualTo("Mo Mobile");

		JsonNode reviewed = expect(200,
				app.put("/api/v1/add-review/" + courseId, "{\"review\":\"Great on the phone\",\"rating\":5}"))
			.get("course");
		JsonNode review = reviewed.get("reviews").get(0);
		assertThat(review.get("user").get("_id").asString()).isEqualTo(me.get("_id").asString());
		assertThat(review.get("rating").asInt()).isEqualTo(5);
		assertThat(review.get("comment").asString()).isEqualTo("Great on the phone");
		expectStatus(409, app.put("/api/v1/add-review/" + courseId, "{\"review\":\"Again\",\"rating\":1}"));
		assertThat(accounts.mails().received(email, Mails.QUESTION_REPLY)).isEmpty();
	}

	@Test
	void aNewAvatarReplacesTheOldImageWhichIsDestroyed() {
		Member member = accounts.newMember("Ava Avatar");
		TokenClient app = member.app();
		CloudinaryStub cloudinary = RunningSystem.cloudinary();

		JsonNode first = expect(200,
				app.put("/api/v1/update-user-avatar", "{\"avatar\":" + quote(Images.pngDataUrl(0x112233)) + "}"))
			.get("user")
			.get("avatar");
		String firstId = first.get("public_id").asString();
		assertThat(first.get("url").asString()).startsWith("https://").contains(firstId);
		assertThat(cloudinary.storedPublicIds()).contains(firstId);
		assertThat(firstId).startsWith("avatars/");
		assertThat(expect(200, app.get("/api/v1/me")).get("user").get("avatar").get("url").asString())
			.isEqualTo(first.get("url").asString());

		JsonNode second = expect(200,
				app.put("/api/v1/update-user-avatar", "{\"avatar\":" + quote(Images.pngDataUrl(0x445566)) + "}"))
			.get("user")
			.get("avatar");
		String secondId = second.get("public_id").asString();
		assertThat(secondId).isNotEqualTo(firstId);
		Images.awaitDestroyed(cloudinary, firstId);
		assertThat(cloudinary.storedPublicIds()).contains(secondId);
		assertThat(cloudinary.requests().stream().filter((request) -> isDestroyOf(request, firstId))).hasSize(1);
		assertThat(expect(200, app.get("/api/v1/me")).get("user").get("avatar").get("url").asString())
			.isEqualTo(second.get("url").asString());
	}

	@Test
	void aForgottenPasswordIsResetWithTheMailedCodeAndEverySessionEnds() {
		Member member = accounts.newMember("Fay Forgetful");
		// The app's "Forgot Password?" screen, wired to the endpoints the contract adds.
		TokenClient app = accounts.app();

		JsonNode mailed = expect(200, app.post("/api/v1/forgot-password", "{\"email\":" + quote(member.email()) + "}"));
		assertThat(mailed.get("message").asString()).isNotBlank();
		JsonNode unknown = expect(200,
				app.post("/api/v1/forgot-password", "{\"email\":" + quote(Accounts.newEmail("nobody")) + "}"));
		assertThat(unknown.get("message").asString()).isEqualTo(mailed.get("message").asString());
		String code = accounts.mails().resetCode(member.email(), 1);
		String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
		expectError(400, app.post("/api/v1/reset-password", reset(member.email(), wrong)));

		expect(200, app.post("/api/v1/reset-password", reset(member.email(), code)));
		await().atMost(Duration.ofSeconds(30)).until(() -> member.app().get("/api/v1/me").status() == 401);
		assertThat(expectError(401,
				app.post("/api/v1/login",
						"{\"email\":%s,\"password\":%s}".formatted(quote(member.email()), quote(member.password())))))
			.isEqualTo("Invalid email or password");
		TokenClient again = accounts.logIn(member.email(), "reset-pass-9");
		assertThat(expect(200, again.get("/api/v1/me")).get("user").get("email").asString()).isEqualTo(member.email());
		expectError(400, app.post("/api/v1/reset-password", reset(member.email(), code)));
	}

	private static String reset(String email, String code) {
		return "{\"email\":%s,\"code\":%s,\"newPassword\":\"reset-pass-9\"}".formatted(quote(email), quote(code));
	}

	private static boolean isDestroyOf(StubRequest request, String publicId) {
		return "destroy".equals(request.action()) && publicId.equals(request.param("public_id"))
				&& request.status() == 200;
	}

}
