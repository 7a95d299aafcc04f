package lms.systemtest;

import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;

/**
 * The course form of the admin app ({@code create-course}, {@code edit-course}): one
 * lesson whose {@code videoUrl} only buyers may see.
 *
 * @param name the course name
 * @param price the price in dollars, 0 for a free course
 * @param thumbnail a data URL, the stored {@code https} URL, or empty
 * @param category the category title the admin picked
 * @param lessonTitle the lesson's title
 * @param videoUrl the lesson's video id
 */
record CourseDraft(String name, int price, String thumbnail, String category, String lessonTitle, String videoUrl) {

	static CourseDraft of(String name, int price) {
		return new CourseDraft(name, price, "", "Testing", "One", "lesson-video");
	}

	CourseDraft withThumbnail(String thumbnail) {
		return new CourseDraft(this.name, this.price, thumbnail, this.category, this.lessonTitle, this.videoUrl);
	}

	CourseDraft withCategory(String category) {
		return new CourseDraft(this.name, this.price, this.thumbnail, category, this.lessonTitle, this.videoUrl);
	}

	CourseDraft withLesson(String title, String videoUrl) {
		return new CourseDraft(this.name, this.price, this.thumbnail, this.category, title, videoUrl);
	}

	String json() {
		return """
				{"name":%s,"description":"A course for the journeys","categories":%s,"price":%d,"estimatedPrice":%d,
				 "tags":"e2e","level":"Beginner","demoUrl":"demo-video","thumbnail":%s,"totalVideos":1,
				 "benefits":[{"title":"Confidence"}],"prerequisites":[{"title":"None"}],
				 "courseData":[{"title":%s,"description":"First","videoUrl":%s,"videoSection":"Start",
				   "videoLength":3,"links":[{"title":"Doc","url":"https://docs.example/1"}],"suggestion":"Go"}]}
				""".formatted(quote(this.name), quote(this.category), this.price, this.price + 10,
				quote(this.thumbnail), quote(this.lessonTitle), quote(this.videoUrl));
	}

	/** Creates the course as the admin app does and returns the stored course. */
	JsonNode create(Client admin) {
		return expect(201, admin.post("/api/v1/create-course", json())).get("course");
	}

	/** Creates the course and returns its id. */
	String createId(Client admin) {
		return create(admin).get("_id").asString();
	}

}
