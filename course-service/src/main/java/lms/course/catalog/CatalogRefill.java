package lms.course.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads an edited course's public answer again as soon as an eviction dropped it, on a
 * virtual thread of its own: the first reader after an edit then finds it loaded, or
 * joins the load in flight ({@link SingleFlight}), instead of starting it. The load is an
 * ordinary read, with its generation and position checks. Only the edited course: the
 * full list and searches load on their next read.
 */
@Component
class CatalogRefill {

	private static final Logger log = LoggerFactory.getLogger(CatalogRefill.class);

	private final CatalogReader reader;

	CatalogRefill(CatalogReader reader) {
		this.reader = reader;
	}

	void refill(String courseId) {
		Thread.ofVirtual().name("catalog-refill").start(() -> {
			try {
				this.reader.course(courseId);
			}
			catch (RuntimeException ex) {
				log.debug("Refilling course {} failed; its next read loads it", courseId, ex);
			}
		});
	}

}
