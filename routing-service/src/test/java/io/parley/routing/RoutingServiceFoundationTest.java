package io.parley.routing;

import io.parley.test.ServiceFoundationContract;

class RoutingServiceFoundationTest extends ServiceFoundationContract {
}
