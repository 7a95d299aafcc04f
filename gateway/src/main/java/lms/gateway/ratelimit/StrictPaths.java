package lms.gateway.ratelimit;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The POST routes under the strict budgets. */
class StrictPaths {

	private final List<PathPattern> patterns;

	StrictPaths(List<String> patterns) {
		this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	boolean matches(ServerHttpRequest request) {
		if (request.getMethod() != HttpMethod.POST) {
			return false;
		}
		return this.patterns.stream().anyMatch((pattern) -> pattern.matches(request.getPath().pathWithinApplication()));
	}

}
