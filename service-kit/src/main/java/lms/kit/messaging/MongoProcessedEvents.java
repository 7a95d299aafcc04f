package lms.kit.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Processed event ids in the service's own database, kept for a bounded time. A scheduled
 * purge removes old ids because the MongoDB stand-in ignores TTL indexes.
 */
public class MongoProcessedEvents implements ProcessedEvents {

	static final String COLLECTION = "processed_events";

	private static final Logger log = LoggerFactory.getLogger(MongoProcessedEvents.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	public MongoProcessedEvents(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public boolean contains(String group, String eventId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(key(group, eventId))), COLLECTION);
	}

	@Override
	public void add(String group, String eventId) {
		Document marker = new Document("_id", key(group, eventId)).append("group", group)
			.append("processedAt", Date.from(this.clock.instant()));
		try {
			this.mongo.insert(marker, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			log.debug("Event {} was already marked processed for {}", eventId, group);
		}
	}

	/** Forgets ids older than the retention; returns how many were removed. */
	public long purgeOlderThan(Duration retention) {
		Date cutoff = Date.from(this.clock.instant().minus(retention));
		return this.mongo.remove(Query.query(Criteria.where("processedAt").lt(cutoff)), COLLECTION).getDeletedCount();
	}

	private static String key(String group, String eventId) {
		return group + ":" + eventId;
	}

}
