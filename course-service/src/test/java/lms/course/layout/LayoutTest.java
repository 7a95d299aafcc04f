package lms.course.layout;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest extends CourseServiceTest {

	@Test
	void theBannerIsCreatedEditedAndItsReplacedImageAnnounced() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "layouts");
		Api.Reply created = admin().post("/api/v1/create-layout",
				"{\"type\":\"Banner\",\"image\":\"%s\",\"title\":\"Learn\",\"subTitle\":\"Anything\"}".formatted(PNG));
		assertThat(created.body()).isEqualTo("{\"success\":true,\"message\":\"Layout created successfully\"}");
		assertThat(
				admin().post("/api/v1/create-layout", "{\"type\":\"Banner\",\"image\":\"%s\"}".formatted(PNG)).body())
			.isEqualTo("{\"success\":false,\"message\":\"Banner already exist\"}");

		JsonNode layout = read(anonymous().get("/api/v1/get-layout/Banner")).get("layout");
		assertThat(layout.get("type").asString()).isEqualTo("Banner");
		assertThat(layout.get("banner").get("title").asString()).isEqualTo("Learn");
		String oldUrl = layout.get("banner").get("image").get("url").asString();
		String oldPublicId = layout.get("banner").get("image").get("public_id").asString();
		assertThat(oldPublicId).startsWith("layout/");

		Api.Reply keep = admin().put("/api/v1/edit-layout",
				"{\"type\":\"Banner\",\"image\":\"%s\",\"title\":\"Learn more\",\"subTitle\":\"Now\"}"
					.formatted(oldUrl));
		assertThat(keep.body()).isEqualTo("{\"success\":true,\"message\":\"Layout Updated successfully\"}");
		JsonNode kept = read(anonymous().get("/api/v1/get-layout/Banner")).get("layout").get("banner");
		assertThat(kept.get("title").asString()).isEqualTo("Learn more");
		assertThat(kept.get("image").get("public_id").asString()).isEqualTo(oldPublicId);

		admin().put("/api/v1/edit-layout",
				"{\"type\":\"Banner\",\"image\":\"%s\",\"title\":\"T\",\"subTitle\":\"S\"}".formatted(PNG));
		String newPublicId = read(anonymous().get("/api/v1/get-layout/Banner")).get("layout")
			.get("banner")
			.get("image")
			.get("public_id")
			.asString();
		assertThat(newPublicId).isNotEqualTo(oldPublicId);
		JsonNode event = this.json
			.readTree(awaitCourseEvent(layout.get("_id").asString(), "lms.course.LayoutBannerReplaced.v1").value());
		assertThat(event.get("oldPublicId").asString()).isEqualTo(oldPublicId);
		assertThat(event.get("newPublicId").asString()).isEqualTo(newPublicId);
	}

	@Test
	void faqAndCategoriesAreReplacedKeepingTheIdsClientsSendBack() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "layouts");
		assertThat(admin()
			.post("/api/v1/create-layout", "{\"type\":\"FAQ\",\"faq\":[{\"question\":\"Q1\",\"answer\":\"A1\"}]}")
			.status()).isEqualTo(200);
		admin().post("/api/v1/create-layout", "{\"type\":\"Categories\",\"categories\":[{\"title\":\"Java\"}]}");
		String faqId = read(anonymous().get("/api/v1/get-layout/FAQ")).get("layout")
			.get("faq")
			.get(0)
			.get("_id")
			.asString();

		admin().put("/api/v1/edit-layout", """
				{"type":"FAQ","faq":[{"_id":"%s","question":"Q1","answer":"A1 revised","active":true},
				 {"question":"Q2","answer":"A2"}]}""".formatted(faqId));
		admin().put("/api/v1/edit-layout",
				"{\"type\":\"Categories\",\"categories\":[{\"title\":\"Java\"},{\"title\":\"Go\"}]}");

		Api.Reply faq = anonymous().get("/api/v1/get-layout/FAQ");
		JsonNode items = read(faq).get("layout").get("faq");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("_id").asString()).isEqualTo(faqId);
		assertThat(items.get(0).get("answer").asString()).isEqualTo("A1 revised");
		assertThat(items.get(0).has("active")).isFalse();
		assertThat(read(anonymous().get("/api/v1/get-layout/Categories")).get("layout")
			.get("categories")
			.findValuesAsString("title")).containsExactly("Java", "Go");
		assertThat(anonymous().get("/api/v1/get-layout/FAQ", "If-None-Match", faq.header("ETag")).status())
			.isEqualTo(304);
	}

	@Test
	void aTypeWithoutLayoutAnswersNullUntilTheDashboardsFirstEditCreatesIt() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "layouts");
		for (String type : new String[] { "Banner", "FAQ", "Categories" }) {
			Api.Reply empty = anonymous().get("/api/v1/get-layout/" + type);
			assertThat(empty.status()).isEqualTo(200);
			assertThat(empty.body()).isEqualTo("{\"success\":true,\"layout\":null}");
		}

		Api.Reply edited = admin().put("/api/v1/edit-layout", """
				{"type":"FAQ","faq":[{"question":"Q1","answer":"A1","active":true}]}""");
		assertThat(edited.body()).isEqualTo("{\"success\":true,\"message\":\"Layout Updated successfully\"}");
		admin().put("/api/v1/edit-layout",
				"{\"type\":\"Banner\",\"image\":\"%s\",\"title\":\"T\",\"subTitle\":\"S\"}".formatted(PNG));

		assertThat(
				read(anonymous().get("/api/v1/get-layout/FAQ")).get("layout").get("faq").findValuesAsString("answer"))
			.containsExactly("A1");
		assertThat(read(anonymous().get("/api/v1/get-layout/Banner")).get("layout")
			.get("banner")
			.get("image")
			.get("url")
			.asString()).startsWith("http");
		assertThat(anonymous().get("/api/v1/get-layout/Categories").body())
			.isEqualTo("{\"success\":true,\"layout\":null}");
		assertThat(admin().post("/api/v1/create-layout", "{\"type\":\"FAQ\",\"faq\":[]}").status()).isEqualTo(400);
		assertThat(this.mongo.getCollection("layouts").countDocuments(new Document())).isEqualTo(2);
	}

	@Test
	void unknownTypesAndBadInputAreRefused() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "layouts");
		assertThat(admin().post("/api/v1/create-layout", "{\"type\":\"Footer\"}").body())
			.isEqualTo("{\"success\":false,\"message\":\"Invalid layout type\"}");
		assertThat(anonymous().get("/api/v1/get-layout/Footer").status()).isEqualTo(400);
		assertThat(admin().put("/api/v1/edit-layout", "{\"type\":\"Footer\",\"faq\":[]}").status()).isEqualTo(400);
		assertThat(admin().put("/api/v1/edit-layout", "{\"type\":\"Banner\",\"title\":\"No image\"}").status())
			.isEqualTo(422);
		assertThat(admin().post("/api/v1/create-layout", "{\"type\":\"Banner\",\"title\":\"No image\"}").status())
			.isEqualTo(422);
		assertThat(admin().post("/api/v1/create-layout", "{\"type\":\"FAQ\",\"faq\":[{\"question\":\"\"}]}").status())
			.isEqualTo(422);
		assertThat(user(newId()).post("/api/v1/create-layout", "{\"type\":\"FAQ\",\"faq\":[]}").status())
			.isEqualTo(403);
		assertThat(this.mongo.getCollection("layouts").countDocuments(new Document())).isZero();
	}

}
