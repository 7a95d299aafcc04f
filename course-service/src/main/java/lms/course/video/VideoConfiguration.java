package lms.course.video;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The VdoCipher client, built from {@link VdoCipherProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VdoCipherProperties.class)
class VideoConfiguration {

	@Bean
	VideoOtps videoOtps(VdoCipherProperties properties, JsonMapper json) {
		return new VdoCipherClient(properties, json);
	}

}
