package lms.course.users;

/** Where a mail to a user goes and the name it greets them with. */
public record Contact(String email, String name) {
}
