package lms.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lms.events.course.CourseCreated;
import lms.events.course.CourseDeleted;
import lms.events.course.CourseUpdated;
import lms.events.course.EnrollmentCreated;
import lms.events.course.LayoutBannerReplaced;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.events.identity.ActivationRequested;
import lms.events.identity.ActivationRequestedV1;
import lms.events.identity.PasswordResetRequested;
import lms.events.identity.PasswordResetRequestedV1;
import lms.events.identity.SessionRevoked;
import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserEnrolled;
import lms.events.identity.UserPasswordChanged;
import lms.events.identity.UserProfileUpdated;
import lms.events.identity.UserRegistered;
import lms.events.identity.UserRoleChanged;
import lms.events.media.MediaDeleted;

/**
 * Every event type of {@code events.md}, found by payload class or by CloudEvents type.
 * Versions still being migrated from stay listed until they are retired
 * ({@code events/README.md}).
 */
@SuppressWarnings("deprecation")
public final class EventCatalog {

	private static final List<Class<? extends DomainEvent>> PAYLOADS = List.of(ActivationRequested.class,
			UserRegistered.class, PasswordResetRequested.class, UserProfileUpdated.class, UserAvatarChanged.class,
			UserRoleChanged.class, UserDeleted.class, UserEnrolled.class, UserPasswordChanged.class,
			SessionRevoked.class, CourseCreated.class, CourseUpdated.class, CourseDeleted.class, QuestionAsked.class,
			QuestionAnswered.class, ReviewAdded.class, ReviewReplied.class, EnrollmentCreated.class,
			LayoutBannerReplaced.class, MediaDeleted.class, ActivationRequestedV1.class,
			PasswordResetRequestedV1.class);

	private static final Map<Class<? extends DomainEvent>, EventDescriptor> BY_CLASS = PAYLOADS.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), EventCatalog::describe));

	private static final Map<String, EventDescriptor> BY_TYPE = BY_CLASS.values()
		.stream()
		.collect(Collectors.toUnmodifiableMap(EventDescriptor::type, Function.identity()));

	private EventCatalog() {
	}

	public static EventDescriptor of(Class<? extends DomainEvent> payload) {
		EventDescriptor descriptor = BY_CLASS.get(payload);
		if (descriptor == null) {
			throw new IllegalArgumentException(payload.getName() + " is not in the event catalog");
		}
		return descriptor;
	}

	public static Optional<EventDescriptor> byType(String type) {
		return Optional.ofNullable(BY_TYPE.get(type));
	}

	public static List<EventDescriptor> all() {
		return PAYLOADS.stream().map(BY_CLASS::get).toList();
	}

	private static EventDescriptor describe(Class<? extends DomainEvent> payload) {
		Event event = payload.getAnnotation(Event.class);
		if (event == null) {
			throw new IllegalStateException(payload.getName() + " lacks @Event");
		}
		return new EventDescriptor(event.type(), event.topic(), payload);
	}

}
