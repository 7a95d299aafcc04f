package lms.kit.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity's public signing keys by {@code kid}, fetched on first use and refetched when
 * an unknown kid shows up (at most once per interval) or the cache grows old. A failed
 * fetch keeps the keys already known, so tokens keep verifying while identity is down.
 */
public class JwksKeySource {

	private static final Logger log = LoggerFactory.getLogger(JwksKeySource.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final URI jwksUri;

	private final Duration refreshMinInterval;

	private final Duration maxAge;

	private final Clock clock;

	private final HttpClient http;

	private final ReentrantLock fetchLock = new ReentrantLock();

	private volatile Map<String, PublicKey> keys = Map.of();

	private volatile Instant lastAttempt;

	private volatile Instant lastSuccess;

	public JwksKeySource(URI jwksUri, Duration refreshMinInterval, Duration maxAge) {
		this(jwksUri, refreshMinInterval, maxAge, Clock.systemUTC());
	}

	public JwksKeySource(URI jwksUri, Duration refreshMinInterval, Duration maxAge, Clock clock) {
		this.jwksUri = jwksUri;
		this.refreshMinInterval = refreshMinInterval;
		this.maxAge = maxAge;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
	}

	/**
	 * The key with this id, refetching the JWKS first if the id is unknown or the cache
	 * is old and the refresh interval allows it.
	 */
	public Optional<PublicKey> find(String kid) {
		if (!this.keys.containsKey(kid)) {
			refresh(true);
		}
		else if (isStale()) {
			// A known key never waits for another thread's fetch: identity may be
			// hanging.
			refresh(false);
		}
		return Optional.ofNullable(this.keys.get(kid));
	}

	public URI uri() {
		return this.jwksUri;
	}

	/** Whether a JWKS has ever been fetched; until then every lookup fails. */
	public boolean hasKeys() {
		return this.lastSuccess != null;
	}

	private boolean isStale() {
		Instant success = this.lastSuccess;
		return success != null && success.plus(this.maxAge).isBefore(this.clock.instant());
	}

	/**
	 * Refetches if the interval allows, waiting for a fetch in progress only if asked to.
	 */
	private void refresh(boolean waitForOtherFetch) {
		if (waitForOtherFetch) {
			this.fetchLock.lock();
		}
		else if (!this.fetchLock.tryLock()) {
			return;
		}
		try {
			Instant now = this.clock.instant();
			if (this.lastAttempt == null || !now.isBefore(this.lastAttempt.plus(this.refreshMinInterval))) {
				this.lastAttempt = now;
				fetch(now);
			}
		}
		finally {
			this.fetchLock.unlock();
		}
	}

	private void fetch(Instant now) {
		try {
			HttpRequest request = HttpRequest.newBuilder(this.jwksUri)
				.timeout(TIMEOUT)
				.header("Accept", "application/json")
				.GET()
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				log.warn("JWKS fetch from {} answered {}; keeping {} cached keys", this.jwksUri, response.statusCode(),
						this.keys.size());
				return;
			}
			this.keys = JwksParser.signingKeys(response.body());
			this.lastSuccess = now;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("JWKS fetch from {} failed ({}); keeping {} cached keys", this.jwksUri, ex.toString(),
					this.keys.size());
		}
	}

}
