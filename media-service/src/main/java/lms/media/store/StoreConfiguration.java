package lms.media.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cloudinary when {@code lms.media.cloudinary.url} is set, otherwise the local disk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CloudinaryProperties.class, LocalStoreProperties.class })
class StoreConfiguration {

	static final String CLOUDINARY_CONFIGURED = "!'${lms.media.cloudinary.url:}'.isBlank()";

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean
	@ConditionalOnExpression(CLOUDINARY_CONFIGURED)
	CloudinaryImageStore cloudinaryImageStore(CloudinaryProperties properties) {
		return new CloudinaryImageStore(CloudinaryClientFactory.create(properties), properties);
	}

	@Bean
	@ConditionalOnExpression("!(" + CLOUDINARY_CONFIGURED + ")")
	LocalDiskImageStore localDiskImageStore(LocalStoreProperties properties) {
		log.warn("No Cloudinary credentials (lms.media.cloudinary.url): storing images under {}",
				properties.directory().toAbsolutePath());
		return new LocalDiskImageStore(properties);
	}

}
