package lms.systemtest;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table and the configuration metadata the modules generate from
 * their {@code @ConfigurationProperties} (and declare for the few keys only placeholders
 * read) name the same {@code lms.*} keys.
 */
class ConfigurationTableTest {

	private final ConfigurationTable table = ConfigurationTable.readme();

	private final Set<String> declared = ConfigurationMetadata.lmsProperties();

	@Test
	void everyLmsPropertyTheModulesDeclareIsInTheTable() {
		Set<String> missing = new TreeSet<>();
		this.declared.stream().filter((property) -> !this.table.covers(property)).forEach(missing::add);
		assertThat(missing).as("lms.* properties missing from README's configuration table").isEmpty();
	}

	@Test
	void everyLmsKeyOfTheTableIsOneTheModulesDeclare() {
		Set<String> unknown = new TreeSet<>();
		this.table.lmsKeys()
			.stream()
			.filter((key) -> !this.declared.contains(ConfigurationTable.property(key)))
			.forEach(unknown::add);
		assertThat(unknown).as("keys in README's configuration table that no module declares").isEmpty();
	}

	@Test
	void theTableIsReadAsWritten() {
		ConfigurationTable table = ConfigurationTable.of("""
				## Configuration
				| key | used by | default | meaning |
				|---|---|---|---|
				| `server.port` | all | 8080 | HTTP port |
				| `lms.a.{b,c}.url` | all | x | y |
				| `lms.d.e`, `.f`, `.k.l`; `lms.g.h-i` | all | x | y |
				| `lms.m.clients.<id>.secret`, `.scopes`, `lms.m.issuers[*].uri` | m | x | y |
				## Next
				| `lms.not.in.the.table` | | | |
				""");
		assertThat(table.lmsKeys()).containsExactlyInAnyOrder("lms.a.b.url", "lms.a.c.url", "lms.d.e", "lms.d.f",
				"lms.d.k.l", "lms.g.h-i", "lms.m.clients.<id>.secret", "lms.m.clients.<id>.scopes",
				"lms.m.issuers[*].uri");
		assertThat(table.covers("lms.m.clients")).isTrue();
		assertThat(table.covers("lms.m.issuers")).isTrue();
		assertThat(table.covers("lms.not.in.the.table")).isFalse();
		assertThat(ConfigurationTable.property("lms.m.clients.<id>.secret")).isEqualTo("lms.m.clients");
		assertThat(ConfigurationTable.property("lms.m.issuers[*].uri")).isEqualTo("lms.m.issuers");
	}

}
