package lms.media.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cloudinary when {@code lms.media.cloudinary.url} is set, otherwise the local disk. The
 * choice is made when the application runs, not by a condition, because Spring AOT fixes
 * conditions at build time and the url is a secret known only at run time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CloudinaryProperties.class, LocalStoreProperties.class })
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean
	ImageStore imageStore(CloudinaryProperties cloudinary, LocalStoreProperties local) {
		if (cloudinary.configured()) {
			return new CloudinaryImageStore(CloudinaryClientFactory.create(cloudinary), cloudinary);
		}
		log.warn("No Cloudinary credentials (lms.media.cloudinary.url): storing images under {}",
				local.directory().toAbsolutePath());
		return new LocalDiskImageStore(local);
	}

}
