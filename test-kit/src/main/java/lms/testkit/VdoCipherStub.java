package lms.testkit;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * VdoCipher's OTP endpoint {@code POST /videos/{id}/otp} on WireMock: answers
 * {@code {otp, playbackInfo}} for known videos, 404 for others, 403 without the API
 * secret; can fail or hold its answer until the caller gives up.
 */
public final class VdoCipherStub implements AutoCloseable {

	public static final String API_SECRET = "vdo-test-secret";

	private static final String OTP = "/videos/[^/]+/otp";

	private static final UUID OUTAGE = UUID.fromString("00000000-0000-0000-0000-0000000000d0");

	private final WireMockServer server;

	public VdoCipherStub() {
		this.server = ComputedAnswer.server(false);
		this.server.stubFor(post(urlPathMatching(OTP)).atPriority(1)
			.withHeader("Authorization", not(equalTo("Apisecret " + API_SECRET)))
			.willReturn(json(403, "{\"message\":\"Invalid API secret\"}")));
		this.server.stubFor(
				post(urlPathMatching(OTP)).atPriority(9).willReturn(json(404, "{\"message\":\"Video not found\"}")));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public void upload(String videoId) {
		this.server.stubFor(post(urlEqualTo("/videos/" + videoId + "/otp")).atPriority(5).willReturn(otp()));
	}

	/** Answers an OTP for every video id, uploaded or not (the local run's stand-in). */
	public VdoCipherStub acceptingAnyVideo() {
		this.server.stubFor(post(urlPathMatching(OTP)).atPriority(5).willReturn(otp()));
		return this;
	}

	public synchronized void failWith(int status) {
		outage(json(status, "{\"message\":\"VdoCipher is down\"}"));
	}

	/** Answers nothing for 10 s, so the caller times out. */
	public synchronized void hang() {
		outage(json(503, "{\"message\":\"VdoCipher is down\"}").withFixedDelay(10_000));
	}

	public synchronized void recover() {
		this.server.getStubMappings()
			.stream()
			.filter((mapping) -> OUTAGE.equals(mapping.getId()))
			.forEach(this.server::removeStubMapping);
	}

	private void outage(ResponseDefinitionBuilder answer) {
		recover();
		this.server.stubFor(post(urlPathMatching(OTP)).atPriority(2).withId(OUTAGE).willReturn(answer));
	}

	private static ResponseDefinitionBuilder otp() {
		return json(200, "{\"otp\":\"otp-{{request.path.[1]}}\",\"playbackInfo\":\"info-{{request.path.[1]}}\"}")
			.withTransformers("response-template");
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** Stops answering at once. */
	@Override
	public void close() {
		this.server.stop();
	}

}
