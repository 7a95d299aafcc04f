package lms.systemtest;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.CloudinaryStub;
import lms.testkit.StripeStub;

/**
 * The stack the fault tests break, once per test JVM and never the journeys' one (they
 * run in another Failsafe execution): the five services as processes on free ports,
 * course-service paying through a Stripe stand-in, media-service storing images on a
 * Cloudinary stand-in that a test can make fail.
 */
final class FaultySystem {

	private static LocalStack stack;

	private static CloudinaryStub cloudinary;

	private static Accounts accounts;

	private FaultySystem() {
	}

	static synchronized LocalStack stack() {
		if (stack == null) {
			cloudinary = CloudinaryStub.create("lms-faults", "fault-key", "fault-secret");
			stack = SystemStack.startAlone(SystemStack.builder("faults", new StripeStub(), cloudinary)
				// production waits up to 5 min between clean-up attempts; a test cannot
				// wait that long to see the images of an outage destroyed
				.arguments(LmsService.MEDIA, "--lms.media.cleanup.max-back-off=5s")::start);
		}
		return stack;
	}

	/** Sign-up, login and mailed codes through this stack's gateway. */
	static synchronized Accounts accounts() {
		if (accounts == null) {
			accounts = new Accounts(stack());
		}
		return accounts;
	}

	/** The Cloudinary stand-in media-service stores images on. */
	static synchronized CloudinaryStub cloudinary() {
		stack();
		return cloudinary;
	}

}
