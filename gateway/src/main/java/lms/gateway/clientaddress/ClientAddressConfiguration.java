package lms.gateway.clientaddress;

import lms.gateway.serviceclient.ServiceToken;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientAddressProperties.class)
class ClientAddressConfiguration {

	@Bean
	ClientAddressFilter clientAddressFilter(ClientAddressProperties properties) {
		return new ClientAddressFilter(new ClientAddressResolver(properties));
	}

	@Bean
	ClientAddressForwarding clientAddressForwarding(ClientAddressProperties properties, ServiceToken serviceToken) {
		return new ClientAddressForwarding(properties.forwardToRoutes(), serviceToken);
	}

}
