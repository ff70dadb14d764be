package io.parley.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a service's Spring context at the shared test Kafka broker and a fresh database of its own.
 * Used through {@link ParleyServiceTest}.
 */
public class ParleyTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String DATABASE_NAME_PROPERTY = "parley.test.database-name";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String service = environment.getProperty("spring.application.name", "service");
		TestDatabase database = SharedDatabase.createDatabase(service.replace("-service", ""));
		Map<String, Object> properties = new HashMap<>();
		if (onClasspath("org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")) {
			properties.put("spring.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
		}
		if (onClasspath("org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")) {
			properties.put("spring.data.redis.url", SharedRedis.url());
		}
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put(DATABASE_NAME_PROPERTY, database.name());
		// Properties a test sets explicitly (e.g. a broker that is down) win over the shared infrastructure.
		PropertySource<?> testProperties = environment.getPropertySources().get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
		if (testProperties != null) {
			properties.keySet().removeIf(testProperties::containsProperty);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("parleyTestInfrastructure", properties));
		context.getBeanFactory().registerSingleton("testDatabase", database);
	}

	private static boolean onClasspath(String className) {
		try {
			Class.forName(className, false, ParleyTestInfrastructure.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}
}
