package lms.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudinaryStubTest {

	@AutoClose
	private final CloudinaryStub stub = CloudinaryStub.create("demo", "key-1", "secret-1");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void describesItselfForTheSdk() {
		assertThat(this.stub.cloudinaryUrl()).isEqualTo("cloudinary://key-1:secret-1@demo");
		assertThat(this.stub.uploadPrefix()).isEqualTo("http://127.0.0.1:" + this.stub.port());
	}

	@Test
	void signsLikeCloudinaryDocumentsIt() {
		Map<String, String> params = Map.of("public_id", "sample_image", "timestamp", "1315060510", "eager",
				"w_400,h_300,c_pad|w_260,h_200,c_crop", "api_key", "1234", "file", "https://example.test/a.jpg");

		assertThat(CloudinarySignature.stringToSign(params))
			.isEqualTo("eager=w_400,h_300,c_pad|w_260,h_200,c_crop&public_id=sample_image&timestamp=1315060510");
		assertThat(CloudinarySignature.sign(params, "abcd")).isEqualTo("bfd09f95f331f558cbd1320e67aa8d488770583e");
	}

	@Test
	void uploadsAMultipartImageAndDestroysIt() throws Exception {
		HttpResponse<String> upload = multipart(signed(Map.of("folder", "avatars", "tags", "a,b")), png(3, 2));

		assertThat(upload.statusCode()).isEqualTo(200);
		String publicId = this.stub.storedPublicIds().iterator().next();
		assertThat(publicId).startsWith("avatars/");
		assertThat(upload.body()).contains("\"public_id\":\"" + publicId + "\"")
			.contains("\"secure_url\":\"https://res.cloudinary.test/demo/image/upload/v1/" + publicId + ".png\"")
			.contains("\"width\":3", "\"height\":2", "\"format\":\"png\"", "\"resource_type\":\"image\"",
					"\"tags\":[\"a\",\"b\"]");

		HttpResponse<String> destroy = urlEncoded("destroy", signed(Map.of("public_id", publicId)));
		HttpResponse<String> again = urlEncoded("destroy", signed(Map.of("public_id", publicId)));

		assertThat(destroy.body()).isEqualTo("{\"result\":\"ok\"}");
		assertThat(again.body()).isEqualTo("{\"result\":\"not found\"}");
		assertThat(this.stub.requests()).extracting(StubRequest::action, StubRequest::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("upload", 200),
					org.assertj.core.groups.Tuple.tuple("destroy", 200),
					org.assertj.core.groups.Tuple.tuple("destroy", 200));
		assertThat(this.stub.requests().get(0).fileSize()).isPositive();
		assertThat(this.stub.requests().get(0).param("folder")).isEqualTo("avatars");
	}

	@Test
	void usesTheGivenPublicIdInsideTheFolder() throws Exception {
		HttpResponse<String> upload = urlEncoded("upload",
				signed(Map.of("folder", "covers", "public_id", "c1", "file", "data:image/png;base64,iVBORw0KGgo=")));

		assertThat(upload.body()).contains("\"public_id\":\"covers/c1\"");
	}

	@Test
	void refusesAWrongSignatureOrKey() throws Exception {
		Map<String, String> tampered = new LinkedHashMap<>(signed(Map.of("folder", "avatars")));
		tampered.put("folder", "elsewhere");
		Map<String, String> wrongKey = new LinkedHashMap<>(signed(Map.of("public_id", "x")));
		wrongKey.put("api_key", "other");

		HttpResponse<String> badSignature = multipart(tampered, png(1, 1));
		HttpResponse<String> badKey = urlEncoded("destroy", wrongKey);

		assertThat(badSignature.statusCode()).isEqualTo(401);
		assertThat(badSignature.body()).startsWith("{\"error\":{\"message\":\"Invalid Signature ");
		assertThat(badKey.statusCode()).isEqualTo(401);
		assertThat(this.stub.storedPublicIds()).isEmpty();
	}

	@Test
	void simulatesAnOutageAndSlowness() throws Exception {
		this.stub.failWith(503);
		assertThat(multipart(signed(Map.of()), png(1, 1)).statusCode()).isEqualTo(503);

		this.stub.recover();
		this.stub.delay(Duration.ofMillis(300));
		long start = System.nanoTime();
		assertThat(multipart(signed(Map.of()), png(1, 1)).statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

		this.stub.reset();
		assertThat(this.stub.requests()).isEmpty();
	}

	private Map<String, String> signed(Map<String, String> params) {
		Map<String, String> signed = new LinkedHashMap<>(params);
		signed.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
		signed.put("signature", CloudinarySignature.sign(signed, this.stub.apiSecret()));
		signed.put("api_key", this.stub.apiKey());
		return signed;
	}

	private HttpResponse<String> multipart(Map<String, String> fields, byte[] file) throws Exception {
		String boundary = "kit-boundary-42";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n"
					+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n")
				.formatted(boundary, field.getKey(), field.getValue())
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.formatted(boundary)
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes("\r\n--%s--\r\n".formatted(boundary).getBytes(StandardCharsets.UTF_8));
		return post("upload", "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private HttpResponse<String> urlEncoded(String action, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return post(action, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String action, String contentType, byte[] body) throws Exception {
		URI uri = URI.create(this.stub.uploadPrefix() + "/v1_1/demo/image/" + action);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
		return png.toByteArray();
	}

}
