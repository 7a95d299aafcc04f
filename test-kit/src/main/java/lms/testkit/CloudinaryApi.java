package lms.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Cloudinary's upload and destroy endpoints, checking the API key, the timestamp and the
 * signature as Cloudinary does: the {@link CloudinaryStub}'s computed answer to every
 * request, from the form (multipart or URL-encoded) WireMock parsed.
 */
final class CloudinaryApi {

	private static final Pattern PATH = Pattern.compile("/v1_1/([^/]+)/([^/]+)/([^/]+)");

	private static final long MAX_CLOCK_SKEW_SECONDS = 3600;

	final List<StubRequest> requests = new CopyOnWriteArrayList<>();

	final Set<String> assets = ConcurrentHashMap.newKeySet();

	volatile int failStatus;

	volatile Duration delay = Duration.ZERO;

	private final Account account;

	CloudinaryApi(Account account) {
		this.account = account;
	}

	ResponseDefinition answer(ServeEvent event) {
		Request request = event.getRequest();
		Form form = form(request);
		String method = request.getMethod().getName();
		String url = request.getUrl();
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		Reply reply = answer(method, path, form);
		this.requests.add(new StubRequest(method, path, Collections.unmodifiableMap(new LinkedHashMap<>(form.fields())),
				form.fileSize(), reply.status()));
		return ResponseDefinitionBuilder.like(ComputedAnswer.json(reply.status(), reply.body()))
			.withFixedDelay((int) this.delay.toMillis())
			.build();
	}

	/** A binary {@code file} part stays out of the fields; {@code name[]} fields join. */
	private static Form form(Request request) {
		Map<String, String> fields = new LinkedHashMap<>();
		byte[] file = null;
		if (request.isMultipart()) {
			for (Request.Part part : request.getParts()) {
				if (part.getFileName() != null) {
					file = part.getBody().asBytes();
				}
				else {
					add(fields, part.getName(), part.getBody().asString());
				}
			}
		}
		else if (request.getBody().length > 0) {
			request.formParameters()
				.values()
				.forEach((field) -> field.values().forEach((value) -> add(fields, field.key(), value)));
		}
		return new Form(fields, (file != null) ? file : dataUri(fields.get("file")));
	}

	private static void add(Map<String, String> fields, String name, String value) {
		if (name.endsWith("[]")) {
			fields.merge(name.substring(0, name.length() - 2), value, (old, next) -> old + "," + next);
		}
		else {
			fields.put(name, value);
		}
	}

	private static byte[] dataUri(String file) {
		int comma = (file != null && file.startsWith("data:")) ? file.indexOf(";base64,") : -1;
		return (comma >= 0) ? Base64.getMimeDecoder().decode(file.substring(comma + 8)) : null;
	}

	private Reply answer(String method, String path, Form form) {
		if (this.failStatus != 0) {
			return Reply.error(this.failStatus, "Simulated outage (HTTP %d)".formatted(this.failStatus));
		}
		Matcher matcher = PATH.matcher(path);
		if (!"POST".equals(method) || !matcher.matches()) {
			return Reply.error(404, "No route for %s %s".formatted(method, path));
		}
		if (!this.account.cloudName().equals(matcher.group(1))) {
			return Reply.error(401, "Invalid cloud_name " + matcher.group(1));
		}
		Reply refused = authenticate(form.fields());
		if (refused != null) {
			return refused;
		}
		return switch (matcher.group(3)) {
			case "upload" -> upload(matcher.group(2), form);
			case "destroy" -> destroy(form.fields());
			default -> Reply.error(404, "Unsupported action " + matcher.group(3));
		};
	}

	private Reply authenticate(Map<String, String> fields) {
		String key = fields.get("api_key");
		if (key == null) {
			return Reply.error(401, "Must supply api_key");
		}
		if (!this.account.apiKey().equals(key)) {
			return Reply.error(401, "Unknown API key " + key);
		}
		String timestamp = fields.get("timestamp");
		if (timestamp == null || !timestamp.matches("\\d{1,18}")) {
			return Reply.error(400, "Missing required parameter - timestamp");
		}
		if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
			return Reply.error(400,
					"Stale request - reported time is %s which is more than 1 hour ago".formatted(timestamp));
		}
		if (!CloudinarySignature.verify(fields, this.account.apiSecret())) {
			return Reply.error(401, "Invalid Signature %s. String to sign - '%s'.".formatted(fields.get("signature"),
					CloudinarySignature.stringToSign(fields)));
		}
		return null;
	}

	private Reply upload(String resourceType, Form form) {
		if (!form.fields().containsKey("file") && form.file() == null) {
			return Reply.error(400, "Missing required parameter - file");
		}
		UploadedAsset asset = UploadedAsset.of(this.account.cloudName(), resourceType, form.fields(), form.file());
		this.assets.add(asset.publicId());
		return new Reply(200, asset.toJson());
	}

	private Reply destroy(Map<String, String> fields) {
		String publicId = fields.get("public_id");
		if (publicId == null || publicId.isBlank()) {
			return Reply.error(400, "Missing required parameter - public_id");
		}
		return new Reply(200, Map.of("result", this.assets.remove(publicId) ? "ok" : "not found"));
	}

	/** A form's fields and its file (a binary part, or a data URI in {@code file}). */
	record Form(Map<String, String> fields, byte[] file) {

		long fileSize() {
			return (this.file != null) ? this.file.length : 0;
		}

	}

	/** A status and a JSON object. */
	record Reply(int status, Map<String, Object> body) {

		static Reply error(int status, String message) {
			return new Reply(status, Map.of("error", Map.of("message", message)));
		}

	}

	/** A Cloudinary account: cloud name, API key and secret. */
	record Account(String cloudName, String apiKey, String apiSecret) {
	}

}
