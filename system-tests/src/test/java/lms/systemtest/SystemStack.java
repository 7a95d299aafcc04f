package lms.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.localstack.LocalStackBuilder;
import lms.testkit.CloudinaryStub;
import lms.testkit.StripeStub;

/**
 * What every system-test stack shares: its own temporary data directory, free ports, a
 * patient readiness time-out (several stacks may start at once on two cores) and
 * course-service paying through the given Stripe stand-in.
 */
final class SystemStack {

	private static final String MANY_USERS_ONE_IP = "100000";

	private static final Duration STALE_AFTER = Duration.ofHours(2);

	private static final Object STARTING = new Object();

	private SystemStack() {
	}

	static LocalStackBuilder builder(String name, StripeStub stripe) {
		return unconfigured(name).arguments(LmsService.COURSE, "--lms.course.payments.api-base=" + stripe.baseUrl(),
				"--lms.course.payments.secret-key=" + StripeStub.SECRET_KEY,
				"--lms.course.payments.publishable-key=pk_test_system");
	}

	/**
	 * A stack configured as {@code bin/run} starts it: no Stripe or VdoCipher account, so
	 * the stack's own local stand-ins serve course-service.
	 */
	static LocalStackBuilder unconfigured(String name) {
		return LocalStack.builder()
			.dataDirectory(temporaryDirectory(name))
			.randomPorts()
			// each stack starts once in a fresh directory: an archive would never be used
			.classArchives(false)
			.readinessTimeout(Duration.ofMinutes(4));
	}

	/**
	 * A stack for tests that load it with many users at once: media-service stores images
	 * on the Cloudinary stand-in (closed when the JVM ends), and since those users all
	 * come from this machine's one address, far more than a class, the per-address
	 * budgets of the gateway and identity-service are raised (and the gateway's per
	 * account, for the load one account makes); the per-account limits of identity stay.
	 */
	static LocalStackBuilder builder(String name, StripeStub stripe, CloudinaryStub cloudinary) {
		Runtime.getRuntime().addShutdownHook(new Thread(cloudinary::close, name + "-cloudinary-stub"));
		return manyUsersOneAddress(builder(name, stripe).arguments(LmsService.MEDIA,
				"--lms.media.cloudinary.url=" + cloudinary.cloudinaryUrl(),
				"--lms.media.cloudinary.upload-prefix=" + cloudinary.uploadPrefix()));
	}

	/**
	 * Raises the per-address budgets of the gateway and identity-service (every test user
	 * comes from this machine's one address) and the gateway's per account (for the load
	 * one account makes); the per-account limits of identity stay.
	 */
	static LocalStackBuilder manyUsersOneAddress(LocalStackBuilder builder) {
		return builder
			.arguments(LmsService.GATEWAY, "--lms.gateway.rate-limits.strict-per-address.capacity=" + MANY_USERS_ONE_IP,
					"--lms.gateway.rate-limits.per-address.capacity=" + MANY_USERS_ONE_IP,
					"--lms.gateway.rate-limits.per-account.capacity=" + MANY_USERS_ONE_IP,
					// at 250 ms the first login after start, on a cold Redis connection
					// of a loaded machine, was refused with 503
					"--lms.gateway.rate-limits.redis-timeout=2s")
			.arguments(LmsService.IDENTITY, Stream.of("registration", "activation", "forgot-password", "reset-password")
				.map((action) -> "--lms.identity.throttle." + action + ".per-address.capacity=" + MANY_USERS_ONE_IP)
				.toArray(String[]::new))
			.arguments(LmsService.IDENTITY, "--lms.identity.throttle.login.per-address.free=" + MANY_USERS_ONE_IP);
	}

	/**
	 * Starts a stack (or services) while no other lane starts one: a start keeps both
	 * cores busy for half a minute, and three at once on a loaded machine once took an
	 * exec jar's unpacking past its two minutes.
	 */
	static <T> T startAlone(Supplier<T> start) {
		synchronized (STARTING) {
			return start.get();
		}
	}

	private static Path temporaryDirectory(String name) {
		try {
			Path directory = Files.createTempDirectory("lms-it-" + name + "-");
			removeStale(directory.getParent(), "lms-it-" + name + "-*");
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes what earlier runs' stacks of this name left: about half a gigabyte each
	 * (Kafka's 12-partition topics, MongoDB, logs), which filled a developer's disk after
	 * a few runs. The latest run's stay for a look at their logs; after two hours no run
	 * uses them.
	 */
	private static void removeStale(Path parent, String pattern) throws IOException {
		FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
		try (DirectoryStream<Path> left = Files.newDirectoryStream(parent, pattern)) {
			for (Path directory : left) {
				if (Files.getLastModifiedTime(directory).compareTo(before) < 0) {
					deleteQuietly(directory);
				}
			}
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// another run may be removing it too; what is left goes next time
		}
	}

}
