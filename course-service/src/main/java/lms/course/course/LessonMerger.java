package lms.course.course;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Applies edited lessons to the stored ones without losing questions: a lesson keeps its
 * id and questions when the client sends its {@code _id} back, or when the lesson at the
 * same position has the same title.
 */
final class LessonMerger {

	private LessonMerger() {
	}

	static List<Lesson> merge(List<Lesson> stored, List<LessonRequest> edited) {
		Map<String, Lesson> byId = stored.stream().collect(Collectors.toMap(Lesson::id, Function.identity()));
		Set<String> claimed = new HashSet<>();
		return IntStream.range(0, edited.size()).mapToObj((i) -> {
			LessonRequest request = edited.get(i);
			Lesson match = byId.get(request.id());
			if (match == null && i < stored.size() && stored.get(i).title() != null
					&& stored.get(i).title().equals(request.title())) {
				match = stored.get(i);
			}
			if (match == null || !claimed.add(match.id())) {
				return request.toLesson(Ids.next(), List.of());
			}
			return request.toLesson(match.id(), match.questions());
		}).toList();
	}

	static List<Lesson> create(List<LessonRequest> lessons) {
		return lessons.stream().map((l) -> l.toLesson(Ids.next(), List.of())).toList();
	}

}
