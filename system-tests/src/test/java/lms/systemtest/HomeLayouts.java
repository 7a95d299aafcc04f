package lms.systemtest;

import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;

/**
 * The home page layouts (Banner, FAQ, Categories). A fresh system has none and answers
 * {@code layout: null}; the dashboards' first {@code edit-layout} creates one
 * ({@code FreshSystemJourneyIT}), these journeys create it with {@code create-layout}.
 */
final class HomeLayouts {

	private HomeLayouts() {
	}

	/**
	 * The layout of this type, created with this {@code create-layout} body if missing.
	 */
	static JsonNode ensure(Client admin, String type, String creation) {
		if (read(admin, type).isNull()) {
			expect(200, admin.post("/api/v1/create-layout", creation));
		}
		return read(admin, type);
	}

	/** The Categories layout, created with these titles if missing. */
	static JsonNode ensureCategories(Client admin, String... titles) {
		StringBuilder categories = new StringBuilder();
		for (String title : titles) {
			categories.append(categories.isEmpty() ? "" : ",")
				.append("{\"title\":")
				.append(Replies.quote(title))
				.append('}');
		}
		return ensure(admin, "Categories", "{\"type\":\"Categories\",\"categories\":[" + categories + "]}");
	}

	/**
	 * The title of the first category, the Categories layout created with these if
	 * missing.
	 */
	static String firstCategory(Client admin, String... titles) {
		return ensureCategories(admin, titles).get("categories").get(0).get("title").asString();
	}

	/** {@code get-layout/<type>} → {@code layout}, as every app reads it. */
	static JsonNode read(Client client, String type) {
		return expect(200, client.get("/api/v1/get-layout/" + type)).get("layout");
	}

}
