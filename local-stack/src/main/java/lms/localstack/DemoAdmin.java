package lms.localstack;

/**
 * The administrator identity-service creates at start when it does not exist yet.
 *
 * @param email the login
 * @param password the password
 * @param name the display name
 */
public record DemoAdmin(String email, String password, String name) {

	/**
	 * A fixed admin for tests; the local run generates its own password.
	 */
	public static final DemoAdmin DEFAULT = new DemoAdmin("admin@lms.local", "Local-Admin-Passw0rd", "Demo Admin");

}
