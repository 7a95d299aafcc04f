package lms.systemtest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in student visits another site whose page makes the browser call the gateway
 * with the student's cookies: refused, nothing changes. The web app itself, from its
 * configured origin, and the header-token apps keep working.
 */
class CrossSiteJourneyIT extends Journey {

	static final String EVIL = "https://evil.example.com";

	static final String REFUSED = "Cross-site request refused";

	@Test
	void anotherSitesPageCannotRenameOrLogOutAStudent() {
		Browser browser = signedInBrowser("Cara Cookie");

		assertThat(expectError(403, browser.onPageOf(EVIL).put("/api/v1/update-user-info", "{\"name\":\"Pwned\"}")))
			.isEqualTo(REFUSED);
		assertThat(expectError(403, browser.followLinkFromAnotherSite("/api/v1/logout"))).isEqualTo(REFUSED);
		assertThat(expectError(403, browser.followLinkFromAnotherSite("/api/v1/logout-all"))).isEqualTo(REFUSED);

		assertName(expect(200, browser.get("/api/v1/me")), "Cara Cookie");
	}

	@Test
	void theWebAppFromItsOriginAndTheHeaderAppsKeepWorking() {
		Browser browser = signedInBrowser("Dan Dual");
		Member app = accounts.newMember("Hana Header");

		expect(200, browser.put("/api/v1/update-user-info", "{\"name\":\"Dan Renamed\"}"));
		assertName(expect(200, browser.get("/api/v1/me")), "Dan Renamed");
		expect(200, app.app().put("/api/v1/update-user-info", "{\"name\":\"Hana Renamed\"}"));
		assertName(expect(200, app.app().get("/api/v1/me")), "Hana Renamed");

		expect(200, browser.get("/api/v1/logout"));
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
	}

	private Browser signedInBrowser(String name) {
		Browser browser = new Browser(gatewayUrl);
		String email = Accounts.newEmail("cookie");
		accounts.signUp(browser, name, email, Accounts.PASSWORD);
		Accounts.logIn(browser, email, Accounts.PASSWORD);
		return browser;
	}

	private static void assertName(JsonNode me, String name) {
		assertThat(me.get("user").get("name").asString()).isEqualTo(name);
	}

}
