package lms.course.video;

/**
 * The video host. An unknown video is a 404 {@code ApiException}; the host failing or not
 * answering in time a 502/503.
 */
interface VideoOtps {

	VideoOtp otp(String videoId);

}
