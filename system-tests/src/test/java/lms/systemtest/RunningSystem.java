package lms.systemtest;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.CloudinaryStub;
import lms.testkit.StripeStub;

/**
 * The whole system, once per test JVM: the embedded infrastructure and the five services
 * as real processes on free ports, stopped when the JVM ends. Course-service pays through
 * a Stripe stub and media-service stores images on a Cloudinary stub. Every limit keeps
 * its default: the journeys' users come from this machine's loopback addresses, as a
 * class behind one NAT would. Every service exports its spans to a Zipkin stand-in, and
 * notification-service reads its HTML mail templates from a copy a test may break.
 */
final class RunningSystem {

	private static LocalStack stack;

	private static StripeStub stripe;

	private static CloudinaryStub cloudinary;

	private static Accounts accounts;

	private static MailTemplates mailTemplates;

	private static ZipkinCollector zipkin;

	private RunningSystem() {
	}

	static synchronized LocalStack stack() {
		if (stack == null) {
			stripe = new StripeStub();
			cloudinary = CloudinaryStub.create("lms-system", "system-key", "system-secret");
			Runtime.getRuntime().addShutdownHook(new Thread(cloudinary::close, "system-cloudinary-stub"));
			mailTemplates = MailTemplates.copy();
			zipkin = ZipkinCollector.start();
			stack = SystemStack.startAlone(SystemStack.builder("system", stripe)
				.arguments(LmsService.MEDIA, "--lms.media.cloudinary.url=" + cloudinary.cloudinaryUrl(),
						"--lms.media.cloudinary.upload-prefix=" + cloudinary.uploadPrefix())
				.arguments(LmsService.NOTIFICATION, mailTemplates.serviceArguments())
				.argumentsForAll(zipkin.serviceArguments())::start);
		}
		return stack;
	}

	/** The local stand-in for Stripe's API that course-service pays through. */
	static synchronized StripeStub stripe() {
		stack();
		return stripe;
	}

	/** The local stand-in for Cloudinary that media-service stores images on. */
	static synchronized CloudinaryStub cloudinary() {
		stack();
		return cloudinary;
	}

	/** The Zipkin stand-in every service of this system exports its spans to. */
	static synchronized ZipkinCollector zipkin() {
		stack();
		return zipkin;
	}

	/**
	 * The mail templates this system's notification-service renders, to break and mend.
	 */
	static synchronized MailTemplates mailTemplates() {
		stack();
		return mailTemplates;
	}

	/** Sign-up, login and mailed codes through this system's gateway. */
	static synchronized Accounts accounts() {
		if (accounts == null) {
			accounts = new Accounts(stack());
			accounts.awaitSignInOpen();
		}
		return accounts;
	}

}
