package lms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.StripeStub;

/**
 * The whole system, once per test JVM: the embedded infrastructure and the five services
 * as real processes on free ports, stopped when the JVM ends.
 */
final class RunningSystem {

	private static LocalStack stack;

	private static StripeStub stripe;

	private RunningSystem() {
	}

	static synchronized LocalStack stack() {
		if (stack == null) {
			stripe = new StripeStub();
			stack = LocalStack.builder()
				.dataDirectory(temporaryDirectory())
				.randomPorts()
				.arguments(LmsService.COURSE, "--lms.course.payments.api-base=" + stripe.baseUrl(),
						"--lms.course.payments.secret-key=" + StripeStub.SECRET_KEY,
						"--lms.course.payments.publishable-key=pk_test_system")
				.readinessTimeout(Duration.ofMinutes(4))
				.start();
		}
		return stack;
	}

	/** The local stand-in for Stripe's API that course-service pays through. */
	static synchronized StripeStub stripe() {
		stack();
		return stripe;
	}

	private static java.nio.file.Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("lms-system-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
