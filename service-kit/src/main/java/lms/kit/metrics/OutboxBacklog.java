package lms.kit.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.outbox.OutboxEntry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox backlog per collection: {@code lms.outbox.pending} (entries the broker has
 * not acknowledged yet) and {@code lms.outbox.oldest.age} (seconds since the oldest of
 * them was written, 0 when none). Counted on a schedule, not per scrape; a document's
 * first entry is its oldest because entries are appended in order.
 */
class OutboxBacklog {

	private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

	private static final String FIELD = OutboxEntry.FIELD;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();

	OutboxBacklog(MongoTemplate mongo, List<String> collections, Clock clock, MeterRegistry registry) {
		this.mongo = mongo;
		this.clock = clock;
		collections.forEach((collection) -> this.backlogs.put(collection, register(collection, registry)));
	}

	@Scheduled(fixedDelayString = "${lms.metrics.refresh-interval:5s}", initialDelayString = "1s")
	void refresh() {
		this.backlogs.forEach((collection, backlog) -> {
			try {
				Document totals = this.mongo.getCollection(collection).aggregate(pipeline()).first();
				backlog.pending = (totals != null) ? ((Number) totals.get("pending")).longValue() : 0;
				Date oldest = (totals != null) ? totals.getDate("oldest") : null;
				backlog.oldest = (oldest != null) ? oldest.toInstant() : null;
			}
			catch (RuntimeException ex) {
				log.debug("Could not measure the outbox of {}: {}", collection, ex.getMessage());
			}
		});
	}

	private static List<Document> pipeline() {
		return List.of(new Document("$match", new Document(FIELD + ".0", new Document("$exists", true))),
				new Document("$project",
						new Document("n", new Document("$size", "$" + FIELD)).append("first",
								new Document("$arrayElemAt", List.of("$" + FIELD + ".time", 0)))),
				new Document("$group", new Document("_id", null).append("pending", new Document("$sum", "$n"))
					.append("oldest", new Document("$min", "$first"))));
	}

	private Backlog register(String collection, MeterRegistry registry) {
		Backlog backlog = new Backlog();
		Gauge.builder("lms.outbox.pending", backlog, (b) -> b.pending)
			.tag("collection", collection)
			.description("Outbox entries not yet acknowledged by the broker")
			.register(registry);
		Gauge.builder("lms.outbox.oldest.age", backlog, (b) -> b.ageSeconds(this.clock.instant()))
			.tag("collection", collection)
			.baseUnit("seconds")
			.description("Age of the oldest outbox entry not yet acknowledged by the broker")
			.register(registry);
		return backlog;
	}

	private static final class Backlog {

		volatile double pending = Double.NaN;

		volatile Instant oldest;

		double ageSeconds(Instant now) {
			Instant first = this.oldest;
			if (first == null) {
				return Double.isNaN(this.pending) ? Double.NaN : 0;
			}
			return Math.max(0, Duration.between(first, now).toMillis() / 1000.0);
		}

	}

}
