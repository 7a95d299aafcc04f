package lms.media.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

import lms.kit.web.ApiException;
import lms.media.upload.PublicHostsOnly.PrivateHost;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches an image given by URL so it is checked like any other before it is stored:
 * allowed schemes only, no private or loopback hosts (unless configured), each redirect
 * checked again and followed by hand (at most the configured number), at most the size
 * limit read. The host check sits in the client's own resolver ({@link PublicHostsOnly}),
 * so the checked address is the one connected to. One deadline covers everything, headers
 * and body of every hop: each hop's reads wait at most the time left, the body is read
 * against the deadline, and a cut exchange is cancelled rather than drained, so a server
 * that trickles bytes is cut off and the thread and socket are freed. Apache HttpClient
 * (already here for Cloudinary's SDK) because the JDK's client takes no resolver.
 */
final class RemoteImages implements AutoCloseable {

	private final UploadProperties limits;

	private final CloseableHttpClient http;

	RemoteImages(UploadProperties limits) {
		this(limits, SystemDefaultDnsResolver.INSTANCE);
	}

	RemoteImages(UploadProperties limits, DnsResolver dns) {
		this.limits = limits;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(limits.remotePrivateAddresses() ? dns : new PublicHostsOnly(dns))
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(Timeout.of(limits.remoteTimeout())).build())
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
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
			Answer answer = get(next, deadline);
			if (answer.body() != null) {
				return answer.body();
			}
			next = parse(next.resolve(answer.location()).toString());
		}
		throw unfetchable("it redirected too often");
	}

	private Answer get(URI uri, long deadline) {
		Duration left = left(deadline);
		HttpGet request = new HttpGet(uri);
		request.setHeader(HttpHeaders.ACCEPT, "image/*");
		request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(left)).build());
		try {
			return exchange(request, deadline);
		}
		catch (PrivateHost ex) {
			throw ApiException.unprocessable("Image URL must point at a public host");
		}
		catch (UnknownHostException ex) {
			throw unfetchable("its host is unknown");
		}
		catch (SocketTimeoutException ex) {
			// a wait times out only at the deadline (the connect's time-out is the whole
			// budget, the response's what was left of it, cut to the millisecond), so no
			// clock check: it could read a few microseconds before the deadline
			throw tookTooLong();
		}
		catch (IOException ex) {
			throw (System.nanoTime() - deadline >= 0) ? tookTooLong() : unfetchable("the request failed");
		}
	}

	/**
	 * Cancels a refused exchange before closing it, as closing alone would drain the body
	 * first.
	 */
	private Answer exchange(HttpGet request, long deadline) throws IOException {
		ClassicHttpResponse response = this.http.executeOpen(null, request, null);
		try {
			Answer answer = answer(response, deadline);
			response.close();
			return answer;
		}
		catch (IOException | RuntimeException ex) {
			request.cancel();
			try {
				response.close();
			}
			catch (IOException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
	}

	private Answer answer(ClassicHttpResponse response, long deadline) throws IOException {
		int status = response.getCode();
		Header location = response.getFirstHeader(HttpHeaders.LOCATION);
		if (status >= 300 && status < 400 && location != null) {
			return new Answer(null, location.getValue());
		}
		if (status != 200 || response.getEntity() == null) {
			throw unfetchable("it answered HTTP " + status);
		}
		return new Answer(read(response.getEntity().getContent(), deadline), null);
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

	/**
	 * Reads at most one byte past the size limit, which is refused, and nothing past the
	 * deadline.
	 */
	private byte[] read(InputStream body, long deadline) throws IOException {
		long max = this.limits.maxSize().toBytes();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		int read;
		while ((read = body.read(chunk, 0, (int) Math.min(chunk.length, max + 1 - bytes.size()))) > 0) {
			bytes.write(chunk, 0, read);
			if (bytes.size() > max) {
				throw DataUrls.tooLarge(this.limits);
			}
			left(deadline);
		}
		return bytes.toByteArray();
	}

	private Duration left(long deadline) {
		Duration left = Duration.ofNanos(deadline - System.nanoTime());
		if (left.isNegative() || left.isZero()) {
			throw tookTooLong();
		}
		return left;
	}

	private ApiException tookTooLong() {
		Duration timeout = this.limits.remoteTimeout();
		String text = (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
		return unfetchable("it took longer than " + text);
	}

	private static ApiException unfetchable(String why) {
		return ApiException.unprocessable("Could not fetch the image: " + why);
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

	/** A hop's outcome: the image, or where it moved. */
	private record Answer(byte[] body, String location) {
	}

}
