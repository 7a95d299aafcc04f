package lms.identity.user;

/**
 * The roles of the original: everyone is a {@code user}, some are {@code admin}.
 */
public final class Role {

	public static final String USER = "user";

	public static final String ADMIN = "admin";

	private Role() {
	}

}
