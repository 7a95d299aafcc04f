package lms.kit.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The original's message for an unknown route: {@code Route <originalUrl> not found}.
 */
final class RouteNotFound {

	private RouteNotFound() {
	}

	static String message(HttpServletRequest request) {
		String query = request.getQueryString();
		return "Route " + request.getRequestURI() + ((query != null) ? "?" + query : "") + " not found";
	}

}
