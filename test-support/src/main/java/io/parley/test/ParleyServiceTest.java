package io.parley.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started whole on a random port, against the shared real Kafka broker and a fresh database of its own.
 * Inject {@link TestDatabase} to look at the rows it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A service answering within 5 s (the default) is not a given on a busy 2-core CI machine; tests of slowness set their own.
@AutoConfigureWebTestClient(timeout = "30s")
@ContextConfiguration(initializers = ParleyTestInfrastructure.class)
@ExtendWith(ThreadDumpOnTimeout.class)
public @interface ParleyServiceTest {
}
