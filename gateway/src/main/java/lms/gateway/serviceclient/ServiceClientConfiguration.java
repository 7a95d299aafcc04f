package lms.gateway.serviceclient;

import java.time.Clock;

import lms.kit.security.SecurityProperties;
import lms.kit.security.client.ServiceClientRegistration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;

/**
 * The gateway's own service credential at identity (client credentials), from Spring
 * Security's reactive client support: a token is kept until shortly before it expires.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceTokenProperties.class)
class ServiceClientConfiguration {

	@Bean
	ReactiveOAuth2AuthorizedClientManager serviceClientManager(SecurityProperties security, Environment environment,
			Clock clock) {
		var registrations = new InMemoryReactiveClientRegistrationRepository(
				ServiceClientRegistration.of(security.serviceClient(), environment));
		var clients = new InMemoryReactiveOAuth2AuthorizedClientService(registrations);
		var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, clients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.clock(clock).clockSkew(ServiceToken.RENEW_BEFORE_EXPIRY))
			.build());
		return manager;
	}

	@Bean
	ServiceToken serviceToken(ReactiveOAuth2AuthorizedClientManager serviceClientManager, SecurityProperties security,
			ServiceTokenProperties properties, Clock clock) {
		SecurityProperties.ServiceClient client = security.serviceClient();
		return new ServiceToken(serviceClientManager, client.id(), properties, clock,
				client.connectTimeout().plus(client.readTimeout()));
	}

}
