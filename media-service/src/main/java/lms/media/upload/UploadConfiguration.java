package lms.media.upload;

import lms.media.asset.Assets;
import lms.media.store.ImageStore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

	@Bean
	RemoteImages remoteImages(UploadProperties limits) {
		return new RemoteImages(limits);
	}

	@Bean
	UploadService uploadService(UploadProperties limits, RemoteImages remote, ImageStore store, Assets assets) {
		return new UploadService(new ImageInspector(limits), remote, store, assets);
	}

}
