package lms.kit.codes;

/**
 * A sealed code that none of the accepted keys opens. Its message never holds the sealed
 * value or a code; retrying cannot help, so consumers dead-letter the event.
 */
public class UnsealableCodeException extends RuntimeException {

	public UnsealableCodeException(String message) {
		super(message);
	}

}
