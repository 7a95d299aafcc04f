package lms.kit.cache;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class EventPositionTest {

	@Test
	void aPositionCoversAnotherWhenItIsAsFarOnEveryPartitionTheOtherNames() {
		EventPosition seen = EventPosition.START.after("course", 0, 4).after("enrollment", 0, 1);

		assertThat(seen.covers(EventPosition.START)).isTrue();
		assertThat(seen.after("course", 1, 0).covers(seen)).isTrue();
		assertThat(EventPosition.START.after("course", 0, 3).covers(seen)).as("behind on one").isFalse();
		assertThat(EventPosition.START.after("course", 0, 9).covers(seen)).as("a partition not named").isFalse();
		assertThat(EventPosition.START.covers(seen)).isFalse();
	}

	@Test
	void aPositionNeverMovesBack() {
		EventPosition position = EventPosition.START.after("course", 0, 7);

		assertThat(position.after("course", 0, 5)).isSameAs(position);
		assertThat(position.at("course", 0, 8)).isSameAs(position);
		assertThat(position.at("course", 0, 9).offsets()).containsEntry("course:0", 9L);
	}

	@Test
	void theHeaderFormReadsBackAndAnythingElseReadsAsTheStart() {
		EventPosition position = EventPosition.START.after("lms.course.course", 0, 41)
			.after("lms.course.enrollment", 2, 6);

		assertThat(position.format()).isEqualTo("lms.course.course:0:42,lms.course.enrollment:2:7");
		assertThat(EventPosition.parse(position.format())).isEqualTo(position);
		assertThat(EventPosition.parse(null)).isEqualTo(EventPosition.START);
		assertThat(EventPosition.parse("course:0:x")).isEqualTo(EventPosition.START);
		assertThat(EventPosition.parse("course:9")).isEqualTo(EventPosition.START);
		assertThat(EventPosition.parse("9")).isEqualTo(EventPosition.START);
	}

	@Test
	void aConsumedMessageMovesThePositionPastItsOffset() {
		EventPositionHolder holder = new EventPositionHolder();

		holder.advance(MessageBuilder.withPayload(new byte[0])
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, "lms.course.course")
			.setHeader(KafkaHeaders.RECEIVED_PARTITION, 0)
			.setHeader(KafkaHeaders.OFFSET, 12L)
			.build());
		holder.advance(MessageBuilder.withPayload(new byte[0]).build());

		assertThat(holder.current().offsets()).isEqualTo(Map.of("lms.course.course:0", 13L));
	}

}
