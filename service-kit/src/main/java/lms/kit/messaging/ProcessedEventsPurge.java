package lms.kit.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets processed event ids past their retention, once an hour.
 */
public class ProcessedEventsPurge {

	private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPurge.class);

	private final MongoProcessedEvents processed;

	private final MessagingProperties properties;

	public ProcessedEventsPurge(MongoProcessedEvents processed, MessagingProperties properties) {
		this.processed = processed;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	public void purge() {
		long removed = this.processed.purgeOlderThan(this.properties.processedRetention());
		log.debug("Purged {} processed event id(s)", removed);
	}

}
