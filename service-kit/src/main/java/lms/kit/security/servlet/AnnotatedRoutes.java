package lms.kit.security.servlet;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes whose controller method carries an annotation, as request matchers, so
 * Spring Security can authorize them in the filter chain (before the body is read) while
 * the rule stays written next to the method. Built from the handler mappings on first
 * use.
 */
final class AnnotatedRoutes<A extends Annotation> {

	private final ListableBeanFactory beans;

	private final Class<A> type;

	private volatile List<Route<A>> routes;

	AnnotatedRoutes(ListableBeanFactory beans, Class<A> type) {
		this.beans = beans;
		this.type = type;
	}

	/** The annotation of the route this request goes to, if it has one. */
	Optional<A> find(HttpServletRequest request) {
		for (Route<A> route : routes()) {
			if (route.matcher().matches(request)) {
				return Optional.of(route.annotation());
			}
		}
		return Optional.empty();
	}

	RequestMatcher matcher() {
		return (request) -> find(request).isPresent();
	}

	private List<Route<A>> routes() {
		List<Route<A>> known = this.routes;
		if (known == null) {
			known = collect();
			this.routes = known;
		}
		return known;
	}

	private List<Route<A>> collect() {
		List<Route<A>> found = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : this.beans.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, method) -> add(found, info, method));
		}
		return List.copyOf(found);
	}

	private void add(List<Route<A>> found, RequestMappingInfo info, HandlerMethod method) {
		A annotation = method.getMethodAnnotation(this.type);
		if (annotation == null) {
			return;
		}
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		for (String pattern : info.getPatternValues()) {
			if (methods.isEmpty()) {
				found.add(new Route<>(PathPatternRequestMatcher.withDefaults().matcher(pattern), annotation));
			}
			for (RequestMethod requestMethod : methods) {
				found.add(new Route<>(PathPatternRequestMatcher.withDefaults()
					.matcher(HttpMethod.valueOf(requestMethod.name()), pattern), annotation));
			}
		}
	}

	private record Route<A>(RequestMatcher matcher, A annotation) {
	}

}
