package lms.events;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import lms.events.identity.ActivationRequested;
import lms.events.identity.ActivationRequestedV1;
import lms.events.identity.PasswordResetRequestedV1;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventCatalogTest {

	@Test
	void everyTypeIsVersionedUniqueAndOnAKnownTopic() {
		Set<String> topics = Set.of(Topics.IDENTITY_USER, Topics.IDENTITY_SESSION, Topics.COURSE_COURSE,
				Topics.COURSE_ENROLLMENT, Topics.MEDIA_ASSET);
		assertThat(EventCatalog.all()).hasSize(22).allSatisfy((descriptor) -> {
			assertThat(descriptor.type()).startsWith("lms.").containsPattern("\\.v\\d+$");
			assertThat(topics).contains(descriptor.topic());
		});
		assertThat(EventCatalog.all().stream().map(EventDescriptor::type).collect(Collectors.toSet())).hasSize(22);
	}

	@Test
	void findsDescriptorsByTypeAndByClass() {
		EventDescriptor byClass = EventCatalog.of(ActivationRequested.class);
		assertThat(byClass.type()).isEqualTo("lms.identity.ActivationRequested.v2");
		assertThat(EventCatalog.byType(byClass.type())).contains(byClass);
		assertThat(EventCatalog.byType("lms.unknown.Thing.v1")).isEmpty();
	}

	@Test
	void refusesAClassOutsideTheCatalog() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventCatalog.of(Stray.class));
	}

	@Test
	@SuppressWarnings("deprecation")
	void versionOneKeepsItsClearCodeOutOfToString() {
		var event = new ActivationRequestedV1("a@b.c", "Ann", "4821", Instant.parse("2026-01-01T00:00:00Z"));
		var reset = new PasswordResetRequestedV1("u1", "a@b.c", "Ann", "904512", Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(event.toString()).doesNotContain("4821");
		assertThat(reset.toString()).doesNotContain("904512");
	}

	record Stray(String id) implements DomainEvent {

		@Override
		public String aggregateId() {
			return id;
		}

	}

}
