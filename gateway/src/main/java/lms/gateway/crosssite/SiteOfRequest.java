package lms.gateway.crosssite;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;

/**
 * Whether a browser sent a request from a page of ours: an allowed web app, or the
 * gateway's own origin (Swagger UI). Browsers say where a request comes from in
 * {@code Origin} (every CORS request, every POST) and {@code Sec-Fetch-Site} (modern
 * ones, also on the GETs of links and images); a page cannot write either. A request with
 * neither comes from no browser (or an old one, which SameSite cookies still guard).
 */
final class SiteOfRequest {

	private final Set<String> allowedOrigins;

	SiteOfRequest(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins.stream().map(SiteOfRequest::normalized).collect(Collectors.toSet());
	}

	boolean isOurs(HttpHeaders headers) {
		String site = headers.getFirst("Sec-Fetch-Site");
		if ("same-origin".equals(site) || "none".equals(site)) {
			return true;
		}
		String origin = headers.getFirst(HttpHeaders.ORIGIN);
		if (origin == null) {
			return site == null;
		}
		String normalized = normalized(origin);
		return this.allowedOrigins.contains(normalized) || isGateway(normalized, headers.getFirst(HttpHeaders.HOST));
	}

	/**
	 * The Origin names the host the request was sent to (a page of the gateway's own).
	 */
	private static boolean isGateway(String origin, String host) {
		if (host == null || origin.equals("null")) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			String authority = uri.getRawAuthority();
			return authority != null && authority.equalsIgnoreCase(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String normalized(String origin) {
		String trimmed = origin.trim().toLowerCase(Locale.ROOT);
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
