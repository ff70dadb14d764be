package io.parley.analysis;

import io.parley.test.ServiceFoundationContract;

class AnalysisServiceFoundationTest extends ServiceFoundationContract {
}
