package lms.identity.social;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's public keys by {@code kid}, fetched on first use and again when an
 * unknown kid shows up (at most every {@code MIN_INTERVAL}, so forged kids cannot hammer
 * the provider).
 */
class IssuerKeys {

	private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Duration MIN_INTERVAL = Duration.ofSeconds(30);

	private final URI jwksUri;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private volatile Map<String, PublicKey> keys = Map.of();

	private volatile Instant lastFetch;

	IssuerKeys(URI jwksUri) {
		this.jwksUri = jwksUri;
	}

	Optional<PublicKey> find(String kid) {
		if (kid != null && !this.keys.containsKey(kid)) {
			refresh();
		}
		return Optional.ofNullable((kid != null) ? this.keys.get(kid) : null);
	}

	private synchronized void refresh() {
		Instant now = Instant.now();
		if (this.lastFetch != null && now.isBefore(this.lastFetch.plus(MIN_INTERVAL))) {
			return;
		}
		this.lastFetch = now;
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(this.jwksUri).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				this.keys = parse(response.body());
			}
			else {
				log.warn("JWKS {} answered {}", this.jwksUri, response.statusCode());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("JWKS {} could not be fetched: {}", this.jwksUri, ex.toString());
		}
	}

	private static Map<String, PublicKey> parse(String json) {
		JwkSet set = Jwks.setParser().ignoreUnsupported(true).build().parse(json);
		Map<String, PublicKey> keys = new HashMap<>();
		for (Jwk<?> jwk : set) {
			if (jwk instanceof PublicJwk<?> publicJwk && jwk.getId() != null) {
				keys.put(jwk.getId(), publicJwk.toKey());
			}
		}
		return Map.copyOf(keys);
	}

}
