package lms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * notification-service's HTML mail templates, copied into a directory the stack's
 * notification-service reads them from (uncached), so a test can make one unrenderable by
 * configuration and fix it again while the service runs.
 */
final class MailTemplates {

	private static final Path SOURCE = Path.of("..", "notification-service", "src", "main", "resources", "templates");

	private static final String UNRENDERABLE = "<p th:text=\"${#no.such.utility()}\">broken on purpose</p>\n";

	private final Path directory;

	private MailTemplates(Path directory) {
		this.directory = directory;
	}

	static MailTemplates copy() {
		try {
			Path directory = Files.createTempDirectory("lms-mail-templates-");
			try (Stream<Path> files = Files.walk(SOURCE)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path target = directory.resolve(SOURCE.relativize(file).toString());
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
			return new MailTemplates(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The service arguments that make notification-service read these templates. */
	String[] serviceArguments() {
		return new String[] { "--spring.thymeleaf.prefix=file:" + this.directory.toAbsolutePath() + "/",
				"--spring.thymeleaf.cache=false" };
	}

	/** Makes the HTML template of this mail fail to render. */
	void breakTemplate(String name) {
		write(name, UNRENDERABLE);
	}

	/** Puts the shipped template back. */
	void restore(String name) {
		try {
			write(name, Files.readString(SOURCE.resolve("mail").resolve(name + ".html")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String name, String content) {
		try {
			Files.writeString(this.directory.resolve("mail").resolve(name + ".html"), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
