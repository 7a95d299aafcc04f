package lms.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The part of Stripe's HTTP API the SDK calls: {@code POST /v1/payment_intents}
 * (form-encoded) creates {@code pi_…} awaiting a payment method, {@code GET
 * /v1/payment_intents/{id}} retrieves it. Tests play the customer with
 * {@link #succeed(String)} and can change an intent as Stripe would report it. WireMock
 * parses the forms; the intents live here.
 */
public final class StripeStub implements AutoCloseable {

	public static final String SECRET_KEY = "sk_test_course_service";

	private final Map<String, Intent> intents = new ConcurrentHashMap<>();

	private final List<Map<String, String>> creations = new CopyOnWriteArrayList<>();

	private final AtomicInteger failWith = new AtomicInteger();

	private final WireMockServer server;

	public StripeStub() {
		ComputedAnswer intents = new ComputedAnswer("stripe-payment-intents", (event) -> answer(event.getRequest()));
		this.server = ComputedAnswer.server(false, intents);
		this.server.stubFor(any(urlPathMatching("/v1/payment_intents(/.*)?")).willReturn(intents.answer()));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Stops answering at once. */
	@Override
	public void close() {
		this.server.stop();
	}

	/** The form parameters of every creation, in order. */
	public List<Map<String, String>> creations() {
		return List.copyOf(this.creations);
	}

	/** Every intent the stub knows, in no particular order. */
	public List<Intent> intents() {
		return List.copyOf(this.intents.values());
	}

	public Intent intent(String id) {
		return this.intents.get(id);
	}

	/**
	 * The customer paid: the intent now reports {@code succeeded}.
	 * @return whether the stub knows the intent
	 */
	public boolean succeed(String id) {
		return this.intents.computeIfPresent(id, (k, i) -> i.with("succeeded", i.amount(), i.currency())) != null;
	}

	/** The intent as Stripe would now report it. */
	public void change(String id, String status, long amount, String currency) {
		this.intents.computeIfPresent(id, (k, i) -> i.with(status, amount, currency));
	}

	/** An intent created at Stripe by someone else, never through course-service. */
	public String createElsewhere(long amount, String currency, String status) {
		Intent intent = Intent.create(amount, currency).with(status, amount, currency);
		this.intents.put(intent.id(), intent);
		return intent.id();
	}

	/** The id of the intent whose client secret this is. */
	public String idOf(String clientSecret) {
		return clientSecret.substring(0, clientSecret.indexOf("_secret_"));
	}

	public void failWith(int status) {
		this.failWith.set(status);
	}

	public void recover() {
		this.failWith.set(0);
	}

	private ResponseDefinition answer(Request request) {
		if (!("Bearer " + SECRET_KEY).equals(request.getHeader("Authorization"))) {
			return error(401, "authentication_error", "Invalid API Key provided");
		}
		if (this.failWith.get() != 0) {
			return error(this.failWith.get(), "api_error", "Stripe is down");
		}
		return "POST".equals(request.getMethod().getName()) ? create(request) : retrieve(request);
	}

	private ResponseDefinition create(Request request) {
		Map<String, String> form = new LinkedHashMap<>();
		// the body as a form whatever its declared type, as Stripe's SDK sends it
		Urls.splitQuery(request.getBodyAsString())
			.values()
			.forEach((field) -> form.put(field.key(), field.firstValue()));
		this.creations.add(form);
		Intent intent = Intent.create(Long.parseLong(form.get("amount")), form.get("currency"));
		this.intents.put(intent.id(), intent);
		return ComputedAnswer.json(200, intent.json(form));
	}

	private ResponseDefinition retrieve(Request request) {
		String url = request.getUrl();
		String id = url.substring("/v1/payment_intents/".length()).replaceAll("\\?.*", "");
		Intent intent = this.intents.get(id);
		if (intent == null) {
			return error(404, "invalid_request_error", "No such payment_intent: '" + id + "'");
		}
		return ComputedAnswer.json(200, intent.json(Map.of()));
	}

	private static ResponseDefinition error(int status, String type, String message) {
		return ComputedAnswer.json(status, Map.of("error", Map.of("type", type, "message", message)));
	}

	/** A PaymentIntent as the stub keeps it. */
	public record Intent(String id, String clientSecret, String status, long amount, String currency) {

		static Intent create(long amount, String currency) {
			String id = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
			return new Intent(id, id + "_secret_" + UUID.randomUUID().toString().replace("-", ""),
					"requires_payment_method", amount, currency);
		}

		Intent with(String status, long amount, String currency) {
			return new Intent(this.id, this.clientSecret, status, amount, currency);
		}

		Map<String, Object> json(Map<String, String> form) {
			Map<String, String> metadata = new LinkedHashMap<>();
			form.forEach((key, value) -> {
				if (key.startsWith("metadata[")) {
					metadata.put(key.substring(9, key.length() - 1), value);
				}
			});
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("object", "payment_intent");
			json.put("amount", this.amount);
			json.put("currency", this.currency);
			json.put("status", this.status);
			json.put("client_secret", this.clientSecret);
			json.put("livemode", false);
			json.put("metadata", metadata);
			return json;
		}

	}

}
