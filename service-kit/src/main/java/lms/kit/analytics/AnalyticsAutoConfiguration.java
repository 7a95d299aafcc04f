package lms.kit.analytics;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code last12Months} counting every service with a MongoDB shares.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"lms.kit.outbox.OutboxAutoConfiguration" })
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
public class AnalyticsAutoConfiguration {

	@Bean
	Last12Months last12Months(MongoTemplate mongo, Clock clock, @Value("${lms.analytics.zone:UTC}") ZoneId zone) {
		return new Last12Months(mongo, clock, zone);
	}

}
