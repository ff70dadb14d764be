package io.parley.delivery;

import io.parley.test.ServiceFoundationContract;

class DeliveryServiceFoundationTest extends ServiceFoundationContract {
}
