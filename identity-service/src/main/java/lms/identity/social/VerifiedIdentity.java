package lms.identity.social;

/**
 * What a verified ID token proves: this email belongs to the caller.
 */
record VerifiedIdentity(String email, String name) {
}
