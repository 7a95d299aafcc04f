package lms.localstack;

/**
 * Progress lines for the person watching the stack start and stop.
 */
final class Say {

	private Say() {
	}

	static void info(String message) {
		System.out.println("[local-stack] " + message);
	}

	static void problem(String message) {
		System.err.println("[local-stack] " + message);
	}

}
