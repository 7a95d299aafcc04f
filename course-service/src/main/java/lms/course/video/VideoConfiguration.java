package lms.course.video;

import lms.kit.http.RestClients;
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
		return new VdoCipherClient(RestClients.builder(properties.timeout(), properties.timeout())
			.baseUrl(properties.apiBase().replaceAll("/+$", ""))
			.defaultHeader("Authorization", "Apisecret " + properties.apiSecret())
			.build(), properties.otpTtlSeconds(), json);
	}

}
