package lms.kit.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the tokens wherever the contract's clients send them. It reads the request
 * through a {@link RequestView}, so servlet and reactive callers share it.
 */
public final class TokenExtractor {

	public static final String ACCESS_HEADER = "access-token";

	public static final String ACCESS_COOKIE = "access_token";

	public static final String REFRESH_HEADER = "refresh-token";

	public static final String REFRESH_COOKIE = "refresh_token";

	private static final String BEARER = "bearer ";

	private TokenExtractor() {
	}

	/**
	 * {@code Authorization: Bearer}, then header {@code access-token}, then cookie
	 * {@code access_token}.
	 */
	public static Optional<String> accessToken(RequestView request) {
		return bearer(request.header("Authorization")).or(() -> usable(request.header(ACCESS_HEADER)))
			.or(() -> usable(request.cookie(ACCESS_COOKIE)));
	}

	/** Header {@code refresh-token}, then cookie {@code refresh_token}. */
	public static Optional<String> refreshToken(RequestView request) {
		return usable(request.header(REFRESH_HEADER)).or(() -> usable(request.cookie(REFRESH_COOKIE)));
	}

	private static Optional<String> bearer(String authorization) {
		if (authorization == null || authorization.length() <= BEARER.length()
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Optional.empty();
		}
		return usable(authorization.substring(BEARER.length()));
	}

	// The admin client sends the literal "undefined" when it has no token.
	private static Optional<String> usable(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String trimmed = value.trim();
		boolean absent = trimmed.isEmpty() || trimmed.equals("undefined") || trimmed.equals("null");
		return absent ? Optional.empty() : Optional.of(trimmed);
	}

	/**
	 * The parts of a request the extractor reads; each returns null when absent.
	 */
	public interface RequestView {

		String header(String name);

		String cookie(String name);

		static RequestView of(Function<String, String> headers, Function<String, String> cookies) {
			return new RequestView() {

				@Override
				public String header(String name) {
					return headers.apply(name);
				}

				@Override
				public String cookie(String name) {
					return cookies.apply(name);
				}

			};
		}

	}

}
