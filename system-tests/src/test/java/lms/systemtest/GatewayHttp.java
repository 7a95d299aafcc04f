package lms.systemtest;

import java.net.http.HttpClient;

import lms.testkit.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every call the journeys make to the gateway, each answer checked for the headers every
 * answer must carry (issue 15 §4b), whatever its status.
 */
final class GatewayHttp {

	private GatewayHttp() {
	}

	static TestHttp of(String gatewayUrl) {
		return new TestHttp(gatewayUrl).checking(GatewayHttp::securityHeaders);
	}

	static TestHttp of(String gatewayUrl, HttpClient client) {
		return new TestHttp(gatewayUrl, client).checking(GatewayHttp::securityHeaders);
	}

	/** Calls from another loopback address: another client, as the gateway sees it. */
	static TestHttp from(String gatewayUrl, String address) {
		return TestHttp.from(gatewayUrl, address).checking(GatewayHttp::securityHeaders);
	}

	private static void securityHeaders(TestHttp.Response response) {
		String call = response.raw().request().method() + " " + response.raw().uri().getPath() + " → "
				+ response.status();
		assertThat(response.header("X-Content-Type-Options")).as("nosniff on " + call).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as("Referrer-Policy on " + call).isNotBlank();
	}

}
