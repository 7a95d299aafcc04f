package lms.systemtest;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lms.testkit.TestHttp;

/**
 * The student web app in a browser: it never sends a token itself; the server's
 * {@code access_token} and {@code refresh_token} cookies travel in the cookie jar
 * ({@code credentials: "include"}). Like browsers, it treats the loopback address as a
 * secure origin, so {@code Secure} cookies work against the local run, and it says which
 * page sent each request ({@code Origin}, {@code Sec-Fetch-Site}): by default the web
 * app's origin the gateway admits, another site's page with {@link #onPageOf}.
 */
final class Browser implements Client {

	/** Where the local run's student web app is served (an allowed CORS origin). */
	static final String WEB_APP = "http://localhost:3000";

	private final String baseUrl;

	private final CookieManager jar;

	private final TestHttp http;

	private final String[] page;

	Browser(String baseUrl) {
		this(baseUrl, new CookieManager(null, CookiePolicy.ACCEPT_ALL), WEB_APP);
	}

	private Browser(String baseUrl, CookieManager jar, String pageOrigin) {
		this.baseUrl = baseUrl;
		this.jar = jar;
		this.http = GatewayHttp.of(baseUrl,
				HttpClient.newBuilder()
					.connectTimeout(Duration.ofSeconds(5))
					.cookieHandler(new LoopbackIsSecure(jar))
					.build());
		this.page = new String[] { "Origin", pageOrigin, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "cors" };
	}

	/** The same browser (cookies included) running a page of another origin. */
	Browser onPageOf(String origin) {
		return new Browser(this.baseUrl, this.jar, origin);
	}

	/**
	 * A link or image of another site pointing at the gateway: the browser sends the
	 * cookies, no {@code Origin}, and says the request is cross-site.
	 */
	TestHttp.Response followLinkFromAnotherSite(String path) {
		return this.http.get(path, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors");
	}

	@Override
	public TestHttp.Response get(String path) {
		return this.http.get(path, this.page);
	}

	@Override
	public TestHttp.Response post(String path, String json) {
		return this.http.postJson(path, json, this.page);
	}

	@Override
	public TestHttp.Response put(String path, String json) {
		return this.http.putJson(path, json, this.page);
	}

	@Override
	public TestHttp.Response delete(String path) {
		return this.http.delete(path, this.page);
	}

	/** The cookie the jar would send to the gateway, if any. */
	Optional<HttpCookie> cookie(String name) {
		return this.jar.getCookieStore()
			.get(LoopbackIsSecure.secure(URI.create(this.baseUrl + "/")))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.findFirst();
	}

	/** Browsers count http://127.0.0.1 and localhost as secure contexts. */
	private static final class LoopbackIsSecure extends CookieHandler {

		private final CookieManager delegate;

		LoopbackIsSecure(CookieManager delegate) {
			this.delegate = delegate;
		}

		static URI secure(URI uri) {
			boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
			return (loopback && "http".equals(uri.getScheme())) ? URI.create("https" + uri.toString().substring(4))
					: uri;
		}

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
			return this.delegate.get(secure(uri), requestHeaders);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
			this.delegate.put(secure(uri), responseHeaders);
		}

	}

}
