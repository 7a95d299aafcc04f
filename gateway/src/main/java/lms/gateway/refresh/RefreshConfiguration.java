package lms.gateway.refresh;

import java.time.Clock;
import java.time.Duration;

import lms.kit.security.SecurityProperties;
import lms.kit.security.client.ServiceClientRegistration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RefreshProperties.class)
class RefreshConfiguration {

	/** A service token is renewed this long before it expires. */
	private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

	@Bean
	SilentRefresh silentRefresh(RefreshProperties properties, JsonMapper json, Clock clock, SecurityProperties security,
			Environment environment) {
		return new SilentRefresh(new IdentitySessions(serviceClient(security, environment, clock), properties, json),
				clock);
	}

	@Bean
	RefreshCookies refreshCookies(RefreshProperties properties) {
		return new RefreshCookies(properties);
	}

	/**
	 * The gateway's calls to identity carry its own service token, from Spring Security's
	 * reactive client-credentials support (kept until shortly before it expires).
	 */
	private static WebClient.Builder serviceClient(SecurityProperties security, Environment environment, Clock clock) {
		var registrations = new InMemoryReactiveClientRegistrationRepository(
				ServiceClientRegistration.of(security.serviceClient(), environment));
		var clients = new InMemoryReactiveOAuth2AuthorizedClientService(registrations);
		var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, clients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.clock(clock).clockSkew(RENEW_BEFORE_EXPIRY))
			.build());
		var credentials = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
		credentials.setDefaultClientRegistrationId(ServiceClientRegistration.ID);
		return WebClient.builder().filter(credentials);
	}

}
