package lms.course.video;

/** What a player needs to play a protected video: VdoCipher's answer, passed through. */
record VideoOtp(String otp, String playbackInfo) {
}
