package lms.identity.clientaddress;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

	/**
	 * Until a vouching bean exists, nobody vouches and the socket peer is the client.
	 */
	@Bean
	WebMvcConfigurer clientAddressArguments(ObjectProvider<GatewayVouching> vouching) {
		ClientAddresses addresses = new ClientAddresses(vouching.getIfAvailable(() -> (request) -> false));
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new ClientAddressArgumentResolver(addresses));
			}

		};
	}

}
