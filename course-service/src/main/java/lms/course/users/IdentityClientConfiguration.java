package lms.course.users;

import lms.kit.http.RestClients;
import lms.kit.security.client.ServiceCredentials;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity client, built from {@link IdentityClientProperties}, carrying
 * course-service's service token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityClientProperties.class)
class IdentityClientConfiguration {

	@Bean
	IdentityClient identityClient(IdentityClientProperties properties, ServiceCredentials credentials,
			JsonMapper json) {
		return new IdentityClient(RestClients.builder(properties.connectTimeout(), properties.responseTimeout())
			.baseUrl(properties.url())
			.requestInterceptor(credentials.interceptor())
			.build(), json);
	}

}
