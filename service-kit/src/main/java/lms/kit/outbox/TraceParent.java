package lms.kit.outbox;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Keeps an event in the trace of the request that caused it, however late the relay sends
 * it: the current trace is stored with the outbox entry as a W3C {@code traceparent}, and
 * the relay resumes it around the send, so the producer's observation writes it into the
 * Kafka headers and the consumer continues it.
 */
public class TraceParent {

	static final String HEADER = "traceparent";

	private static final AutoCloseable NOTHING = () -> {
	};

	private final Tracer tracer;

	private final Propagator propagator;

	public TraceParent(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** Null outside a trace. */
	public String current() {
		TraceContext context = (this.tracer != null) ? this.tracer.currentTraceContext().context() : null;
		if (context == null) {
			return null;
		}
		String traceId = "0".repeat(Math.max(0, 32 - context.traceId().length())) + context.traceId();
		return "00-" + traceId + "-" + context.spanId() + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00");
	}

	/** Continues a stored trace until the returned scope is closed. */
	Scope resume(String traceParent, String name) {
		if (traceParent == null || this.tracer == null || this.propagator == null) {
			return new Scope(NOTHING);
		}
		Span span = this.propagator.extract(Map.of(HEADER, traceParent), Map::get).name(name).start();
		Tracer.SpanInScope inScope = this.tracer.withSpan(span);
		return new Scope(() -> {
			inScope.close();
			span.end();
		});
	}

	record Scope(AutoCloseable closing) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.closing.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
