package lms.course.catalog;

import java.nio.charset.StandardCharsets;

import lms.kit.cache.EventPosition;

/**
 * A catalog answer's JSON with the position in the course events it reflects, as Redis
 * keeps it: the position's text, a line break, the JSON (an entry without the line, from
 * an older version, reflects no known position).
 */
record SharedAnswer(EventPosition position, byte[] json) {

	String encode() {
		return this.position.format() + "\n" + new String(this.json, StandardCharsets.UTF_8);
	}

	static SharedAnswer decode(String stored) {
		int newline = stored.indexOf('\n');
		if (newline < 0) {
			return new SharedAnswer(EventPosition.START, stored.getBytes(StandardCharsets.UTF_8));
		}
		return new SharedAnswer(EventPosition.parse(stored.substring(0, newline)),
				stored.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
	}

}
