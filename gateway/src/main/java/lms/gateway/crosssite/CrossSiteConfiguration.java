package lms.gateway.crosssite;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CrossSiteProperties.class, AllowedOrigins.class })
class CrossSiteConfiguration {

	@Bean
	CrossSiteFilter crossSiteFilter(AllowedOrigins origins, CrossSiteProperties properties) {
		return new CrossSiteFilter(new SiteOfRequest(origins.allowedOrigins()), properties.stateChangingGets());
	}

	@Bean
	ContractCorsProcessor contractCorsProcessor() {
		return new ContractCorsProcessor();
	}

	@Bean
	CorsRefusalBody corsRefusalBody() {
		return new CorsRefusalBody();
	}

	/**
	 * Spring Cloud Gateway's route mapping applies the gateway's CORS configuration with
	 * the same processor.
	 */
	@Bean
	static BeanPostProcessor routeMappingCorsProcessor(ObjectProvider<ContractCorsProcessor> processor) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof RoutePredicateHandlerMapping mapping) {
					mapping.setCorsProcessor(processor.getObject());
				}
				return bean;
			}
		};
	}

}
