package lms.events;

/**
 * The topics of the event catalog, one per producing aggregate.
 */
public final class Topics {

	public static final String IDENTITY_USER = "lms.identity.user";

	public static final String IDENTITY_SESSION = "lms.identity.session";

	public static final String COURSE_COURSE = "lms.course.course";

	public static final String COURSE_ENROLLMENT = "lms.course.enrollment";

	public static final String MEDIA_ASSET = "lms.media.asset";

	private Topics() {
	}

}
