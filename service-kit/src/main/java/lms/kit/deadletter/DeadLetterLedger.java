package lms.kit.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's own record of what operators did with its dead letters (the topics
 * themselves are append-only), and the claims that keep two replays of one event apart.
 * Every instance of the service shares it through the service's database.
 */
class DeadLetterLedger {

	static final String RESOLUTIONS = "dead_letter_resolutions";

	static final String CLAIMS = "dead_letter_claims";

	private final MongoTemplate mongo;

	private final Clock clock;

	DeadLetterLedger(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Optional<Resolution> resolution(String group, DeadLetterId id) {
		return Optional.ofNullable(this.mongo.findById(key(group, id.toString()), Document.class, RESOLUTIONS))
			.map(DeadLetterLedger::resolution);
	}

	Map<String, Resolution> resolutions(String group, Collection<DeadLetterId> ids) {
		List<String> keys = ids.stream().map((id) -> key(group, id.toString())).toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, RESOLUTIONS)
			.stream()
			.map(DeadLetterLedger::resolution)
			.collect(Collectors.toMap(Resolution::id, Function.identity()));
	}

	/** Records the resolution, or returns the one recorded first. */
	Resolution resolve(String group, DeadLetterRecord letter, String action, String by, String outcome) {
		DeadLetterId id = letter.id();
		Document document = new Document("_id", key(group, id.toString())).append("group", group)
			.append("deadLetter", id.toString())
			.append("dlt", letter.source().deadLetterTopic())
			.append("partition", id.partition())
			.append("offset", id.offset())
			.append("eventId", letter.eventId())
			.append("action", action)
			.append("by", by)
			.append("at", Date.from(this.clock.instant()))
			.append("outcome", outcome);
		try {
			this.mongo.insert(document, RESOLUTIONS);
			return resolution(document);
		}
		catch (DuplicateKeyException ex) {
			return resolution(group, id).orElseThrow();
		}
	}

	/** Resolved dead letters of the partition at or after {@code fromOffset}. */
	long resolvedFrom(String deadLetterTopic, int partition, long fromOffset) {
		return this.mongo.count(Query.query(
				Criteria.where("dlt").is(deadLetterTopic).and("partition").is(partition).and("offset").gte(fromOffset)),
				RESOLUTIONS);
	}

	List<Resolution> history(String group, int limit) {
		Query query = Query.query(Criteria.where("group").is(group))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(limit);
		return this.mongo.find(query, Document.class, RESOLUTIONS).stream().map(DeadLetterLedger::resolution).toList();
	}

	/**
	 * Takes the group's claim on an event unless another holds it; a claim lapses after
	 * its lease, so a replay whose instance died does not block the event for good.
	 */
	boolean claim(String group, String subject, String by, Duration lease) {
		Date now = Date.from(this.clock.instant());
		Date until = Date.from(this.clock.instant().plus(lease));
		String key = key(group, subject);
		try {
			this.mongo.insert(new Document("_id", key).append("by", by).append("until", until), CLAIMS);
			return true;
		}
		catch (DuplicateKeyException ex) {
			Query lapsed = Query.query(Criteria.where("_id").is(key).and("until").lt(now));
			return this.mongo.updateFirst(lapsed, new Update().set("by", by).set("until", until), CLAIMS)
				.getModifiedCount() == 1;
		}
	}

	void release(String group, String subject) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(key(group, subject))), CLAIMS);
	}

	private static String key(String group, String id) {
		return group + ":" + id;
	}

	private static Resolution resolution(Document document) {
		return new Resolution(document.getString("deadLetter"), document.getString("eventId"),
				document.getString("action"), document.getString("by"), document.getDate("at").toInstant(),
				document.getString("outcome"));
	}

}
