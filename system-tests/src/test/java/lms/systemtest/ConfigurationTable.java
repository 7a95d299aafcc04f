package lms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lms.*} keys of README's configuration table, as its first column writes
 * them: several keys per cell, {@code .x} (or {@code .x.y}) beside the last key written
 * in full, {@code {a,b}} for alternatives, {@code <id>} for a map's key and {@code [*]}
 * for a list's index.
 */
final class ConfigurationTable {

	private static final Path README = Path.of("..", "README.md");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern ALTERNATIVES = Pattern.compile("\\{([^}]+)}");

	private static final Pattern MAP_OR_LIST = Pattern.compile("\\.<[^>]+>|\\[\\*]");

	private final Set<String> keys;

	private ConfigurationTable(Set<String> keys) {
		this.keys = keys;
	}

	static ConfigurationTable readme() {
		try {
			return of(Files.readString(README));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ConfigurationTable of(String markdown) {
		Set<String> keys = new TreeSet<>();
		for (String row : configurationRows(markdown)) {
			String firstCell = row.substring(1, row.indexOf('|', 1));
			String anchor = null;
			Matcher code = CODE.matcher(firstCell);
			while (code.find()) {
				String key = code.group(1);
				if (key.startsWith(".") && anchor != null) {
					key = anchor.substring(0, anchor.lastIndexOf('.')) + key;
				}
				else {
					anchor = key;
				}
				keys.addAll(expanded(key));
			}
		}
		return new ConfigurationTable(keys);
	}

	Set<String> lmsKeys() {
		return this.keys.stream().filter((key) -> key.startsWith("lms.")).collect(TreeSet::new, Set::add, Set::addAll);
	}

	/** Whether the table names {@code property} or, for a map or list, its entries. */
	boolean covers(String property) {
		return this.keys.stream().anyMatch((key) -> property(key).equals(property));
	}

	/**
	 * The property the metadata declares for {@code key}: a map's or a list's own name
	 * for a key inside its entries.
	 */
	static String property(String key) {
		Matcher entry = MAP_OR_LIST.matcher(key);
		return entry.find() ? key.substring(0, entry.start()) : key;
	}

	private static List<String> configurationRows(String markdown) {
		List<String> rows = new ArrayList<>();
		boolean inSection = false;
		for (String line : markdown.lines().toList()) {
			if (line.startsWith("## ")) {
				inSection = line.equals("## Configuration");
			}
			else if (inSection && line.startsWith("| `")) {
				rows.add(line);
			}
		}
		return rows;
	}

	private static List<String> expanded(String key) {
		Matcher alternatives = ALTERNATIVES.matcher(key);
		if (!alternatives.find()) {
			return List.of(key);
		}
		List<String> keys = new ArrayList<>();
		for (String alternative : alternatives.group(1).split(",")) {
			keys.addAll(expanded(
					key.substring(0, alternatives.start()) + alternative.trim() + key.substring(alternatives.end())));
		}
		return keys;
	}

}
