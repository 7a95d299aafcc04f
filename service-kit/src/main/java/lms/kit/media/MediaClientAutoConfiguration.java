package lms.kit.media;

import java.net.URI;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The HTTP client of media-service's upload port for servlet services; media-service
 * itself replaces it with its in-process implementation.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MediaClientProperties.class)
public class MediaClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaUploads.class)
	MediaClient mediaClient(MediaClientProperties properties, Environment environment,
			ObjectProvider<JsonMapper> json) {
		URI url = URI.create(environment.resolveRequiredPlaceholders(properties.url()));
		return new MediaClient(url, properties.connectTimeout(), properties.responseTimeout(),
				json.getIfAvailable(JsonMapper::shared));
	}

}
