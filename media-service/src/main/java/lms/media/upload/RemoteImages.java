package lms.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import lms.kit.web.ApiException;

/**
 * Fetches an image given by URL so it is checked like any other before it is stored:
 * allowed schemes only, no private or loopback hosts (unless configured), each redirect
 * checked again, at most the size limit read, all within the fetch timeout.
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
		CompletableFuture<byte[]> download = CompletableFuture.supplyAsync(() -> follow(parse(url)),
				(task) -> Thread.ofVirtual().start(task));
		try {
			return download.get(this.limits.remoteTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			download.cancel(true);
			throw unfetchable("it took longer than " + this.limits.remoteTimeout().toSeconds() + " s");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof ApiException api) ? api : unfetchable("the request failed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unfetchable("the request was interrupted");
		}
	}

	private byte[] follow(URI uri) {
		URI next = uri;
		for (int hop = 0; hop <= this.limits.remoteRedirects(); hop++) {
			checkHost(next);
			HttpResponse<InputStream> response = send(next);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
				close(response.body());
				next = parse(next.resolve(response.headers().firstValue("Location").get()).toString());
				continue;
			}
			if (status != 200) {
				close(response.body());
				throw unfetchable("it answered HTTP " + status);
			}
			return read(response.body());
		}
		throw unfetchable("it redirected too often");
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

	private HttpResponse<InputStream> send(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.limits.remoteTimeout())
			.header("Accept", "image/*")
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw unfetchable("the request failed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unfetchable("the request was interrupted");
		}
	}

	private byte[] read(InputStream body) {
		try (body) {
			byte[] bytes = body.readNBytes((int) this.limits.maxSize().toBytes() + 1);
			if (bytes.length > this.limits.maxSize().toBytes()) {
				throw DataUrls.tooLarge(this.limits);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw unfetchable("reading it failed");
		}
	}

	private static void close(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ex) {
			// nothing more to read from a refused answer
		}
	}

	private static ApiException unfetchable(String why) {
		return ApiException.unprocessable("Could not fetch the image: " + why);
	}

}
