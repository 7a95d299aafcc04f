package lms.course.enrollment;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who is enrolled in what, read from this service's own enrollment records. */
@Component
public class Enrollments {

	private final MongoTemplate mongo;

	Enrollments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexes() {
		this.mongo.indexOps(Enrollment.class)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("courseId", Sort.Direction.ASC)
				.unique()
				.named("user_course"));
	}

	public boolean enrolled(String userId, String courseId) {
		return this.mongo.exists(Query.query(Criteria.where("userId").is(userId).and("courseId").is(courseId)),
				Enrollment.class);
	}

	public List<String> courseIds(String userId) {
		return this.mongo.find(Query.query(Criteria.where("userId").is(userId)), Enrollment.class)
			.stream()
			.map(Enrollment::courseId)
			.toList();
	}

}
