package lms.course.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers that may depend on the caller are never stored by a cache; only the public
 * catalog and layout set their own caching.
 */
@Component
class NoStoreForCallerAnswers extends OncePerRequestFilter {

	private static final List<String> PUBLIC = List.of("/api/v1/get-courses", "/api/v1/get-course/",
			"/api/v1/get-layout/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		if (PUBLIC.stream().noneMatch(path::startsWith)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		chain.doFilter(request, response);
	}

}
