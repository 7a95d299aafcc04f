package lms.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusBytesTest {

	@Test
	void aCodeInClearIsFoundWhereverItStandsAlone() {
		BusBytes bus = bus("{\"email\":\"a@b.c\",\"activationCode\":\"4821\"}",
				"java.lang.IllegalStateException: code 731504 refused");
		assertThat(bus.topicsShowing("4821")).containsExactly("t0");
		assertThat(bus.topicsShowing("731504")).containsExactly("t1");
	}

	@Test
	void aCodeInsideIdsDatesSealedValuesOrLineNumbersIsNotAFinding() {
		BusBytes bus = bus("ce_id 6f1c2e8a-4821-4c00-9b2e-1234567890ab", "\"expiresAt\":\"4821-01-05T10:15:00Z\"",
				"eyJraWQiOiJa.-4821_x.4821a", "at lms.Foo.bar(Foo.java:4821)");
		assertThat(bus.topicsShowing("4821")).isEmpty();
	}

	private static BusBytes bus(String... topics) {
		Map<String, byte[]> bytes = new TreeMap<>();
		for (int i = 0; i < topics.length; i++) {
			bytes.put("t" + i, topics[i].getBytes(StandardCharsets.UTF_8));
		}
		return new BusBytes(bytes);
	}

}
