package lms.course.users;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What course-service knows of a user, fed by identity's events: the name and avatar
 * shown on questions and reviews, and the email a reply mail goes to (never shown).
 */
@Document(UserProfile.COLLECTION)
record UserProfile(@Id String id, String email, String name, String avatarUrl) {

	static final String COLLECTION = "users";

}
