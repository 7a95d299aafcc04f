package lms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret files {@code deploy/compose/prepare} makes, read from its {@code create}
 * lines, loops expanded: {@code for x in a b; do create "f-$x" ...} makes {@code f-a} and
 * {@code f-b}.
 */
final class PreparedSecrets {

	private static final Pattern SINGLE = Pattern.compile("(?m)^create \"?([A-Za-z0-9._-]+)\"?\\s");

	private static final Pattern LOOP = Pattern.compile("(?m)^for (\\w+) in ([^;]+); do\\s*\\n\\s*create \"([^\"]+)\"");

	private PreparedSecrets() {
	}

	static Set<String> names() {
		String prepare = script();
		Set<String> names = new TreeSet<>();
		Matcher single = SINGLE.matcher(prepare);
		while (single.find()) {
			names.add(single.group(1));
		}
		Matcher loop = LOOP.matcher(prepare);
		while (loop.find()) {
			for (String word : loop.group(2).trim().split("\\s+")) {
				names.add(loop.group(3).replace("$" + loop.group(1), word));
			}
		}
		return names;
	}

	static String script() {
		try {
			return Files.readString(Repository.file("deploy/compose/prepare"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
