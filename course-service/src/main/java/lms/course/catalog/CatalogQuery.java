package lms.course.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import lms.course.course.Course;
import lms.kit.web.ApiException;

/**
 * The optional {@code q}, {@code page} and {@code limit} of get-courses, in canonical
 * form: {@code q} with runs of white space made one space, trimmed and lower-cased (the
 * search ignores case and spacing, so variants are one query), and once paging is asked
 * for both {@code page} (from 1) and {@code limit} (default 20) explicit. Without any of
 * them, the original full list. Out-of-range values are refused, never cached.
 */
record CatalogQuery(String q, Integer page, Integer limit) {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	static final int MAX_QUERY = 200;

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	CatalogQuery {
		if ((page != null && page < 1) || (limit != null && (limit < 1 || limit > MAX_LIMIT))) {
			throw ApiException.badRequest("page must be at least 1 and limit between 1 and " + MAX_LIMIT);
		}
		if (q != null && q.length() > MAX_QUERY) {
			throw ApiException.badRequest("q must be at most " + MAX_QUERY + " characters");
		}
		q = canonical(q);
		if (page != null || limit != null) {
			page = (page != null) ? page : 1;
			limit = (limit != null) ? limit : DEFAULT_LIMIT;
		}
	}

	/** The form both the search and the cache keys use; {@code null} for no search. */
	static String canonical(String text) {
		if (text == null) {
			return null;
		}
		String canonical = WHITE_SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
		return canonical.isEmpty() ? null : canonical;
	}

	boolean isEmpty() {
		return this.q == null && this.page == null;
	}

	/** Searches are answered and kept in process only, never in Redis. */
	boolean searches() {
		return this.q != null;
	}

	String cacheKey() {
		if (isEmpty()) {
			return CatalogReader.ALL;
		}
		return "list:" + ((this.page != null) ? this.page + ":" + this.limit : "all") + ":"
				+ ((this.q != null) ? this.q : "");
	}

	List<Course> apply(List<Course> courses) {
		var matching = courses.stream()
			.filter((c) -> this.q == null || String.valueOf(canonical(c.name())).contains(this.q))
			.sorted(Comparator.comparing(Course::id));
		if (this.page == null) {
			return matching.toList();
		}
		return matching.skip((long) (this.page - 1) * this.limit).limit(this.limit).toList();
	}

}
