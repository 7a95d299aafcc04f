package lms.gateway.refresh;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RefreshProperties.class)
class RefreshConfiguration {

	@Bean
	SilentRefresh silentRefresh(RefreshProperties properties, JsonMapper json, Clock clock) {
		return new SilentRefresh(new IdentitySessions(WebClient.builder(), properties, json), clock);
	}

	@Bean
	RefreshCookies refreshCookies(RefreshProperties properties) {
		return new RefreshCookies(properties);
	}

}
