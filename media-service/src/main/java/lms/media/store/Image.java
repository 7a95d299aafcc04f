package lms.media.store;

/**
 * An image that passed the checks: its bytes, its format read from those bytes, and its
 * dimensions.
 */
public record Image(byte[] bytes, ImageType type, int width, int height) {

}
