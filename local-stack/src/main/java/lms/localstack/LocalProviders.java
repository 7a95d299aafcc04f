package lms.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lms.testkit.StripeStub;
import lms.testkit.VdoCipherStub;

/**
 * The local run's stand-ins for the paid services course-service calls, so a newcomer can
 * demo a purchase and a video without accounts: the test kit's Stripe stub with a
 * {@link PaymentDesk} to mark PaymentIntents paid, and its VdoCipher stub answering
 * placeholder OTPs for any video. Each is started only when its real service is not
 * configured (neither course-service's arguments nor the environment name a key or an API
 * address), and listens on 127.0.0.1 only. Course-service never contains them: this is a
 * local tool, absent from every image.
 */
record LocalProviders(StripeStub stripe, PaymentDesk desk, VdoCipherStub vdoCipher) implements AutoCloseable {

	static final String PUBLISHABLE_KEY = "pk_test_local_stand_in";

	private static final List<String> STRIPE_SETTINGS = List.of("lms.course.payments.secret-key",
			"lms.course.payments.api-base", "STRIPE_SECRET_KEY", "LMS_COURSE_PAYMENTS_SECRETKEY",
			"LMS_COURSE_PAYMENTS_APIBASE");

	private static final List<String> VDOCIPHER_SETTINGS = List.of("lms.course.vdocipher.api-secret",
			"lms.course.vdocipher.api-base", "VDOCIPHER_API_SECRET", "LMS_COURSE_VDOCIPHER_APISECRET",
			"LMS_COURSE_VDOCIPHER_APIBASE");

	/**
	 * Starts the stand-ins the stack needs: none without course-service, and none for a
	 * service whose real account is configured.
	 */
	static LocalProviders start(LocalStackOptions options, Map<String, String> environment) {
		if (!options.services().contains(LmsService.COURSE)) {
			return new LocalProviders(null, null, null);
		}
		List<String> arguments = options.extraArgumentsFor(LmsService.COURSE);
		LocalProviders payments = configured(STRIPE_SETTINGS, arguments, environment)
				? new LocalProviders(null, null, null) : payments();
		try {
			VdoCipherStub vdoCipher = configured(VDOCIPHER_SETTINGS, arguments, environment) ? null
					: new VdoCipherStub().acceptingAnyVideo();
			return new LocalProviders(payments.stripe, payments.desk, vdoCipher);
		}
		catch (RuntimeException | LinkageError ex) {
			payments.close();
			throw ex;
		}
	}

	private static LocalProviders payments() {
		StripeStub stripe = new StripeStub();
		try {
			return new LocalProviders(stripe, PaymentDesk.start(stripe), null);
		}
		catch (RuntimeException ex) {
			stripe.close();
			throw ex;
		}
	}

	/** What course-service needs to call the stand-ins that run. */
	List<String> courseArguments() {
		List<String> arguments = new ArrayList<>();
		if (this.stripe != null) {
			arguments.add("--lms.course.payments.api-base=" + this.stripe.baseUrl());
			arguments.add("--lms.course.payments.secret-key=" + StripeStub.SECRET_KEY);
			arguments.add("--lms.course.payments.publishable-key=" + PUBLISHABLE_KEY);
		}
		if (this.vdoCipher != null) {
			arguments.add("--lms.course.vdocipher.api-base=" + this.vdoCipher.baseUrl());
			arguments.add("--lms.course.vdocipher.api-secret=" + VdoCipherStub.API_SECRET);
		}
		return arguments;
	}

	/** The page where PaymentIntents are marked paid, while the Stripe stand-in runs. */
	Optional<String> paymentDeskUrl() {
		return Optional.ofNullable(this.desk).map(PaymentDesk::url);
	}

	boolean videoStandIn() {
		return this.vdoCipher != null;
	}

	@Override
	public void close() {
		if (this.desk != null) {
			this.desk.close();
		}
		if (this.stripe != null) {
			this.stripe.close();
		}
		if (this.vdoCipher != null) {
			this.vdoCipher.close();
		}
	}

	private static boolean configured(List<String> settings, List<String> arguments, Map<String, String> environment) {
		return settings.stream()
			.anyMatch((name) -> arguments.stream().anyMatch((arg) -> arg.startsWith("--" + name + "="))
					|| !environment.getOrDefault(name, "").isBlank());
	}

}
