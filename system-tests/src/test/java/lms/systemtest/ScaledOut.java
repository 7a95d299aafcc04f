package lms.systemtest;

import java.util.Map;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.localstack.ServiceProcess;

/**
 * A second instance of one service and a second gateway routing that service's paths to
 * it, beside a running stack's own, for the freshness journeys: an edit through the first
 * gateway reaches the second pair only by its event. Stopped gateway first.
 *
 * @param service the second instance of the service
 * @param gateway the second gateway
 */
record ScaledOut(ServiceProcess service, ServiceProcess gateway) implements AutoCloseable {

	/**
	 * Starts both, one at a time ({@link SystemStack#startAlone}); {@code urlProperty} is
	 * the gateway's setting that names the service's address.
	 */
	static ScaledOut start(LocalStack stack, LmsService service, String urlProperty) {
		ServiceProcess second = SystemStack.startAlone(() -> stack.startTwin(service, Map.of()));
		try {
			ServiceProcess gateway = SystemStack
				.startAlone(() -> stack.startTwin(LmsService.GATEWAY, Map.of(urlProperty, second.url())));
			return new ScaledOut(second, gateway);
		}
		catch (RuntimeException ex) {
			second.stop();
			throw ex;
		}
	}

	@Override
	public void close() {
		try {
			this.gateway.stop();
		}
		finally {
			this.service.stop();
		}
	}

}
