package lms.systemtest;

import lms.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;

/**
 * The home page layouts (Banner, FAQ, Categories). No app ever creates one; a fresh
 * system has none, so the admin creates it once before the apps can read or edit it.
 */
final class HomeLayouts {

	private HomeLayouts() {
	}

	/**
	 * The layout of this type, created with this {@code create-layout} body if missing.
	 */
	static JsonNode ensure(Client admin, String type, String creation) {
		TestHttp.Response found = admin.get("/api/v1/get-layout/" + type);
		if (found.status() == 404) {
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

	/** {@code get-layout/<type>} → {@code layout}, as every app reads it. */
	static JsonNode read(Client client, String type) {
		return expect(200, client.get("/api/v1/get-layout/" + type)).get("layout");
	}

}
