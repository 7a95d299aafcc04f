package lms.gateway.serviceclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import lms.kit.security.client.ServiceClientRegistration;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;

/**
 * The gateway's current service token, for a header of its own (never the user's
 * {@code Authorization}). One {@code Mono.cache} with time-to-live functions stands in
 * front of Spring Security's client manager: concurrent callers share one request to
 * identity; a token is shared until shortly before it expires (the manager then renews
 * it); a failure is shared for a back-off that doubles with each failure in a row, so a
 * failing token endpoint is asked about once per back-off, not once per request.
 */
public class ServiceToken {

	/** A service token is renewed this long before it expires. */
	static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

	/** A token without an expiry is checked with the manager again after this. */
	private static final Duration RECHECK_WITHOUT_EXPIRY = Duration.ofMinutes(1);

	private final ServiceTokenProperties properties;

	private final Clock clock;

	private final AtomicInteger failuresInARow = new AtomicInteger();

	private final Mono<OAuth2AuthorizedClient> shared;

	ServiceToken(ReactiveOAuth2AuthorizedClientManager clients, String clientId, ServiceTokenProperties properties,
			Clock clock, Duration requestTimeout) {
		this.properties = properties;
		this.clock = clock;
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(ServiceClientRegistration.ID)
			.principal(clientId)
			.build();
		// Shared by every caller, so a request that never answers must fail, or it would
		// hold
		// them all: the client manager's WebClient has no time-out of its own.
		this.shared = Mono.defer(() -> clients.authorize(request))
			.timeout(requestTimeout)
			.cache(this::keepFor, this::refuseFor, () -> Duration.ZERO);
	}

	/**
	 * The token, obtained from identity when none is held or it is about to expire; while
	 * the last request for one failed less than a back-off ago, that failure.
	 */
	public Mono<String> current() {
		return this.shared.map((client) -> client.getAccessToken().getTokenValue());
	}

	private Duration keepFor(OAuth2AuthorizedClient client) {
		this.failuresInARow.set(0);
		Instant expiresAt = client.getAccessToken().getExpiresAt();
		if (expiresAt == null) {
			return RECHECK_WITHOUT_EXPIRY;
		}
		Instant now = this.clock.instant();
		Duration untilRenewal = Duration.between(now, expiresAt.minus(RENEW_BEFORE_EXPIRY));
		if (!untilRenewal.isNegative()) {
			return untilRenewal;
		}
		// A token shorter-lived than the renewal margin: the manager would fetch one per
		// call, so share it for a back-off (never past its expiry).
		Duration untilExpiry = Duration.between(now, expiresAt);
		Duration floor = this.properties.failureBackoff();
		return untilExpiry.isNegative() ? Duration.ZERO : (untilExpiry.compareTo(floor) < 0) ? untilExpiry : floor;
	}

	private Duration refuseFor(Throwable failure) {
		return this.properties.backoffAfter(this.failuresInARow.incrementAndGet());
	}

}
