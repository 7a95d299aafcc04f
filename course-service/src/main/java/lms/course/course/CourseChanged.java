package lms.course.course;

/**
 * Published in this process after a course write was stored, so caches evict before the
 * writer answers.
 */
public record CourseChanged(String courseId) {
}
