package lms.kit.security;

import java.util.Map;

import lms.kit.security.TokenExtractor.RequestView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenExtractorTest {

	@Test
	void prefersBearerThenHeaderThenCookie() {
		assertThat(TokenExtractor.accessToken(
				request(Map.of("Authorization", "Bearer b", "access-token", "h"), Map.of("access_token", "c"))))
			.contains("b");
		assertThat(TokenExtractor.accessToken(request(Map.of("access-token", "h"), Map.of("access_token", "c"))))
			.contains("h");
		assertThat(TokenExtractor.accessToken(request(Map.of(), Map.of("access_token", "c")))).contains("c");
	}

	@Test
	void ignoresEmptyAndPlaceholderValues() {
		assertThat(TokenExtractor.accessToken(request(Map.of("Authorization", "Basic abc", "access-token", "undefined"),
				Map.of("access_token", " "))))
			.isEmpty();
		assertThat(TokenExtractor.accessToken(request(Map.of("Authorization", "bearer  t1 "), Map.of())))
			.contains("t1");
	}

	@Test
	void findsRefreshTokenInHeaderThenCookie() {
		assertThat(TokenExtractor.refreshToken(request(Map.of("refresh-token", "h"), Map.of("refresh_token", "c"))))
			.contains("h");
		assertThat(TokenExtractor.refreshToken(request(Map.of(), Map.of("refresh_token", "c")))).contains("c");
		assertThat(TokenExtractor.refreshToken(request(Map.of(), Map.of()))).isEmpty();
	}

	private static RequestView request(Map<String, String> headers, Map<String, String> cookies) {
		return RequestView.of(headers::get, cookies::get);
	}

}
