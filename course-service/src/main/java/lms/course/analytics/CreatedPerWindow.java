package lms.course.analytics;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Documents created per 28-day window over the last twelve, counted by MongoDB: one
 * aggregation numbers each document's window and groups by it. Serves courses and orders.
 */
@Component
class CreatedPerWindow {

	private static final long WINDOW_MILLIS = MonthWindows.DAYS * 24L * 60 * 60 * 1000;

	private final MongoTemplate mongo;

	private final Clock clock;

	CreatedPerWindow(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Counts the documents of {@code collection} that also match {@code filter}. */
	List<MonthCount> last12Months(String collection, Document filter) {
		MonthWindows windows = MonthWindows.endingToday(this.clock, ZoneOffset.UTC);
		Date from = Date.from(windows.start());
		Document window = new Document("$floor", new Document("$divide",
				List.of(new Document("$subtract", List.of("$createdAt", from)), WINDOW_MILLIS)));
		Document match = new Document(filter).append("createdAt",
				new Document("$gte", from).append("$lt", Date.from(windows.end())));
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$group", new Document("_id", window).append("count", new Document("$sum", 1))));
		Map<Integer, Integer> counts = new HashMap<>();
		for (Document row : this.mongo.getCollection(collection).aggregate(pipeline)) {
			counts.put(((Number) row.get("_id")).intValue(), ((Number) row.get("count")).intValue());
		}
		List<MonthWindows.Window> all = windows.windows();
		return IntStream.range(0, all.size())
			.mapToObj((i) -> new MonthCount(all.get(i).month(), counts.getOrDefault(i, 0)))
			.toList();
	}

	record MonthCount(String month, int count) {
	}

}
