package lms.identity.registration;

/**
 * The original's answer: {@code {success, message, activationToken}}.
 */
public record RegistrationResponse(boolean success, String message, String activationToken) {
}
