package lms.kit.analytics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The original's analytics ({@code users/courses/orders.last12Months}): documents created
 * in each of the last twelve 28-day windows, counted by MongoDB in one aggregation that
 * numbers each document's window and groups by it.
 */
public class Last12Months {

	private static final long WINDOW_MILLIS = MonthWindows.DAYS * 24L * 60 * 60 * 1000;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ZoneId zone;

	public Last12Months(MongoTemplate mongo, Clock clock, ZoneId zone) {
		this.mongo = mongo;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Counts the documents of {@code collection} that also match {@code filter}, by
	 * {@code createdAt}.
	 */
	public List<MonthCount> count(String collection, Document filter) {
		MonthWindows windows = MonthWindows.endingToday(this.clock, this.zone);
		Date from = Date.from(windows.start());
		Document window = new Document("$floor", new Document("$divide",
				List.of(new Document("$subtract", List.of("$createdAt", from)), WINDOW_MILLIS)));
		Document match = new Document(filter).append("createdAt",
				new Document("$gte", from).append("$lt", Date.from(windows.end())));
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$group", new Document("_id", window).append("count", new Document("$sum", 1))));
		Map<Integer, Long> counts = new HashMap<>();
		for (Document row : this.mongo.getCollection(collection).aggregate(pipeline)) {
			counts.put(((Number) row.get("_id")).intValue(), ((Number) row.get("count")).longValue());
		}
		List<MonthWindows.Window> all = windows.windows();
		return IntStream.range(0, all.size())
			.mapToObj((i) -> new MonthCount(all.get(i).month(), counts.getOrDefault(i, 0L)))
			.toList();
	}

}
