package lms.course.video;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/** {@link VideoOtps} on VdoCipher's REST API: {@code POST /videos/{id}/otp}. */
class VdoCipherClient implements VideoOtps {

	static final String UNAVAILABLE = "Video service unavailable, try again shortly";

	static final String NOT_FOUND = "Video not found";

	private static final Logger log = LoggerFactory.getLogger(VdoCipherClient.class);

	private final VdoCipherProperties properties;

	private final HttpClient http;

	private final JsonMapper json;

	VdoCipherClient(VdoCipherProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public VideoOtp otp(String videoId) {
		HttpResponse<String> response = send(videoId);
		int status = response.statusCode();
		if (status == 200) {
			return parse(response.body());
		}
		if (status == 404) {
			throw ApiException.notFound(NOT_FOUND);
		}
		log.warn("VdoCipher answered {} for an OTP", status);
		throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

	private HttpResponse<String> send(String videoId) {
		URI uri = URI.create(this.properties.apiBase().replaceAll("/+$", "") + "/videos/"
				+ URLEncoder.encode(videoId, StandardCharsets.UTF_8) + "/otp");
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.timeout())
			.header("Authorization", "Apisecret " + this.properties.apiSecret())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"ttl\":" + this.properties.otpTtlSeconds() + "}"))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			log.warn("VdoCipher unreachable: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private VideoOtp parse(String body) {
		try {
			VideoOtp otp = this.json.readValue(body, VideoOtp.class);
			if (otp.otp() == null || otp.playbackInfo() == null) {
				throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
			}
			return otp;
		}
		catch (JacksonException ex) {
			log.warn("VdoCipher answered unreadable JSON");
			throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
		}
	}

}
