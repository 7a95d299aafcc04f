package lms.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MailFolderTest {

	@TempDir
	Path directory;

	@Test
	void pageShowsHeadersAboveTheBody() throws Exception {
		Path page = new MailFolder(this.directory).write(mail("Welcome <new> learner", "<h1>Hi & welcome</h1>"));

		String html = Files.readString(page);
		assertThat(html).contains("<th>To</th><td>ada@example.com</td>",
				"<th>Subject</th><td>Welcome &lt;new&gt; learner</td>", "<th>Date</th>",
				"srcdoc=\"&lt;base target=&quot;_top&quot;&gt;&lt;h1&gt;Hi &amp; welcome");
		assertThat(html.indexOf("<th>Subject</th>")).isLessThan(html.indexOf("<iframe"));
		assertThat(page.getFileName().toString()).endsWith("-welcome-new-learner.html");
	}

	@Test
	void indexListsMailsNewestFirstAcrossRestarts() throws Exception {
		new MailFolder(this.directory).write(mail("First", "<p>1</p>"));
		new MailFolder(this.directory).write(mail("Second", "<p>2</p>"));

		String index = Files.readString(this.directory.resolve("index.html"));
		assertThat(index.indexOf(">Second</a>")).isPositive().isLessThan(index.indexOf(">First</a>"));
	}

	@Test
	void plainTextMailIsShownPreformatted() throws Exception {
		ReceivedMail plain = new ReceivedMail(Instant.now(), "noreply@lms.local", List.of("ada@example.com"), "Plain",
				Instant.now(), null, "line 1\nline <2>");

		assertThat(Files.readString(new MailFolder(this.directory).write(plain)))
			.contains("<pre>line 1\nline &lt;2&gt;</pre>");
	}

	private static ReceivedMail mail(String subject, String html) {
		return new ReceivedMail(Instant.now(), "noreply@lms.local", List.of("ada@example.com"), subject, Instant.now(),
				html, "text");
	}

}
