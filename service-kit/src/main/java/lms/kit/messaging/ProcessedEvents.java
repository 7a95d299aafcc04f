package lms.kit.messaging;

/**
 * Remembers which events a consumer group has handled, so a redelivery has no second
 * effect.
 */
public interface ProcessedEvents {

	boolean contains(String group, String eventId);

	void add(String group, String eventId);

	/**
	 * For handlers whose effect is naturally idempotent (evicting a cache, a set of
	 * revocations).
	 */
	static ProcessedEvents none() {
		return new ProcessedEvents() {

			@Override
			public boolean contains(String group, String eventId) {
				return false;
			}

			@Override
			public void add(String group, String eventId) {
			}

		};
	}

}
