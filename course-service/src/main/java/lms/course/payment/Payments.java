package lms.course.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The payment records. Spending one is a conditional findAndModify on the unused record,
 * so of two concurrent orders only one gets it.
 */
@Component
class Payments {

	private static final int NEWEST_CANDIDATES = 20;

	private final MongoTemplate mongo;

	Payments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(Payment payment) {
		this.mongo.insert(payment);
	}

	Optional<Payment> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Payment.class));
	}

	/** This user's unused payments, newest first. */
	List<Payment> unused(String userId) {
		Query query = Query.query(Criteria.where("userId").is(userId).and("usedFor").is(null))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(NEWEST_CANDIDATES);
		return this.mongo.find(query, Payment.class);
	}

	boolean claim(Payment payment, String courseId, Instant now) {
		Query unused = Query
			.query(Criteria.where("_id").is(payment.id()).and("userId").is(payment.userId()).and("usedFor").is(null));
		Update use = new Update().set("usedFor", courseId).set("usedAt", now);
		return this.mongo.findAndModify(unused, use, FindAndModifyOptions.options().returnNew(true),
				Payment.class) != null;
	}

	void release(String paymentId, String courseId) {
		Query spent = Query.query(Criteria.where("_id").is(paymentId).and("usedFor").is(courseId));
		this.mongo.updateFirst(spent, new Update().unset("usedFor").unset("usedAt"), Payment.class);
	}

}
