package lms.course.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import lms.course.course.Course;
import lms.kit.web.ApiException;

/**
 * The optional {@code q}, {@code page} and {@code limit} of get-courses; without them the
 * original full list. Pages count from 1.
 */
record CatalogQuery(String q, Integer page, Integer limit) {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	CatalogQuery {
		q = (q != null && !q.isBlank()) ? q.trim() : null;
		if ((page != null && page < 1) || (limit != null && (limit < 1 || limit > MAX_LIMIT))) {
			throw ApiException.badRequest("page must be at least 1 and limit between 1 and " + MAX_LIMIT);
		}
		if (q != null && q.length() > 200) {
			throw ApiException.badRequest("q must be at most 200 characters");
		}
	}

	boolean isEmpty() {
		return this.q == null && this.page == null && this.limit == null;
	}

	String cacheKey() {
		return isEmpty() ? CatalogReader.ALL : "list:" + this.page + ":" + this.limit + ":" + this.q;
	}

	List<Course> apply(List<Course> courses) {
		var matching = courses.stream()
			.filter((c) -> this.q == null || (c.name() != null
					&& c.name().toLowerCase(Locale.ROOT).contains(this.q.toLowerCase(Locale.ROOT))))
			.sorted(Comparator.comparing(Course::id));
		if (this.page == null && this.limit == null) {
			return matching.toList();
		}
		int size = (this.limit != null) ? this.limit : DEFAULT_LIMIT;
		int number = (this.page != null) ? this.page : 1;
		return matching.skip((long) (number - 1) * size).limit(size).toList();
	}

}
