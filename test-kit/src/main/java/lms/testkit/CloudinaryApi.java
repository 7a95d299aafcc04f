package lms.testkit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Cloudinary's upload and destroy endpoints, checking the API key, the timestamp and the
 * signature as Cloudinary does.
 */
final class CloudinaryApi implements HttpHandler {

	private static final Pattern PATH = Pattern.compile("/v1_1/([^/]+)/([^/]+)/([^/]+)");

	private static final long MAX_CLOCK_SKEW_SECONDS = 3600;

	final List<StubRequest> requests = new CopyOnWriteArrayList<>();

	final Set<String> assets = ConcurrentHashMap.newKeySet();

	volatile int failStatus;

	volatile Duration delay = Duration.ZERO;

	private final String cloudName;

	private final String apiKey;

	private final String apiSecret;

	CloudinaryApi(String cloudName, String apiKey, String apiSecret) {
		this.cloudName = cloudName;
		this.apiKey = apiKey;
		this.apiSecret = apiSecret;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			FormParser.Form form = FormParser.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestBody().readAllBytes());
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			JsonReply reply = answer(method, path, form);
			this.requests.add(new StubRequest(method, path,
					Collections.unmodifiableMap(new LinkedHashMap<>(form.fields())), form.fileSize(), reply.status()));
			pause();
			reply.send(exchange);
		}
	}

	private JsonReply answer(String method, String path, FormParser.Form form) {
		if (this.failStatus != 0) {
			return JsonReply.error(this.failStatus, "Simulated outage (HTTP %d)".formatted(this.failStatus));
		}
		Matcher matcher = PATH.matcher(path);
		if (!"POST".equals(method) || !matcher.matches()) {
			return JsonReply.error(404, "No route for %s %s".formatted(method, path));
		}
		if (!this.cloudName.equals(matcher.group(1))) {
			return JsonReply.error(401, "Invalid cloud_name " + matcher.group(1));
		}
		JsonReply refused = authenticate(form.fields());
		if (refused != null) {
			return refused;
		}
		return switch (matcher.group(3)) {
			case "upload" -> upload(matcher.group(2), form);
			case "destroy" -> destroy(form.fields());
			default -> JsonReply.error(404, "Unsupported action " + matcher.group(3));
		};
	}

	private JsonReply authenticate(Map<String, String> fields) {
		String key = fields.get("api_key");
		if (key == null) {
			return JsonReply.error(401, "Must supply api_key");
		}
		if (!this.apiKey.equals(key)) {
			return JsonReply.error(401, "Unknown API key " + key);
		}
		String timestamp = fields.get("timestamp");
		if (timestamp == null || !timestamp.matches("\\d{1,18}")) {
			return JsonReply.error(400, "Missing required parameter - timestamp");
		}
		if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
			return JsonReply.error(400,
					"Stale request - reported time is %s which is more than 1 hour ago".formatted(timestamp));
		}
		if (!CloudinarySignature.verify(fields, this.apiSecret)) {
			return JsonReply.error(401, "Invalid Signature %s. String to sign - '%s'."
				.formatted(fields.get("signature"), CloudinarySignature.stringToSign(fields)));
		}
		return null;
	}

	private JsonReply upload(String resourceType, FormParser.Form form) {
		if (!form.fields().containsKey("file") && form.file() == null) {
			return JsonReply.error(400, "Missing required parameter - file");
		}
		UploadedAsset asset = UploadedAsset.of(this.cloudName, resourceType, form.fields(), form.file());
		this.assets.add(asset.publicId());
		return new JsonReply(200, asset.toJson());
	}

	private JsonReply destroy(Map<String, String> fields) {
		String publicId = fields.get("public_id");
		if (publicId == null || publicId.isBlank()) {
			return JsonReply.error(400, "Missing required parameter - public_id");
		}
		return new JsonReply(200, Map.of("result", this.assets.remove(publicId) ? "ok" : "not found"));
	}

	private void pause() {
		try {
			Thread.sleep(this.delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
