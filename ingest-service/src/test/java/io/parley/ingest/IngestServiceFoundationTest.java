package io.parley.ingest;

import io.parley.test.ServiceFoundationContract;

class IngestServiceFoundationTest extends ServiceFoundationContract {
}
