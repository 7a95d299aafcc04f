package lms.gateway.catalogcache;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;

/**
 * The canonical key of a public catalog read, or none when the read is not to be kept.
 * course-service varies its answers only on the path, {@code q}, {@code page},
 * {@code limit} and whether the client takes gzip, so other parameters are left out, and
 * {@code q} is written as course-service searches it (white space runs made one space,
 * trimmed, lower-cased): case and spacing variants are one entry. A repeated parameter or
 * a page or limit not written as plain digits in range is forwarded without being kept.
 *
 * @param value the key
 * @param search whether it is a search or page of the list, kept apart from the full list
 * and single courses
 */
record CatalogKey(String value, boolean search) {

	static final List<String> PARAMETERS = List.of("q", "page", "limit");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

	private static final Pattern LIMIT = Pattern.compile("[1-9][0-9]?|100");

	private static final int MAX_QUERY = 200;

	static Optional<CatalogKey> of(ServerHttpRequest request, boolean list) {
		String encoding = AcceptEncoding.acceptsGzip(request.getHeaders().getOrEmpty(HttpHeaders.ACCEPT_ENCODING))
				? "gzip" : "identity";
		String path = request.getURI().getRawPath();
		MultiValueMap<String, String> parameters = request.getQueryParams();
		if (!list || PARAMETERS.stream().noneMatch(parameters::containsKey)) {
			return Optional.of(new CatalogKey(path + "|" + encoding, false));
		}
		if (PARAMETERS.stream().anyMatch((name) -> parameters.getOrDefault(name, List.of()).size() > 1)) {
			return Optional.empty();
		}
		String q = parameters.getFirst("q");
		String page = parameters.getFirst("page");
		String limit = parameters.getFirst("limit");
		if ((q != null && q.length() > MAX_QUERY) || (page != null && !PAGE.matcher(page).matches())
				|| (limit != null && !LIMIT.matcher(limit).matches())) {
			return Optional.empty();
		}
		return Optional.of(new CatalogKey(
				path + "?q=" + canonical(q) + "&page=" + page + "&limit=" + limit + "|" + encoding, true));
	}

	/** As course-service's {@code CatalogQuery} makes {@code q} canonical. */
	static String canonical(String q) {
		return (q != null) ? WHITE_SPACE.matcher(q).replaceAll(" ").strip().toLowerCase(Locale.ROOT) : "";
	}

}
