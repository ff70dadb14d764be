package io.parley.delivery;

import io.parley.delivery.support.TestClockConfiguration;
import io.parley.test.ServiceFoundationContract;
import org.springframework.context.annotation.Import;

@Import(TestClockConfiguration.class)
class DeliveryServiceFoundationTest extends ServiceFoundationContract {
}
