package lms.course.video;

import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link VideoOtps} on VdoCipher's REST API: {@code POST /videos/{id}/otp}. Unknown video
 * 404, any other answer 502, no answer in time or no connection 503.
 */
class VdoCipherClient implements VideoOtps {

	static final String UNAVAILABLE = "Video service unavailable, try again shortly";

	static final String NOT_FOUND = "Video not found";

	private static final Logger log = LoggerFactory.getLogger(VdoCipherClient.class);

	private final RestClient rest;

	private final int otpTtlSeconds;

	private final JsonMapper json;

	/**
	 * @param rest a client with VdoCipher's API base, time-outs and API secret
	 */
	VdoCipherClient(RestClient rest, int otpTtlSeconds, JsonMapper json) {
		this.rest = rest;
		this.otpTtlSeconds = otpTtlSeconds;
		this.json = json;
	}

	@Override
	public VideoOtp otp(String videoId) {
		try {
			return this.rest.post()
				.uri("/videos/{id}/otp", videoId)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body("{\"ttl\":" + this.otpTtlSeconds + "}")
				.exchange(
						(request, response) -> answer(response.getStatusCode().value(), response.bodyTo(String.class)));
		}
		catch (RestClientException ex) {
			log.warn("VdoCipher unreachable: {}", ex.toString());
			throw ApiException.unavailable(UNAVAILABLE);
		}
	}

	private VideoOtp answer(int status, String body) {
		if (status == 200) {
			return parse(body);
		}
		if (status == 404) {
			throw ApiException.notFound(NOT_FOUND);
		}
		log.warn("VdoCipher answered {} for an OTP", status);
		throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
	}

	private VideoOtp parse(String body) {
		try {
			VideoOtp otp = this.json.readValue(body, VideoOtp.class);
			if (otp.otp() == null || otp.playbackInfo() == null) {
				throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
			}
			return otp;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("VdoCipher answered unreadable JSON");
			throw new ApiException(HttpStatus.BAD_GATEWAY, UNAVAILABLE);
		}
	}

}
