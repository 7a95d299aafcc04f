package lms.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A local stand-in for Cloudinary's upload API on WireMock at 127.0.0.1 and a free port,
 * for the real Cloudinary SDK pointed at {@link #uploadPrefix()}. It answers {@code POST
 * /v1_1/{cloud}/{resource_type}/upload} and {@code .../destroy} like Cloudinary, checks
 * API key, timestamp and signature (401 JSON error when wrong), and records every
 * request.
 */
public final class CloudinaryStub implements AutoCloseable {

	private static final JvmShared<CloudinaryStub> SHARED = new JvmShared<>("cloudinary-stub",
			() -> create("lms-test", "test-key", "test-secret"));

	private final CloudinaryApi.Account account;

	private final CloudinaryApi api;

	private final WireMockServer server;

	private CloudinaryStub(String cloudName, String apiKey, String apiSecret) {
		this.account = new CloudinaryApi.Account(cloudName, apiKey, apiSecret);
		this.api = new CloudinaryApi(this.account);
		ComputedAnswer answer = new ComputedAnswer("cloudinary-api", this.api::answer);
		this.server = ComputedAnswer.server(false, answer);
		this.server.stubFor(any(anyUrl()).willReturn(answer.answer()));
	}

	/**
	 * The stub shared by every test of this JVM, started on first use, with cloud
	 * {@code lms-test}, key {@code test-key} and secret {@code test-secret}.
	 * @return the shared stub
	 */
	public static CloudinaryStub shared() {
		return SHARED.get();
	}

	/**
	 * A started stub of the caller's own; the caller closes it.
	 * @param cloudName the cloud name
	 * @param apiKey the API key
	 * @param apiSecret the API secret
	 * @return a new running stub
	 */
	public static CloudinaryStub create(String cloudName, String apiKey, String apiSecret) {
		return new CloudinaryStub(cloudName, apiKey, apiSecret);
	}

	public String cloudName() {
		return this.account.cloudName();
	}

	public String apiKey() {
		return this.account.apiKey();
	}

	public String apiSecret() {
		return this.account.apiSecret();
	}

	public int port() {
		return this.server.port();
	}

	/**
	 * The SDK's {@code upload_prefix} setting.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String uploadPrefix() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * The SDK's {@code CLOUDINARY_URL}.
	 * @return {@code cloudinary://<key>:<secret>@<cloud>}
	 */
	public String cloudinaryUrl() {
		return "cloudinary://%s:%s@%s".formatted(this.account.apiKey(), this.account.apiSecret(),
				this.account.cloudName());
	}

	/**
	 * Every request received since the last {@link #reset()}, oldest first.
	 * @return the requests
	 */
	public List<StubRequest> requests() {
		return List.copyOf(this.api.requests);
	}

	/**
	 * The public ids uploaded and not destroyed yet.
	 * @return the public ids, folder included
	 */
	public Set<String> storedPublicIds() {
		return Set.copyOf(this.api.assets);
	}

	/**
	 * Simulates an outage: every request is answered with this status until
	 * {@link #recover()}.
	 * @param status e.g. 500 or 503
	 */
	public void failWith(int status) {
		this.api.failStatus = status;
	}

	public void recover() {
		this.api.failStatus = 0;
	}

	/**
	 * Simulates slowness: every answer waits this long.
	 * @param delay the delay, {@link Duration#ZERO} for none
	 */
	public void delay(Duration delay) {
		this.api.delay = delay;
	}

	/**
	 * Forgets requests and stored assets, recovers from a simulated outage, drops the
	 * delay.
	 */
	public void reset() {
		recover();
		delay(Duration.ZERO);
		this.api.requests.clear();
		this.api.assets.clear();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
