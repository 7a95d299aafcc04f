package lms.identity.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import lms.identity.user.User;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Accounts created per window, counted by MongoDB in one {@code $bucket} aggregation.
 */
@Service
class UserAnalytics {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ZoneId zone;

	UserAnalytics(MongoTemplate mongo, Clock clock, @Value("${lms.identity.analytics.zone:UTC}") ZoneId zone) {
		this.mongo = mongo;
		this.clock = clock;
		this.zone = zone;
	}

	List<Last12Months.MonthCount> last12Months() {
		Last12Months windows = Last12Months.endingAt(this.clock, this.zone);
		List<Instant> bounds = windows.boundaries();
		Aggregation aggregation = Aggregation.newAggregation(
				Aggregation.match(Criteria.where(User.CREATED_AT)
					.gte(bounds.get(0))
					.lt(bounds.get(12))
					.and(User.DELETED_AT)
					.exists(false)),
				Aggregation.bucket(User.CREATED_AT)
					.withBoundaries(bounds.stream().map(Date::from).toArray())
					.andOutputCount()
					.as("count"));
		long[] counts = new long[12];
		for (Document bucket : this.mongo.aggregate(aggregation, "users", Document.class)) {
			Instant lower = ((Date) bucket.get("_id")).toInstant();
			int index = bounds.indexOf(lower);
			if (index >= 0 && index < 12) {
				counts[index] = ((Number) bucket.get("count")).longValue();
			}
		}
		return windows.withCounts(counts);
	}

}
