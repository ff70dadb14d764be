package io.parley.learning;

import io.parley.test.ServiceFoundationContract;

class LearningServiceFoundationTest extends ServiceFoundationContract {
}
