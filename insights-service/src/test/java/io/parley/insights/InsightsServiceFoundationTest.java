package io.parley.insights;

import io.parley.test.ServiceFoundationContract;

class InsightsServiceFoundationTest extends ServiceFoundationContract {
}
