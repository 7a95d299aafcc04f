package lms.kit.deadletter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lms.kit.web.ApiException;

/**
 * Names one dead letter of a group: the topic it was read from, and its partition and
 * offset in the group's dead-letter topic, as {@code <topic>-<partition>-<offset>}.
 */
public record DeadLetterId(String topic, int partition, long offset) {

	private static final Pattern FORMAT = Pattern.compile("(.+)-(\\d{1,9})-(\\d{1,18})");

	/** 404 for anything that cannot name a dead letter. */
	public static DeadLetterId parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw ApiException.notFound("Dead letter not found");
		}
		return new DeadLetterId(matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
	}

	@Override
	public String toString() {
		return this.topic + "-" + this.partition + "-" + this.offset;
	}

}
