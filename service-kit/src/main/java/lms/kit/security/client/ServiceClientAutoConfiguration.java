package lms.kit.security.client;

import java.time.Clock;
import java.time.Duration;

import lms.kit.http.RestClients;
import lms.kit.security.SecurityProperties;
import lms.kit.security.TokenVerificationAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;

/**
 * The client-credentials grant of servlet services that call internal routes: this
 * service's {@code lms.security.service-client.id}/{@code .secret} traded at identity's
 * token endpoint for a short-lived service token. identity itself replaces the token
 * request with local minting. Absent until the service names its client id.
 */
@AutoConfiguration(after = TokenVerificationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OAuth2AuthorizedClientManager.class)
@ConditionalOnProperty(prefix = "lms.security.service-client", name = "id")
public class ServiceClientAutoConfiguration {

	/**
	 * A service token is renewed this long before it expires, so no call carries a dying
	 * one.
	 */
	static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

	@Bean
	@ConditionalOnMissingBean
	ClientRegistrationRepository serviceClientRegistrations(SecurityProperties properties, Environment environment) {
		return new InMemoryClientRegistrationRepository(
				ServiceClientRegistration.of(properties.serviceClient(), environment));
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AuthorizedClientService serviceAuthorizedClients(ClientRegistrationRepository registrations) {
		return new InMemoryOAuth2AuthorizedClientService(registrations);
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> serviceTokenResponseClient(
			SecurityProperties properties) {
		SecurityProperties.ServiceClient client = properties.serviceClient();
		RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
		tokens.setRestClient(RestClients.builder(client.connectTimeout(), client.readTimeout())
			.configureMessageConverters((converters) -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return tokens;
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceCredentials serviceCredentials(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokens, SecurityProperties properties,
			ObjectProvider<Clock> clock) {
		var provider = OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.accessTokenResponseClient(tokens)
				.clock(clock.getIfAvailable(Clock::systemUTC))
				.clockSkew(RENEW_BEFORE_EXPIRY))
			.build();
		var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
		manager.setAuthorizedClientProvider(provider);
		return new ServiceCredentials(manager, clients);
	}

}
