package lms.kit.metrics;

import io.micrometer.observation.ObservationPredicate;

/**
 * Leaves Actuator's own requests (probes, scrapes) out of {@code http.server.requests}
 * and out of traces: they are not traffic, and a scrape every 15 s would dominate the
 * latency histograms of a quiet service.
 */
final class ActuatorObservations {

	static final String PREFIX = "/actuator";

	private ActuatorObservations() {
	}

	static ObservationPredicate servlet() {
		return (name,
				context) -> !(context instanceof org.springframework.http.server.observation.ServerRequestObservationContext server
						&& server.getCarrier().getRequestURI().startsWith(PREFIX));
	}

	static ObservationPredicate reactive() {
		return (name,
				context) -> !(context instanceof org.springframework.http.server.reactive.observation.ServerRequestObservationContext server
						&& server.getCarrier().getPath().value().startsWith(PREFIX));
	}

}
