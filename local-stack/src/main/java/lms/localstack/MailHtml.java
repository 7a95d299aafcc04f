package lms.localstack;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The HTML a person sees in the mail folder: one page per mail and the index rows.
 */
final class MailHtml {

	static final String INDEX_MARKER = "<!-- newest mails go below this line -->";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private static final String STYLE = "<style>body{font-family:sans-serif;margin:1.5em}"
			+ "table{border-collapse:collapse}th,td{text-align:left;padding:.3em .8em;border-bottom:1px solid #ddd}"
			+ "iframe{width:100%;height:75vh;border:1px solid #ccc}</style>";

	private MailHtml() {
	}

	static String page(ReceivedMail mail) {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(mail.subject()) + "</title>"
				+ STYLE + "</head><body>\n<p><a href=\"index.html\">&larr; all mails</a></p>\n<table>\n"
				+ header("To", String.join(", ", mail.to())) + header("From", mail.from())
				+ header("Subject", mail.subject()) + header("Date", DATE.format(mail.sentDate())) + "</table>\n"
				+ body(mail) + "\n</body></html>\n";
	}

	static String emptyIndex() {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Local mails</title>" + STYLE
				+ "<meta http-equiv=\"refresh\" content=\"10\"></head><body>\n<h1>Mails sent by the local stack</h1>\n"
				+ "<table>\n<tr><th>Received</th><th>To</th><th>Subject</th></tr>\n" + INDEX_MARKER
				+ "\n</table>\n</body></html>\n";
	}

	static String indexRow(ReceivedMail mail, String fileName) {
		return "<tr><td>" + DATE.format(mail.receivedAt()) + "</td><td>" + escape(String.join(", ", mail.to()))
				+ "</td><td><a href=\"" + escape(fileName) + "\">" + escape(mail.subject()) + "</a></td></tr>";
	}

	private static String header(String name, String value) {
		return "<tr><th>" + name + "</th><td>" + escape(value) + "</td></tr>\n";
	}

	/**
	 * The HTML body goes into an iframe so its styles cannot disturb the headers; its
	 * links open in the whole window.
	 */
	private static String body(ReceivedMail mail) {
		if (mail.html() != null) {
			return "<iframe srcdoc=\"" + escape("<base target=\"_top\">" + mail.html()) + "\"></iframe>";
		}
		return "<pre>" + escape(mail.body()) + "</pre>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
