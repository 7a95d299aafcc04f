package lms.course.catalog;

import io.swagger.v3.oas.annotations.Operation;
import lms.course.course.CourseStore;
import lms.kit.web.ApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: cached bytes, ETag revalidation, gzip when accepted. */
@RestController
@RequestMapping("/api/v1")
record CatalogController(CatalogReader catalog) {

	@Operation(summary = "Every course in its public shape")
	@GetMapping("/get-courses")
	ResponseEntity<byte[]> courses(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
			@RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
		return HttpCaching.answer(this.catalog.courses(new CatalogQuery(q, page, limit)), ifNoneMatch, acceptEncoding);
	}

	@Operation(summary = "One course in its public shape")
	@GetMapping("/get-course/{id}")
	ResponseEntity<byte[]> course(@PathVariable String id,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
			@RequestHeader(name = "Accept-Encoding", required = false) String acceptEncoding) {
		CachedResponse response = this.catalog.course(id)
			.orElseThrow(() -> ApiException.notFound(CourseStore.COURSE_NOT_FOUND));
		return HttpCaching.answer(response, ifNoneMatch, acceptEncoding);
	}

}
