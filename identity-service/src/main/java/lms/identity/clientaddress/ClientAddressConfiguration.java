package lms.identity.clientaddress;

import java.util.List;

import lms.kit.security.ServiceTokenVerifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

	@Bean
	GatewayVouching gatewayVouching(ServiceTokenVerifier verifier) {
		return new ServiceTokenVouching(verifier);
	}

	@Bean
	ClientAddresses clientAddresses(GatewayVouching vouching) {
		return new ClientAddresses(vouching);
	}

	@Bean
	WebMvcConfigurer clientAddressArguments(ClientAddresses addresses) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new ClientAddressArgumentResolver(addresses));
			}

		};
	}

}
