package lms.testkit;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The bearer tokens a stub's requests carried (the service credentials callers sent). */
public final class BearerTokens {

	private static final String BEARER = "Bearer ";

	private BearerTokens() {
	}

	/**
	 * The bearer token of each request that has one, in order.
	 * @param requests requests a WireMock stub received
	 * @return their tokens, without the {@code Bearer } prefix
	 */
	public static List<String> of(List<LoggedRequest> requests) {
		return requests.stream()
			.map((request) -> request.getHeader("Authorization"))
			.filter((header) -> header != null && header.startsWith(BEARER))
			.map((header) -> header.substring(BEARER.length()))
			.toList();
	}

}
