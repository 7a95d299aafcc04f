package lms.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the rendered examples under {@code docs/mails/} in step with the templates: each
 * mail test writes the HTML it received, so the docs show what a mail client gets.
 */
public final class MailDocs {

	private static final Path DIRECTORY = Path.of("docs", "mails");

	private MailDocs() {
	}

	public static void write(String name, String html) {
		try {
			Files.createDirectories(DIRECTORY);
			Path file = DIRECTORY.resolve(name + ".html");
			if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(html)) {
				Files.writeString(file, html, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
