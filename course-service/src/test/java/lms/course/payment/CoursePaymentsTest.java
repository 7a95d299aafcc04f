package lms.course.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lms.kit.web.ApiException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules for spending a payment on a course, without a Spring context: the provider
 * and the payment records are in memory.
 */
class CoursePaymentsTest {

	static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	final Map<String, PaymentIntent> provider = new HashMap<>();

	final InMemoryPayments payments = new InMemoryPayments();

	final CoursePayments coursePayments = new CoursePayments(new InMemoryProvider(), this.payments,
			new PaymentProperties("", "", "USD", "", Duration.ZERO, Duration.ZERO), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aSucceededIntentOfThisUserCoveringThePriceInTheCurrencyIsSpentOnce() {
		paid("pi_1", "ada", "succeeded", 4999, "usd");

		assertThat(this.coursePayments.spend("ada", "pi_1", "course-1", 4999)).isEqualTo("pi_1");
		assertThat(this.payments.find("pi_1").orElseThrow().usedFor()).isEqualTo("course-1");
		assertThat(this.payments.find("pi_1").orElseThrow().usedAt()).isEqualTo(NOW);
		refused(() -> this.coursePayments.spend("ada", "pi_1", "course-2", 4999), HttpStatus.CONFLICT,
				CoursePayments.USED);
	}

	@Test
	void noIntentIdIsAPaymentRequired() {
		refused(() -> this.coursePayments.spend("ada", null, "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.REQUIRED);
		refused(() -> this.coursePayments.spend("ada", " ", "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.REQUIRED);
	}

	@Test
	void anIntentThisServiceDidNotCreateForTheUserIsNotAuthorized() {
		paid("pi_2", "bob", "succeeded", 100, "usd");
		this.provider.put("pi_elsewhere", new PaymentIntent("pi_elsewhere", "s", "succeeded", 100, "usd"));

		refused(() -> this.coursePayments.spend("ada", "pi_2", "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.NOT_AUTHORIZED);
		refused(() -> this.coursePayments.spend("ada", "pi_elsewhere", "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.NOT_AUTHORIZED);
	}

	@Test
	void anIntentTheProviderNoLongerKnowsOrThatHasNotSucceededIsNotAuthorized() {
		paid("pi_3", "ada", "requires_payment_method", 100, "usd");
		this.payments.record(new Payment("pi_4", "ada", "course-1", 100, "usd", NOW, null, null));

		refused(() -> this.coursePayments.spend("ada", "pi_3", "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.NOT_AUTHORIZED);
		refused(() -> this.coursePayments.spend("ada", "pi_4", "course-1", 100), HttpStatus.BAD_REQUEST,
				CoursePayments.NOT_AUTHORIZED);
		assertThat(this.payments.find("pi_3").orElseThrow().usedFor()).isNull();
	}

	@Test
	void anIntentInAnotherCurrencyOrBelowThePriceIsRefusedAndStaysUnused() {
		paid("pi_5", "ada", "succeeded", 4999, "eur");
		paid("pi_6", "ada", "succeeded", 4998, "usd");

		refused(() -> this.coursePayments.spend("ada", "pi_5", "course-1", 4999), HttpStatus.BAD_REQUEST,
				CoursePayments.WRONG_CURRENCY);
		refused(() -> this.coursePayments.spend("ada", "pi_6", "course-1", 4999), HttpStatus.BAD_REQUEST,
				CoursePayments.TOO_LOW);
		assertThat(this.payments.unused("ada")).extracting(Payment::id).containsExactlyInAnyOrder("pi_5", "pi_6");
	}

	@Test
	void aPaymentAnotherOrderClaimedFirstIsAlreadyUsed() {
		paid("pi_7", "ada", "succeeded", 100, "usd");
		this.payments.loseNextClaim = true;

		refused(() -> this.coursePayments.spend("ada", "pi_7", "course-1", 100), HttpStatus.CONFLICT,
				CoursePayments.USED);
	}

	@Test
	void theNewestUnusedPaymentThatCoversThePriceIsSpent() {
		paid("pi_old", "ada", "succeeded", 5000, "usd");
		paid("pi_low", "ada", "succeeded", 10, "usd");
		paid("pi_pending", "ada", "processing", 5000, "usd");
		paid("pi_newest", "ada", "succeeded", 5000, "usd");

		assertThat(this.coursePayments.spendNewest("ada", "course-1", 4999)).isEqualTo("pi_newest");
		assertThat(this.coursePayments.spendNewest("ada", "course-2", 4999)).isEqualTo("pi_old");
		refused(() -> this.coursePayments.spendNewest("ada", "course-3", 4999), HttpStatus.BAD_REQUEST,
				CoursePayments.NONE_FOUND);
	}

	@Test
	void aReleasedPaymentCanBeSpentAgain() {
		paid("pi_8", "ada", "succeeded", 100, "usd");
		this.coursePayments.spend("ada", "pi_8", "course-1", 100);

		this.coursePayments.release("pi_8", "course-1");

		assertThat(this.coursePayments.spend("ada", "pi_8", "course-2", 100)).isEqualTo("pi_8");
	}

	private void paid(String id, String userId, String status, long amount, String currency) {
		this.provider.put(id, new PaymentIntent(id, id + "_secret", status, amount, currency));
		Instant createdAt = NOW.plusSeconds(this.payments.records.size());
		this.payments.record(new Payment(id, userId, "course-1", amount, currency, createdAt, null, null));
	}

	private static void refused(Runnable spending, HttpStatus status, String message) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(spending::run).satisfies((ex) -> {
			assertThat(ex.status()).isEqualTo(status);
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

	final class InMemoryProvider implements PaymentGateway {

		@Override
		public PaymentIntent create(long amount, String currency, Map<String, String> metadata) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<PaymentIntent> retrieve(String id) {
			return Optional.ofNullable(CoursePaymentsTest.this.provider.get(id));
		}

	}

	/** The records as Payments keeps them, in a list instead of MongoDB. */
	static final class InMemoryPayments extends Payments {

		final List<Payment> records = new ArrayList<>();

		boolean loseNextClaim;

		InMemoryPayments() {
			super(null);
		}

		@Override
		void record(Payment payment) {
			this.records.add(payment);
		}

		@Override
		Optional<Payment> find(String id) {
			return this.records.stream().filter((p) -> p.id().equals(id)).findFirst();
		}

		@Override
		List<Payment> unused(String userId) {
			return this.records.stream()
				.filter((p) -> p.userId().equals(userId) && p.usedFor() == null)
				.sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
				.toList();
		}

		@Override
		boolean claim(Payment payment, String courseId, Instant now) {
			Payment current = find(payment.id()).orElseThrow();
			if (this.loseNextClaim || current.usedFor() != null) {
				this.loseNextClaim = false;
				return false;
			}
			replace(current, courseId, now);
			return true;
		}

		@Override
		void release(String paymentId, String courseId) {
			find(paymentId).filter((p) -> courseId.equals(p.usedFor())).ifPresent((p) -> replace(p, null, null));
		}

		private void replace(Payment payment, String usedFor, Instant usedAt) {
			this.records.set(this.records.indexOf(payment), new Payment(payment.id(), payment.userId(),
					payment.courseId(), payment.amount(), payment.currency(), payment.createdAt(), usedFor, usedAt));
		}

	}

}
