package lms.kit.security;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import lms.kit.http.RestClients;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A JWKS published over HTTP, as Nimbus's {@link JWKSourceBuilder} keeps it: fetched on
 * first use, refreshed in the background before it ages out, refetched when an unknown
 * {@code kid} shows up (at most once per interval), and served from memory while the
 * publisher is down.
 */
public final class IdentityKeys {

	/** How long before the cache ages out a background refresh starts. */
	private static final long REFRESH_AHEAD_MILLIS = 30_000;

	private IdentityKeys() {
	}

	/** identity's JWKS: only its public P-256 signing keys count. */
	public static JWKSource<SecurityContext> remote(URI jwksUri, SecurityProperties properties) {
		return new SigningKeysOnly(published(jwksUri, properties.jwksTimeout(), properties.jwksMaxAge(),
				properties.jwksRefreshMinInterval()));
	}

	/**
	 * Any publisher's JWKS (identity's, an OpenID provider's), cached for {@code maxAge},
	 * refetched for an unknown kid at most once per {@code minRefetchInterval}, fetched
	 * with {@code timeout} for connect and read.
	 */
	public static JWKSource<SecurityContext> published(URI jwksUri, Duration timeout, Duration maxAge,
			Duration minRefetchInterval) {
		RestClient rest = RestClients.builder(timeout, timeout).build();
		long ttl = maxAge.toMillis();
		JWKSource<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(url(jwksUri), new Retriever(rest))
			.cache(ttl, Math.min(timeout.toMillis() * 2, ttl / 4))
			.refreshAheadCache(Math.min(REFRESH_AHEAD_MILLIS, ttl / 4), true)
			.rateLimited(minRefetchInterval.toMillis())
			.outageTolerantForever()
			.retrying(false)
			.build();
		return new UnknownKeysAreNoKeys(source);
	}

	private static URL url(URI uri) {
		try {
			return uri.toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a JWKS URL: " + uri, ex);
		}
	}

	/**
	 * A kid that is unknown while the refetch interval has not passed is simply unknown
	 * (401), not a key-source failure (503) — once a key set was obtained. Before that,
	 * every token waits on keys identity never gave, and stays a 503 until it does.
	 */
	private static final class UnknownKeysAreNoKeys implements JWKSource<SecurityContext> {

		private final JWKSource<SecurityContext> source;

		private volatile boolean obtained;

		UnknownKeysAreNoKeys(JWKSource<SecurityContext> source) {
			this.source = source;
		}

		@Override
		public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
			try {
				List<JWK> keys = this.source.get(selector, context);
				this.obtained = true;
				return keys;
			}
			catch (RateLimitReachedException ex) {
				if (!this.obtained) {
					throw ex;
				}
				return List.of();
			}
		}

	}

	/**
	 * Only public P-256 signing keys ever verify: another curve under a known kid is no
	 * key at all, not a failure.
	 */
	private record SigningKeysOnly(JWKSource<SecurityContext> source) implements JWKSource<SecurityContext> {

		@Override
		public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
			return this.source.get(selector, context).stream().filter(SigningKeysOnly::isSigningKey).toList();
		}

		private static boolean isSigningKey(JWK key) {
			return key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && !ec.isPrivate()
					&& (ec.getKeyUse() == null || KeyUse.SIGNATURE.equals(ec.getKeyUse()));
		}

	}

	private record Retriever(RestClient rest) implements ResourceRetriever {

		@Override
		public Resource retrieveResource(URL url) throws IOException {
			try {
				ResponseEntity<String> answer = this.rest.get()
					.uri(url.toURI())
					.accept(MediaType.APPLICATION_JSON)
					.retrieve()
					.toEntity(String.class);
				MediaType type = answer.getHeaders().getContentType();
				return new Resource(answer.getBody(), (type != null) ? type.toString() : null);
			}
			catch (RestClientException | URISyntaxException ex) {
				throw new IOException("JWKS fetch from " + url + " failed: " + ex.getMessage(), ex);
			}
		}

	}

}
