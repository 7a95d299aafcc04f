package lms.kit.http;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * {@link RestClient}s for calls between our own services and to the APIs we depend on:
 * HTTP/1.1, no redirects, and time-outs always stated.
 */
public final class RestClients {

	private RestClients() {
	}

	public static RestClient.Builder builder(Duration connectTimeout, Duration readTimeout) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(readTimeout);
		return RestClient.builder().requestFactory(factory);
	}

}
