package lms.kit.security;

/**
 * The scopes of service tokens, one per kind of internal call; identity grants each to
 * the clients named in {@code lms.identity.service-clients.<id>.scopes}.
 */
public final class ServiceScopes {

	/** identity's {@code GET /internal/users/{id}} (course-service). */
	public static final String USERS_READ = "users:read";

	/**
	 * identity's {@code POST /internal/sessions/refresh} (the gateway's silent refresh).
	 */
	public static final String SESSIONS_REFRESH = "sessions:refresh";

	/** media's {@code POST /internal/media/uploads} (identity, course-service). */
	public static final String MEDIA_UPLOAD = "media:upload";

	/**
	 * The client address the gateway tells identity (header
	 * {@code X-LMS-Client-Address}), believed only with this scope (the gateway).
	 */
	public static final String CLIENT_ADDRESS = "client-address:vouch";

	private ServiceScopes() {
	}

}
