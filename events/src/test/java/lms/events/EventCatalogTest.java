package lms.events;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import lms.events.identity.ActivationRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventCatalogTest {

	@Test
	void everyTypeIsVersionedUniqueAndOnAKnownTopic() {
		Set<String> topics = Set.of(Topics.IDENTITY_USER, Topics.IDENTITY_SESSION, Topics.COURSE_COURSE,
				Topics.COURSE_ENROLLMENT, Topics.MEDIA_ASSET);
		assertThat(EventCatalog.all()).hasSize(18).allSatisfy((descriptor) -> {
			assertThat(descriptor.type()).startsWith("lms.").endsWith(".v1");
			assertThat(topics).contains(descriptor.topic());
		});
		assertThat(EventCatalog.all().stream().map(EventDescriptor::type).collect(Collectors.toSet())).hasSize(18);
	}

	@Test
	void findsDescriptorsByTypeAndByClass() {
		EventDescriptor byClass = EventCatalog.of(ActivationRequested.class);
		assertThat(byClass.type()).isEqualTo("lms.identity.ActivationRequested.v1");
		assertThat(EventCatalog.byType(byClass.type())).contains(byClass);
		assertThat(EventCatalog.byType("lms.unknown.Thing.v1")).isEmpty();
	}

	@Test
	void refusesAClassOutsideTheCatalog() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventCatalog.of(Stray.class));
	}

	@Test
	void payloadsRoundTripThroughJsonAndKeepCodesOutOfToString() {
		JsonMapper json = JsonMapper.builder().build();
		ActivationRequested event = new ActivationRequested("a@b.c", "Ann", "4821",
				Instant.parse("2026-01-01T00:00:00Z"));
		String text = json.writeValueAsString(event);
		assertThat(text).contains("\"activationCode\":\"4821\"").contains("2026-01-01T00:00:00Z");
		assertThat(json.readValue(text, ActivationRequested.class)).isEqualTo(event);
		assertThat(event.toString()).doesNotContain("4821");
	}

	record Stray(String id) implements DomainEvent {

		@Override
		public String aggregateId() {
			return id;
		}

	}

}
