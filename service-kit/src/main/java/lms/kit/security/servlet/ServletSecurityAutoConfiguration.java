package lms.kit.security.servlet;

import java.util.List;

import lms.kit.security.AccessTokenVerifier;
import lms.kit.security.SecurityProperties;
import lms.kit.security.TokenVerificationAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet half of token verification: the filter, the {@code AuthenticatedUser}
 * parameter and the 401/403 answers. Absent from reactive and non-web applications.
 */
@AutoConfiguration(after = TokenVerificationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
public class ServletSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "accessTokenFilter")
	FilterRegistrationBean<AccessTokenFilter> accessTokenFilter(AccessTokenVerifier verifier,
			SecurityProperties properties) {
		var registration = new FilterRegistrationBean<>(new AccessTokenFilter(verifier, properties.publicPaths()));
		registration.setOrder(AccessTokenFilter.ORDER);
		return registration;
	}

	@Bean
	WebMvcConfigurer authenticatedUserWebMvcConfigurer() {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new AuthenticatedUserArgumentResolver());
			}

			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				resolvers.add(0, new HttpAuthExceptionResolver());
			}

		};
	}

}
