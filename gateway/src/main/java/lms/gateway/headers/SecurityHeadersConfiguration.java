package lms.gateway.headers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityHeadersProperties.class)
class SecurityHeadersConfiguration {

	@Bean
	SecurityHeaders securityHeaders(SecurityHeadersProperties properties) {
		return new SecurityHeaders(properties);
	}

}
