package lms.testkit;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

/**
 * The part of Stripe's HTTP API the SDK calls: {@code POST /v1/payment_intents}
 * (form-encoded) creates {@code pi_…} awaiting a payment method, {@code GET
 * /v1/payment_intents/{id}} retrieves it. Tests play the customer with
 * {@link #succeed(String)} and can change an intent as Stripe would report it.
 */
public final class StripeStub extends StubServer {

	public static final String SECRET_KEY = "sk_test_course_service";

	private final Map<String, Intent> intents = new ConcurrentHashMap<>();

	private final List<Map<String, String>> creations = new CopyOnWriteArrayList<>();

	private final AtomicInteger failWith = new AtomicInteger();

	public StripeStub() {
		super("/v1/payment_intents");
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

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		if (!("Bearer " + SECRET_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			reply(exchange, 401, error("authentication_error", "Invalid API Key provided"));
		}
		else if (this.failWith.get() != 0) {
			reply(exchange, this.failWith.get(), error("api_error", "Stripe is down"));
		}
		else if ("POST".equals(exchange.getRequestMethod())) {
			create(exchange);
		}
		else {
			retrieve(exchange);
		}
	}

	private void create(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.creations.add(form);
		Intent intent = Intent.create(Long.parseLong(form.get("amount")), form.get("currency"));
		this.intents.put(intent.id(), intent);
		reply(exchange, 200, intent.json(form));
	}

	private void retrieve(HttpExchange exchange) throws IOException {
		String id = exchange.getRequestURI().getPath().substring("/v1/payment_intents/".length());
		Intent intent = this.intents.get(id);
		if (intent == null) {
			reply(exchange, 404, error("invalid_request_error", "No such payment_intent: '" + id + "'"));
			return;
		}
		reply(exchange, 200, intent.json(Map.of()));
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return form;
	}

	private static String error(String type, String message) {
		return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
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

		String json(Map<String, String> form) {
			StringBuilder metadata = new StringBuilder();
			form.forEach((key, value) -> {
				if (key.startsWith("metadata[")) {
					metadata.append(metadata.isEmpty() ? "" : ",")
						.append('"')
						.append(key, 9, key.length() - 1)
						.append("\":\"")
						.append(value)
						.append('"');
				}
			});
			return """
					{"id":"%s","object":"payment_intent","amount":%d,"currency":"%s","status":"%s",
					 "client_secret":"%s","livemode":false,"metadata":{%s}}""".formatted(this.id, this.amount,
					this.currency, this.status, this.clientSecret, metadata);
		}

	}

}
