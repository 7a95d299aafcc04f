package lms.systemtest;

/**
 * A user who signed up and activated their account, and the app they logged in with.
 *
 * @param name the display name
 * @param email the login
 * @param password the password
 * @param app the admin or mobile app holding this user's tokens from login
 */
record Member(String name, String email, String password, TokenClient app) {

	String id() {
		return Replies.expect(200, this.app.get("/api/v1/me")).get("user").get("_id").asString();
	}

}
