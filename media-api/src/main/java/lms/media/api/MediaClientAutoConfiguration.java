package lms.media.api;

import lms.kit.http.RestClients;
import lms.kit.security.client.ServiceClientAutoConfiguration;
import lms.kit.security.client.ServiceCredentials;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client of media-service's upload port for servlet services, carrying the
 * service's own service token; media-service itself replaces it with its in-process
 * implementation.
 */
@AutoConfiguration(after = ServiceClientAutoConfiguration.class,
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MediaClientProperties.class)
public class MediaClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaUploads.class)
	MediaClient mediaClient(MediaClientProperties properties, Environment environment, ObjectProvider<JsonMapper> json,
			ObjectProvider<ServiceCredentials> credentials) {
		RestClient.Builder rest = RestClients.builder(properties.connectTimeout(), properties.responseTimeout())
			.baseUrl(environment.resolveRequiredPlaceholders(properties.url()));
		credentials.ifAvailable((service) -> rest.requestInterceptor(service.interceptor()));
		return new MediaClient(rest.build(), json.getIfAvailable(JsonMapper::shared));
	}

}
