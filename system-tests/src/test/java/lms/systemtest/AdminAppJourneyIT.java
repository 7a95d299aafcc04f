package lms.systemtest;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin app's course and home page editors, call by call (original-api §5.2): it
 * keeps {@code accessToken} and {@code refreshToken} from the login answer and sends them
 * as headers. Each step checks the fields its pages read.
 */
class AdminAppJourneyIT extends Journey {

	private static final Duration EVENTUALLY = Duration.ofSeconds(30);

	static TokenClient admin;

	@BeforeAll
	static void signInTheAdmin() {
		admin = adminApp();
	}

	@Test
	void theAdminCreatesEditsAndDeletesACourseAndReplacedThumbnailsAreDestroyed() {
		String category = HomeLayouts.firstCategory(admin, "Mobile", "Testing");
		String name = "Admin course " + UUID.randomUUID();
		CourseDraft draft = CourseDraft.of(name, 15).withCategory(category).withLesson("Intro", "admin-video");
		JsonNode created = draft.withThumbnail(Images.pngDataUrl(0x123456)).create(admin);
		String courseId = created.get("_id").asString();
		JsonNode thumbnail = created.get("thumbnail");
		assertThat(RunningSystem.cloudinary().storedPublicIds()).contains(thumbnail.get("public_id").asString());

		JsonNode listed = adminCourse(admin, courseId);
		assertThat(listed.get("name").asString()).isEqualTo(name);
		assertThat(listed.get("ratings").isNumber()).isTrue();
		assertThat(listed.get("purchased").asInt()).isZero();
		assertThat(listed.get("createdAt").asString()).isNotBlank();
		assertThat(listed.get("categories").asString()).isEqualTo(category);
		assertThat(listed.get("thumbnail").get("url").asString()).isEqualTo(thumbnail.get("url").asString());
		assertThat(listed.get("courseData").get(0).get("videoUrl").asString()).isEqualTo("admin-video");

		String renamed = name + " (edited)";
		JsonNode kept = expect(200, admin.put("/api/v1/edit-course/" + courseId,
				new CourseDraft(renamed, 15, thumbnail.get("url").asString(), category, "Intro", "admin-video").json()))
			.get("course");
		assertThat(kept.get("name").asString()).isEqualTo(renamed);
		assertThat(kept.get("thumbnail").get("public_id").asString()).isEqualTo(thumbnail.get("public_id").asString());
		JsonNode replaced = expect(200,
				admin.put("/api/v1/edit-course/" + courseId, draft.withThumbnail(Images.pngDataUrl(0x654321)).json()))
			.get("course")
			.get("thumbnail");
		assertThat(replaced.get("public_id").asString()).isNotEqualTo(thumbnail.get("public_id").asString());
		Images.awaitDestroyed(RunningSystem.cloudinary(), thumbnail.get("public_id").asString());
		await().atMost(EVENTUALLY)
			.until(() -> expect(200, admin.get("/api/v1/get-course/" + courseId)).get("course")
				.get("thumbnail")
				.get("url")
				.asString(), (url) -> url.equals(replaced.get("url").asString()));

		JsonNode deleted = expect(200, admin.delete("/api/v1/delete-course/" + courseId));
		assertThat(deleted.get("message").asString()).isEqualTo("course deleted successfully");
		assertThat(adminCourses(admin).findValuesAsString("_id")).doesNotContain(courseId);
		await().atMost(EVENTUALLY).until(() -> admin.get("/api/v1/get-course/" + courseId).status() == 404);
		Images.awaitDestroyed(RunningSystem.cloudinary(), replaced.get("public_id").asString());
	}

	@Test
	void theAdminEditsTheHomePageBannerFaqAndCategories() {
		HomeLayouts.ensure(admin, "Banner", """
				{"type":"Banner","image":%s,"title":"Learn","subTitle":"Anything"}"""
			.formatted(quote(Images.pngDataUrl(0x0000ff))));
		JsonNode banner = HomeLayouts.read(admin, "Banner").get("banner");
		String firstImage = banner.get("image").get("public_id").asString();
		assertThat(banner.get("image").get("url").asString()).startsWith("https://");

		String title = "Learn " + UUID.randomUUID();
		assertThat(expect(200,
				admin.put("/api/v1/edit-layout", bannerEdit(banner.get("image").get("url").asString(), title)))
			.get("message")
			.asString()).isEqualTo("Layout Updated successfully");
		JsonNode kept = HomeLayouts.read(admin, "Banner").get("banner");
		assertThat(kept.get("title").asString()).isEqualTo(title);
		assertThat(kept.get("subTitle").asString()).isEqualTo("Every day");
		assertThat(kept.get("image").get("public_id").asString()).isEqualTo(firstImage);
		expect(200, admin.put("/api/v1/edit-layout", bannerEdit(Images.pngDataUrl(0x00ff00), title)));
		JsonNode replaced = HomeLayouts.read(admin, "Banner").get("banner").get("image");
		assertThat(replaced.get("public_id").asString()).isNotEqualTo(firstImage);
		assertThat(RunningSystem.cloudinary().storedPublicIds()).contains(replaced.get("public_id").asString());
		Images.awaitDestroyed(RunningSystem.cloudinary(), firstImage);

		HomeLayouts.ensure(admin, "FAQ", """
				{"type":"FAQ","faq":[{"question":"Is it free?","answer":"Some courses are"}]}""");
		JsonNode faq = HomeLayouts.read(admin, "FAQ").get("faq").get(0);
		String question = "Can I learn offline? " + UUID.randomUUID();
		expect(200, admin.put("/api/v1/edit-layout", """
				{"type":"FAQ","faq":[{"_id":"%s","question":%s,"answer":"Edited","active":true},
				 {"question":%s,"answer":"In the app"}]}""".formatted(faq.get("_id").asString(),
				quote(faq.get("question").asString()), quote(question))));
		JsonNode edited = HomeLayouts.read(admin, "FAQ").get("faq");
		assertThat(edited).hasSize(2);
		assertThat(edited.get(0).get("_id").asString()).isEqualTo(faq.get("_id").asString());
		assertThat(edited.get(0).get("answer").asString()).isEqualTo("Edited");
		assertThat(edited.get(1).get("question").asString()).isEqualTo(question);
		assertThat(edited.get(1).get("_id").asString()).isNotBlank();

		JsonNode categories = HomeLayouts.ensureCategories(admin, "Mobile", "Testing").get("categories");
		String added = "Category " + UUID.randomUUID();
		StringBuilder body = new StringBuilder("{\"type\":\"Categories\",\"categories\":[");
		for (JsonNode category : categories) {
			body.append("{\"_id\":\"%s\",\"title\":%s},".formatted(category.get("_id").asString(),
					quote(category.get("title").asString())));
		}
		expect(200, admin.put("/api/v1/edit-layout",
				body.append("{\"title\":").append(quote(added)).append("}]}").toString()));
		JsonNode now = HomeLayouts.read(admin, "Categories").get("categories");
		assertThat(now.findValuesAsString("title")).containsAll(categories.findValuesAsString("title")).contains(added);
		assertThat(now.findValuesAsString("_id")).containsAll(categories.findValuesAsString("_id"));
	}

	/**
	 * The admin app's login, once for the class (it keeps its tokens); its pages are only
	 * for {@code role === "admin"}.
	 */
	private static TokenClient adminApp() {
		TokenClient app = accounts.app();
		JsonNode login = Accounts.logIn(app, accounts.demoAdmin().email(), accounts.demoAdmin().password());
		assertThat(login.get("user").get("role").asString()).isEqualTo("admin");
		TokenClient admin = app.keeping(login);
		assertThat(expect(200, admin.get("/api/v1/me")).get("user").get("role").asString()).isEqualTo("admin");
		return admin;
	}

	private static JsonNode adminCourses(TokenClient admin) {
		return expect(200, admin.get("/api/v1/get-admin-courses")).get("courses");
	}

	private static JsonNode adminCourse(TokenClient admin, String courseId) {
		return Replies.find(adminCourses(admin), "_id", courseId);
	}

	private static String bannerEdit(String image, String title) {
		return "{\"type\":\"Banner\",\"image\":%s,\"title\":%s,\"subTitle\":\"Every day\"}".formatted(quote(image),
				quote(title));
	}

}
