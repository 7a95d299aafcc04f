package lms.kit.security.client;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/**
 * This service's own credential on calls to internal routes: a {@link RestClient}
 * interceptor that adds a service token from Spring Security's client-credentials support
 * (fetched from identity, kept until shortly before it expires, dropped when a call
 * answers 401), the same for every request whoever the current user is.
 *
 * @see org.springframework.web.client.RestClient
 */
public class ServiceCredentials {

	public static final String REGISTRATION_ID = ServiceClientRegistration.ID;

	/** The one principal service tokens are kept for: never the current user. */
	private static final Authentication SERVICE = new AnonymousAuthenticationToken("lms-services", "lms-service",
			AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService clients;

	public ServiceCredentials(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService clients) {
		this.manager = manager;
		this.clients = clients;
	}

	public ClientHttpRequestInterceptor interceptor() {
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(this.manager);
		interceptor.setClientRegistrationIdResolver((request) -> REGISTRATION_ID);
		interceptor.setPrincipalResolver((request) -> SERVICE);
		interceptor.setAuthorizationFailureHandler(
				OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(this.clients));
		return interceptor;
	}

}
