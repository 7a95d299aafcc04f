package lms.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sample files under {@code samples/} and the digests of those already published
 * ({@code published.sha256}, in {@code sha256sum}'s format, so
 * {@code sha256sum -c published.sha256} checks them too).
 */
record EventSamples(Map<String, EventSample> byType, Map<String, String> published) {

	static final String LOCK = "published.sha256";

	static EventSamples load() {
		Path directory = directory();
		try (Stream<Path> files = Files.list(directory)) {
			Map<String, EventSample> byType = new LinkedHashMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
				EventSample sample = EventSample.parse(file.getFileName().toString(), Files.readAllBytes(file));
				byType.put(sample.type(), sample);
			}
			return new EventSamples(byType, lock(directory.resolve(LOCK)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Set<String> types() {
		return this.byType.keySet();
	}

	List<EventSample> all() {
		return List.copyOf(this.byType.values());
	}

	EventSample of(String type) {
		EventSample sample = this.byType.get(type);
		if (sample == null) {
			throw new IllegalStateException("No sample for " + type);
		}
		return sample;
	}

	/** What keeps the samples from matching the published digests, as messages. */
	List<String> changesToPublished() {
		List<String> problems = new ArrayList<>();
		for (EventSample sample : all()) {
			String digest = this.published.get(sample.fileName());
			if (digest == null) {
				problems.add("%s is not published yet: add the line \"%s  %s\" to samples/%s"
					.formatted(sample.fileName(), sample.digest(), sample.fileName(), LOCK));
			}
			else if (!digest.equals(sample.digest())) {
				problems.add(("%s was published and has changed: a published version is frozen; publish the change as "
						+ "a new version instead (events/README.md)")
					.formatted(sample.fileName()));
			}
		}
		return problems;
	}

	private static Map<String, String> lock(Path file) throws IOException {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\\s+\\*?", 2))
				.collect(Collectors.toMap((parts) -> parts[1], (parts) -> parts[0], (a, b) -> {
					throw new IllegalStateException("A sample is published twice in " + LOCK);
				}, LinkedHashMap::new));
		}
	}

	private static Path directory() {
		try {
			return Path.of(EventSamples.class.getResource("/samples").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
