package lms.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;

import lms.kit.web.ApiException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Fetches an image given by URL so it is checked like any other before it is stored:
 * allowed schemes only, no private or loopback hosts (unless configured), each redirect
 * checked again and followed by hand (at most the configured number), at most the size
 * limit read. One deadline covers everything, headers and body of every hop: each hop's
 * request gets the time left, and Spring's JDK request factory cancels the exchange or
 * closes the body when it runs out, so a server that trickles bytes is cut off and the
 * thread and socket are freed.
 */
final class RemoteImages {

	private final UploadProperties limits;

	private final HttpClient http;

	RemoteImages(UploadProperties limits) {
		this.limits = limits;
		this.http = HttpClient.newBuilder()
			.connectTimeout(limits.remoteTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	boolean accepts(String file) {
		int colon = file.indexOf(':');
		return colon > 0 && this.limits.remoteSchemes().contains(file.substring(0, colon).toLowerCase());
	}

	byte[] fetch(String url) {
		long deadline = System.nanoTime() + this.limits.remoteTimeout().toNanos();
		URI next = parse(url);
		for (int hop = 0; hop <= this.limits.remoteRedirects(); hop++) {
			checkHost(next);
			Answer answer = get(next, deadline);
			if (answer.body() != null) {
				return answer.body();
			}
			next = parse(next.resolve(answer.location()).toString());
		}
		throw unfetchable("it redirected too often");
	}

	private Answer get(URI uri, long deadline) {
		Duration left = Duration.ofNanos(deadline - System.nanoTime());
		if (left.isNegative() || left.isZero()) {
			throw tookTooLong();
		}
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(this.http);
		requests.setReadTimeout(left);
		try {
			return RestClient.builder()
				.requestFactory(requests)
				.build()
				.get()
				.uri(uri)
				.accept(MediaType.parseMediaType("image/*"))
				.exchange((request, response) -> answer(response), true);
		}
		catch (ResourceAccessException ex) {
			throw (System.nanoTime() - deadline >= 0) ? tookTooLong() : unfetchable("the request failed");
		}
	}

	private Answer answer(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
		if (status >= 300 && status < 400 && location != null) {
			return new Answer(null, location);
		}
		if (status != 200) {
			throw unfetchable("it answered HTTP " + status);
		}
		return new Answer(read(response.getBody()), null);
	}

	private URI parse(String url) {
		try {
			URI uri = URI.create(url);
			if (uri.getHost() == null || !accepts(url)) {
				throw ApiException.badRequest("File must be an image data URL or an https URL");
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("File must be an image data URL or an https URL");
		}
	}

	private void checkHost(URI uri) {
		if (this.limits.remotePrivateAddresses()) {
			return;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (isPrivate(address)) {
					throw ApiException.unprocessable("Image URL must point at a public host");
				}
			}
		}
		catch (UnknownHostException ex) {
			throw unfetchable("its host is unknown");
		}
	}

	static boolean isPrivate(InetAddress address) {
		byte[] raw = address.getAddress();
		boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;
		boolean carrierNat = raw.length == 4 && (raw[0] & 0xFF) == 100 && (raw[1] & 0xC0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
	}

	/** Reads at most one byte past the size limit, which is refused. */
	private byte[] read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes((int) this.limits.maxSize().toBytes() + 1);
		if (bytes.length > this.limits.maxSize().toBytes()) {
			throw DataUrls.tooLarge(this.limits);
		}
		return bytes;
	}

	private ApiException tookTooLong() {
		Duration timeout = this.limits.remoteTimeout();
		String text = (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
		return unfetchable("it took longer than " + text);
	}

	private static ApiException unfetchable(String why) {
		return ApiException.unprocessable("Could not fetch the image: " + why);
	}

	/** A hop's outcome: the image, or where it moved. */
	private record Answer(byte[] body, String location) {
	}

}
