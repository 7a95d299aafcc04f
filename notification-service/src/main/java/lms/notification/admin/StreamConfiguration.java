package lms.notification.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	RedisMessageListenerContainer notificationChannel(RedisConnectionFactory redis, NotificationBroadcast broadcast,
			NotificationProperties properties) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(redis);
		container.addMessageListener(broadcast, new ChannelTopic(properties.channel()));
		return container;
	}

}
