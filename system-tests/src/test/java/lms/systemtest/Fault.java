package lms.systemtest;

import lms.localstack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A fault run on the system the faults share (apart from the journeys' one): the stack to
 * break, its accounts, and the effects to count once it recovers.
 */
@ResourceLock(Lanes.FAULTS)
@Tag("fault")
abstract class Fault {

	static LocalStack stack;

	static Accounts accounts;

	static Effects effects;

	@BeforeAll
	static void startSystem() {
		stack = FaultySystem.stack();
		accounts = FaultySystem.accounts();
		effects = new Effects(accounts.mails());
	}

}
