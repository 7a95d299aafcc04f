package lms.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import lms.events.identity.UserRoleChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The event catalog's contract (see {@code events/README.md}): one JSON sample per type
 * and version, read and written back unchanged by the payload record, and published
 * samples frozen by {@code samples/published.sha256}.
 */
class EventSamplesTest {

	private final EventSamples samples = EventSamples.load();

	@Test
	void everyCatalogEntryHasASample() {
		assertThat(EventCatalog.all())
			.allSatisfy((descriptor) -> assertThat(this.samples.types()).as("samples/%s.json", descriptor.type())
				.contains(descriptor.type()));
	}

	@Test
	void everySampleOfTheCatalogReadsAndWritesBackUnchanged() {
		for (EventDescriptor descriptor : EventCatalog.all()) {
			EventSample sample = this.samples.of(descriptor.type());
			DomainEvent payload = sample.read(descriptor.payload());
			JsonNode written = EventSample.JSON.valueToTree(payload);
			assertThat(written).as("%s written back", descriptor.type()).isEqualTo(sample.data());
			assertThat(sample.topic()).as("%s topic", descriptor.type()).isEqualTo(descriptor.topic());
			assertThat(payload.aggregateId()).as("%s key and subject", descriptor.type()).isEqualTo(sample.subject());
		}
	}

	@Test
	void publishedSamplesNeverChange() {
		assertThat(this.samples.changesToPublished()).isEmpty();
	}

	@Test
	void aChangedPublishedSampleIsRefusedAndANewOneMustBePublished() {
		EventSample published = this.samples.of("lms.identity.UserRoleChanged.v1");
		EventSample changed = EventSample.parse(published.fileName(), """
				{"type":"lms.identity.UserRoleChanged.v1","topic":"lms.identity.user","subject":"u1",
				 "data":{"userId":"u1","oldRole":"user","newRole":"admin"}}
				""".getBytes(StandardCharsets.UTF_8));
		EventSample added = EventSample.parse("lms.identity.UserRoleChanged.v2.json", """
				{"type":"lms.identity.UserRoleChanged.v2","topic":"lms.identity.user","subject":"u1","data":{}}
				""".getBytes(StandardCharsets.UTF_8));
		EventSamples edited = new EventSamples(Map.of(changed.type(), changed, added.type(), added),
				this.samples.published());
		assertThat(edited.changesToPublished()).satisfiesExactlyInAnyOrder(
				(problem) -> assertThat(problem)
					.startsWith("lms.identity.UserRoleChanged.v1.json was published and has changed"),
				(problem) -> assertThat(problem)
					.startsWith("lms.identity.UserRoleChanged.v2.json is not published yet"));
	}

	@Test
	void publishedSamplesAreNeverDeleted() {
		Set<String> present = new TreeSet<>();
		this.samples.all().forEach((sample) -> present.add(sample.fileName()));
		assertThat(present).as("samples of published versions, retired ones included")
			.containsAll(this.samples.published().keySet());
	}

	@Test
	void aSampleOutsideTheCatalogIsARetiredPublishedVersion() {
		for (EventSample sample : this.samples.all()) {
			if (EventCatalog.byType(sample.type()).isEmpty()) {
				assertThat(this.samples.published()).as("retired %s", sample.type()).containsKey(sample.fileName());
			}
		}
	}

	@Test
	void aChangedFieldIsCaughtByTheRoundTrip() {
		EventSample renamed = EventSample.parse("lms.identity.UserRoleChanged.v1.json", """
				{"type":"lms.identity.UserRoleChanged.v1","topic":"lms.identity.user","subject":"u1",
				 "data":{"userId":"u1","previousRole":"user","newRole":"admin"}}
				""".getBytes(StandardCharsets.UTF_8));
		assertThatException().isThrownBy(() -> renamed.read(UserRoleChanged.class))
			.withMessageContaining("previousRole");
	}

}
