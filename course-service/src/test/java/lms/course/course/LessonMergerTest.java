package lms.course.course;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonMergerTest {

	static final Question ASKED = new Question("q1", null, "Why?", List.of(), Instant.EPOCH, Instant.EPOCH);

	static Lesson stored(String id, String title) {
		return new Lesson(id, title, null, null, null, null, null, List.of(), null, List.of(ASKED));
	}

	static LessonRequest edited(String id, String title) {
		return new LessonRequest(id, title, "new text", null, null, null, null, null, null);
	}

	@Test
	void aLessonSentBackWithItsIdKeepsIdAndQuestionsWhereverItMoved() {
		List<Lesson> merged = LessonMerger.merge(List.of(stored("a", "One"), stored("b", "Two")),
				List.of(edited("b", "Two, renamed"), edited("a", "One")));

		assertThat(merged).extracting(Lesson::id).containsExactly("b", "a");
		assertThat(merged).allSatisfy((lesson) -> assertThat(lesson.questions()).containsExactly(ASKED));
		assertThat(merged.get(0).title()).isEqualTo("Two, renamed");
		assertThat(merged.get(0).description()).isEqualTo("new text");
	}

	@Test
	void withoutAnIdTheLessonAtTheSamePositionWithTheSameTitleIsTheSameLesson() {
		List<Lesson> merged = LessonMerger.merge(List.of(stored("a", "One")), List.of(edited(null, "One")));

		assertThat(merged).singleElement().satisfies((lesson) -> {
			assertThat(lesson.id()).isEqualTo("a");
			assertThat(lesson.questions()).containsExactly(ASKED);
		});
	}

	@Test
	void aNewTitleOrAnUnknownIdIsANewLessonWithoutQuestions() {
		List<Lesson> merged = LessonMerger.merge(List.of(stored("a", "One"), stored("b", "Two")),
				List.of(edited(null, "Other"), edited("zzz", "Two")));

		assertThat(merged).extracting(Lesson::id).doesNotContain("a").allSatisfy((id) -> assertThat(Ids.valid(id)));
		assertThat(merged.get(1).id()).isEqualTo("b");
		assertThat(merged.get(0).questions()).isEmpty();
	}

	@Test
	void oneStoredLessonIsClaimedOnceSoADuplicateIdBecomesANewLesson() {
		List<Lesson> merged = LessonMerger.merge(List.of(stored("a", "One")),
				List.of(edited("a", "One"), edited("a", "One again")));

		assertThat(merged.get(0).id()).isEqualTo("a");
		assertThat(merged.get(1).id()).isNotEqualTo("a");
		assertThat(merged.get(1).questions()).isEmpty();
	}

	@Test
	void lessonsLeftOutOfTheEditAreDropped() {
		assertThat(LessonMerger.merge(List.of(stored("a", "One"), stored("b", "Two")), List.of(edited("b", "Two"))))
			.extracting(Lesson::id)
			.containsExactly("b");
	}

}
