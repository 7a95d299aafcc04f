package lms.gateway.refresh;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.security.client.ServiceClientRegistration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RefreshProperties.class)
class RefreshConfiguration {

	@Bean
	SilentRefresh silentRefresh(RefreshProperties properties, JsonMapper json, Clock clock,
			ReactiveOAuth2AuthorizedClientManager serviceClientManager, MeterRegistry meters) {
		return new SilentRefresh(new IdentitySessions(serviceClient(serviceClientManager), properties, json), clock,
				properties.renewBeforeExpiry(), meters);
	}

	@Bean
	RefreshCookies refreshCookies(RefreshProperties properties) {
		return new RefreshCookies(properties);
	}

	/**
	 * The gateway's calls to identity carry its own service token (kept until shortly
	 * before it expires).
	 */
	private static WebClient.Builder serviceClient(ReactiveOAuth2AuthorizedClientManager manager) {
		var credentials = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
		credentials.setDefaultClientRegistrationId(ServiceClientRegistration.ID);
		return WebClient.builder().filter(credentials);
	}

}
