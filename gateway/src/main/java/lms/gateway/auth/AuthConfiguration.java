package lms.gateway.auth;

import java.time.Clock;

import lms.gateway.refresh.RefreshCookies;
import lms.gateway.refresh.SilentRefresh;
import lms.gateway.revocation.RevokedSessions;
import lms.kit.security.AccessTokenVerifier;
import lms.kit.security.SecurityProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class AuthConfiguration {

	@Bean
	AuthenticationFilter authenticationFilter(AuthProperties properties, AccessTokenVerifier verifier,
			RevokedSessions revoked, SecurityProperties security, Clock clock, SilentRefresh refresh,
			RefreshCookies cookies) {
		return new AuthenticationFilter(new PublicPaths(properties.publicPaths()),
				new TokenChecks(verifier, revoked, security, clock),
				new ForwardedRequest(properties.identityHeaderPrefixes()), refresh, cookies);
	}

}
