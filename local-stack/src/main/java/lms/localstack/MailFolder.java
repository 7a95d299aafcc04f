package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes each received mail as an HTML file a person can open in a browser, and keeps an
 * {@code index.html} listing them newest first. The folder outlives restarts.
 */
public final class MailFolder {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneId.systemDefault());

	private final Path directory;

	public MailFolder(Path directory) {
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

	public Path index() {
		return this.directory.resolve("index.html");
	}

	/**
	 * Writes the mail's page and adds it at the top of the index; returns the page.
	 */
	public synchronized Path write(ReceivedMail mail) {
		try {
			Files.createDirectories(this.directory);
			Path page = freeName(FILE_TIME.format(mail.receivedAt()) + "-" + slug(mail.subject()));
			writeAtomically(page, MailHtml.page(mail));
			addToIndex(MailHtml.indexRow(mail, page.getFileName().toString()));
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a mail into " + this.directory, ex);
		}
	}

	/**
	 * Creates an empty index if none exists yet, so the printed link works at once.
	 */
	public synchronized void prepare() {
		try {
			Files.createDirectories(this.directory);
			if (!Files.exists(index())) {
				writeAtomically(index(), MailHtml.emptyIndex());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the mail folder " + this.directory, ex);
		}
	}

	private void addToIndex(String row) throws IOException {
		prepare();
		String index = Files.readString(index(), StandardCharsets.UTF_8);
		if (!index.contains(MailHtml.INDEX_MARKER)) {
			index = MailHtml.emptyIndex();
		}
		writeAtomically(index(), index.replace(MailHtml.INDEX_MARKER, MailHtml.INDEX_MARKER + "\n" + row));
	}

	private Path freeName(String base) {
		Path candidate = this.directory.resolve(base + ".html");
		for (int i = 2; Files.exists(candidate); i++) {
			candidate = this.directory.resolve(base + "-" + i + ".html");
		}
		return candidate;
	}

	private void writeAtomically(Path target, String content) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		Files.writeString(partial, content, StandardCharsets.UTF_8);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static String slug(String subject) {
		String slug = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.substring(0, Math.min(slug.length(), 60));
		return slug.isEmpty() ? "mail" : slug;
	}

}
