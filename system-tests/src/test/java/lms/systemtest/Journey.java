package lms.systemtest;

import lms.localstack.LocalStack;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A journey on the one running system the journeys share: the stack, its accounts and the
 * gateway every request goes through.
 */
@ResourceLock(Lanes.JOURNEYS)
abstract class Journey {

	static LocalStack stack;

	static Accounts accounts;

	static String gatewayUrl;

	static TestHttp gateway;

	@BeforeAll
	static void startSystem() {
		stack = RunningSystem.stack();
		accounts = RunningSystem.accounts();
		gatewayUrl = stack.gatewayUrl();
		gateway = GatewayHttp.of(gatewayUrl);
	}

}
