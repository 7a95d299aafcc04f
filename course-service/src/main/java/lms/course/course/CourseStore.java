package lms.course.course;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import lms.events.DomainEvent;
import lms.kit.outbox.Outbox;
import lms.kit.web.ApiException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads live courses and applies writes as one conditional single-document update that
 * also carries the write's events, retried when another write came first.
 */
@Component
public class CourseStore {

	public static final String COURSE_NOT_FOUND = "Course not found";

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final ApplicationEventPublisher local;

	private final Clock clock;

	CourseStore(MongoTemplate mongo, Outbox outbox, ApplicationEventPublisher local, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.local = local;
		this.clock = clock;
	}

	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	public Optional<Course> find(String id) {
		if (!Ids.valid(id)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findOne(Query.query(live().and("_id").is(id)), Course.class));
	}

	public Course require(String id) {
		return find(id).orElseThrow(() -> ApiException.notFound(COURSE_NOT_FOUND));
	}

	public List<Course> all(Sort sort) {
		return this.mongo.find(Query.query(live()).with(sort), Course.class);
	}

	public List<Course> byIds(Collection<String> ids) {
		List<String> valid = ids.stream().filter(Ids::valid).toList();
		return this.mongo.find(Query.query(live().and("_id").in(valid)).with(Sort.by("_id")), Course.class);
	}

	public List<Course> matching(Criteria criteria) {
		return this.mongo.find(Query.query(new Criteria().andOperator(live(), criteria)), Course.class);
	}

	public void insert(Course course) {
		this.mongo.insert(course);
		written(course.id());
	}

	/**
	 * Adds {@code delta} to {@code purchased} in one atomic update; the revision moves so
	 * a concurrent read-modify-write retries. False when the course is gone.
	 */
	public boolean countPurchase(String id, int delta) {
		Update update = new Update().inc("purchased", delta).inc("revision", 1);
		if (this.mongo.updateFirst(Query.query(live().and("_id").is(id)), update, Course.class)
			.getMatchedCount() == 0) {
			return false;
		}
		written(id);
		return true;
	}

	/**
	 * Reads the course, lets {@code decide} compute the change and applies it only if no
	 * other write came in between; retries otherwise.
	 */
	public <T> T write(String id, Function<Course, CourseChange<T>> decide) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Course course = require(id);
			CourseChange<T> change = decide.apply(course);
			Update update = change.update().inc("revision", 1);
			if (!change.events().isEmpty()) {
				this.outbox.append(update, change.events().toArray(DomainEvent[]::new));
			}
			Query current = Query.query(live().and("_id").is(id).and("revision").is(course.revision()));
			if (this.mongo.updateFirst(current, update, Course.class).getMatchedCount() == 1) {
				written(id);
				return change.result();
			}
		}
		throw ApiException.conflict("The course was changed by someone else meanwhile, try again");
	}

	/**
	 * A change stored beside the course (a review) that shows in its answers: evicts the
	 * caches and wakes the relay, as a write of the course itself does.
	 */
	public void changedBeside(String id) {
		written(id);
	}

	/** Caches evict before the relay may carry the event to other instances. */
	private void written(String id) {
		this.local.publishEvent(new CourseChanged(id));
		this.outbox.written();
	}

	private static Criteria live() {
		return Criteria.where("deletedAt").is(null);
	}

}
