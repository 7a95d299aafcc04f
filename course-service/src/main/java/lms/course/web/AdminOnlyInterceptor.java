package lms.course.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.AuthenticatedUser;
import lms.kit.security.servlet.AccessTokenFilter;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks {@link AdminOnly} before argument resolution; a request without a token is left
 * to the {@link AuthenticatedUser} parameter, which answers 401.
 */
@Configuration(proxyBeanMethods = false)
class AdminOnlyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(AdminOnly.class)) {
			AccessTokenFilter.verifiedToken(request)
				.map(AuthenticatedUser::of)
				.ifPresent(AuthenticatedUser::requireAdmin);
		}
		return true;
	}

}
