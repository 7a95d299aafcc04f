package lms.course.layout;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** Public layout answers carry a strong ETag; {@code If-None-Match} gets 304. */
@Configuration(proxyBeanMethods = false)
class LayoutEtags {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> layoutEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/get-layout/*");
		return registration;
	}

}
