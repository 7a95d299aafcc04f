package lms.gateway.auth;

import io.micrometer.core.instrument.MeterRegistry;
import lms.gateway.refresh.RefreshCookies;
import lms.gateway.refresh.SilentRefresh;
import lms.gateway.revocation.RevokedSessions;
import lms.kit.security.TokenDecoders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class AuthConfiguration {

	@Bean
	AuthenticationFilter authenticationFilter(AuthProperties properties, TokenDecoders decoders,
			RevokedSessions revoked, SilentRefresh refresh, RefreshCookies cookies, MeterRegistry meters) {
		return new AuthenticationFilter(new PublicPaths(properties.publicPaths()),
				new TokenChecks(decoders, revoked, meters), new ForwardedRequest(properties.identityHeaderPrefixes()),
				refresh, cookies);
	}

}
