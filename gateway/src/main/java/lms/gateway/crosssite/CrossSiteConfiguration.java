package lms.gateway.crosssite;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CrossSiteProperties.class, AllowedOrigins.class })
class CrossSiteConfiguration {

	@Bean
	CrossSiteFilter crossSiteFilter(AllowedOrigins origins, CrossSiteProperties properties) {
		return new CrossSiteFilter(new SiteOfRequest(origins.allowedOrigins()), properties.stateChangingGets());
	}

}
