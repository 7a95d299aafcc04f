package lms.gateway.serviceclient;

import lms.kit.security.client.ServiceClientRegistration;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;

/**
 * The gateway's current service token, for a header of its own (never the user's
 * {@code Authorization}).
 */
public class ServiceToken {

	private final ReactiveOAuth2AuthorizedClientManager clients;

	private final OAuth2AuthorizeRequest request;

	ServiceToken(ReactiveOAuth2AuthorizedClientManager clients, String clientId) {
		this.clients = clients;
		this.request = OAuth2AuthorizeRequest.withClientRegistrationId(ServiceClientRegistration.ID)
			.principal(clientId)
			.build();
	}

	/** The token, obtained from identity when none is held or it is about to expire. */
	public Mono<String> current() {
		return this.clients.authorize(this.request).map((client) -> client.getAccessToken().getTokenValue());
	}

}
