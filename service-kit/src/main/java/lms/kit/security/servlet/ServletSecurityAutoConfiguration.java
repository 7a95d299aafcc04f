package lms.kit.security.servlet;

import java.util.List;

import lms.kit.security.AdminOnly;
import lms.kit.security.SecurityProperties;
import lms.kit.security.ServiceScope;
import lms.kit.security.TokenDecoders;
import lms.kit.security.TokenVerificationAutoConfiguration;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Security's OAuth2 resource server in every servlet service, on two filter
 * chains: {@code /internal/**} admits only service tokens (an {@code Authorization:
 * Bearer} whose scope the route's {@link ServiceScope} names), everything else reads a
 * user's access token from any of the contract's transports, authorizes {@link AdminOnly}
 * routes, and lets the rest through (controllers that need a caller declare
 * {@code AuthenticatedUser}). Headers, CSRF and sessions are left as the services had
 * them: stateless token APIs.
 */
@AutoConfiguration(after = TokenVerificationAutoConfiguration.class, beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, BearerTokenResolver.class, WebMvcConfigurer.class })
@EnableWebSecurity
public class ServletSecurityAutoConfiguration {

	/** Ahead of the users' chain, which matches every request. */
	public static final int INTERNAL_ROUTES_ORDER = 10;

	public static final int USERS_ORDER = 100;

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder accessTokenDecoder(TokenDecoders decoders) {
		return decoders.accessTokens();
	}

	@Bean
	@Order(INTERNAL_ROUTES_ORDER)
	SecurityFilterChain internalRoutesSecurityFilterChain(HttpSecurity http, TokenDecoders decoders,
			ListableBeanFactory beans) throws Exception {
		AuthenticationEntryPoint refused = Refusals.services();
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		JwtAuthenticationConverter services = new JwtAuthenticationConverter();
		services.setJwtGrantedAuthoritiesConverter(scopes);
		var authorization = new ServiceScopeAuthorization(new AnnotatedRoutes<>(beans, ServiceScope.class));
		return stateless(http).securityMatcher("/internal/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(authorization))
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new DefaultBearerTokenResolver())
				.jwt((jwt) -> jwt.decoder(decoders.serviceTokens()).jwtAuthenticationConverter(services))
				.authenticationEntryPoint(refused)
				.accessDeniedHandler(Refusals.scopeRefused())
				.withObjectPostProcessor(failuresAnsweredBy(refused)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(refused)
				.accessDeniedHandler(Refusals.scopeRefused()))
			.build();
	}

	@Bean
	@Order(USERS_ORDER)
	SecurityFilterChain userRequestsSecurityFilterChain(HttpSecurity http, JwtDecoder accessTokenDecoder,
			SecurityProperties properties, ListableBeanFactory beans) throws Exception {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(accessTokenDecoder);
		provider.setJwtAuthenticationConverter(roles());
		var authentication = new PublicPathsIgnoreInvalidTokens(new ProviderManager(provider),
				properties.publicPaths());
		var adminRoutes = new AnnotatedRoutes<>(beans, AdminOnly.class).matcher();
		return stateless(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(adminRoutes)
				.hasRole(lms.kit.security.AuthenticatedUser.ADMIN)
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new ContractBearerTokenResolver())
				.authenticationManagerResolver(authentication)
				.authenticationEntryPoint(Refusals.users())
				.accessDeniedHandler(Refusals.roleRefused())
				.withObjectPostProcessor(failuresAnsweredBy(Refusals.users())))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(Refusals.users())
				.accessDeniedHandler(Refusals.roleRefused()))
			.build();
	}

	@Bean
	WebMvcConfigurer authenticatedUserWebMvcConfigurer() {
		AccessDeniedHandler denied = Refusals.roleRefused();
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new AuthenticatedUserArgumentResolver());
			}

			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				resolvers.add(0, new SecurityExceptionResolver(Refusals.users(), denied));
			}

		};
	}

	private static JwtAuthenticationConverter roles() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(TokenDecoders.ROLE_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

	/**
	 * A token that could not be checked at all (identity's keys never obtained: the
	 * decoder's {@code AuthenticationServiceException}) is answered by the entry point
	 * too, 503 for users, instead of being rethrown to the container as a 500, which is
	 * what the bearer-token filter's default failure handler does.
	 */
	private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failuresAnsweredBy(
			AuthenticationEntryPoint entryPoint) {
		return new ObjectPostProcessor<>() {

			@Override
			public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
				AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(
						entryPoint);
				failures.setRethrowAuthenticationServiceException(false);
				filter.setAuthenticationFailureHandler(failures);
				return filter;
			}

		};
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
	}

}
