package lms.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import lms.testkit.StripeStub;

/**
 * The local payment provider's counter, on 127.0.0.1: {@code GET /} lists the
 * PaymentIntents course-service created with a "Mark paid" button each, and
 * {@code POST /pay/<id>} marks one paid (answering JSON, or going back to the list for a
 * browser), as a customer completing Stripe's checkout would.
 */
final class PaymentDesk implements AutoCloseable {

	private static final String PAY = "/pay/";

	private final HttpServer server;

	private final StripeStub stripe;

	private PaymentDesk(HttpServer server, StripeStub stripe) {
		this.server = server;
		this.stripe = stripe;
	}

	static PaymentDesk start(StripeStub stripe) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			PaymentDesk desk = new PaymentDesk(server, stripe);
			server.createContext("/", (exchange) -> {
				try (exchange) {
					desk.handle(exchange);
				}
			});
			server.start();
			return desk;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local payment desk", ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		if ("GET".equals(method) && "/".equals(path)) {
			reply(exchange, 200, "text/html", page());
		}
		else if ("POST".equals(method) && path.startsWith(PAY)) {
			pay(exchange, path.substring(PAY.length()));
		}
		else {
			reply(exchange, 404, "application/json", "{\"error\":\"Not found\"}");
		}
	}

	private void pay(HttpExchange exchange, String id) throws IOException {
		if (!this.stripe.succeed(id)) {
			reply(exchange, 404, "application/json", "{\"error\":\"No such payment_intent\"}");
		}
		else if (String.valueOf(exchange.getRequestHeaders().getFirst("Accept")).contains("text/html")) {
			exchange.getResponseHeaders().add("Location", "/");
			exchange.sendResponseHeaders(303, -1);
		}
		else {
			reply(exchange, 200, "application/json", "{\"id\":\"" + id + "\",\"status\":\"succeeded\"}");
		}
	}

	private String page() {
		StringBuilder rows = new StringBuilder();
		this.stripe.intents()
			.stream()
			.sorted(Comparator.comparing(StripeStub.Intent::id))
			.forEach((intent) -> rows.append("<tr><td><code>")
				.append(escape(intent.id()))
				.append("</code></td><td>")
				.append(intent.amount())
				.append(' ')
				.append(escape(intent.currency()))
				.append("</td><td>")
				.append(escape(intent.status()))
				.append("</td><td>")
				.append("succeeded".equals(intent.status()) ? ""
						: "<form method=\"post\" action=\"/pay/" + escape(intent.id())
								+ "\"><button>Mark paid</button></form>")
				.append("</td></tr>"));
		return """
				<!doctype html><html><head><meta charset="utf-8"><title>Local payment provider</title></head>
				<body><h1>Local payment provider</h1>
				<p>A stand-in for Stripe in the local run only: it runs because no Stripe key is configured.
				Mark a PaymentIntent paid as the customer would by completing checkout, then place the order.</p>
				<table border="1" cellpadding="6"><tr><th>PaymentIntent</th><th>amount (minor units)</th>
				<th>status</th><th></th></tr>%s</table></body></html>""".formatted(rows);
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

	private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
