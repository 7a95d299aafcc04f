package lms.systemtest;

import java.util.ArrayList;
import java.util.List;

import lms.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The admin and mobile apps: they keep the {@code accessToken} and {@code refreshToken}
 * of the login answer and send them as the {@code access-token} and {@code refresh-token}
 * headers on every call, never reading new ones.
 */
record TokenClient(TestHttp http, String accessToken, String refreshToken) implements Client {

	/** A client that has not logged in yet. */
	static TokenClient anonymous(String gatewayUrl) {
		return new TokenClient(GatewayHttp.of(gatewayUrl), null, null);
	}

	/**
	 * A client that has not logged in yet, calling a service directly (no gateway, so
	 * none of the gateway's headers are expected).
	 */
	static TokenClient direct(String serviceUrl) {
		return new TokenClient(new TestHttp(serviceUrl), null, null);
	}

	/** A client that has not logged in yet, at another (loopback) address. */
	static TokenClient anonymousFrom(String gatewayUrl, String address) {
		return new TokenClient(GatewayHttp.from(gatewayUrl, address), null, null);
	}

	/** The same client holding the tokens of a login answer. */
	TokenClient keeping(JsonNode login) {
		return withTokens(login.get("accessToken").asString(), login.get("refreshToken").asString());
	}

	TokenClient withTokens(String access, String refresh) {
		return new TokenClient(this.http, access, refresh);
	}

	@Override
	public TestHttp.Response get(String path) {
		return this.http.get(path, headers());
	}

	@Override
	public TestHttp.Response post(String path, String json) {
		return this.http.postJson(path, json, headers());
	}

	@Override
	public TestHttp.Response put(String path, String json) {
		return this.http.putJson(path, json, headers());
	}

	@Override
	public TestHttp.Response delete(String path) {
		return this.http.delete(path, headers());
	}

	private String[] headers() {
		List<String> headers = new ArrayList<>();
		if (this.accessToken != null) {
			headers.addAll(List.of("access-token", this.accessToken));
		}
		if (this.refreshToken != null) {
			headers.addAll(List.of("refresh-token", this.refreshToken));
		}
		return headers.toArray(String[]::new);
	}

}
