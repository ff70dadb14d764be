package io.parley.ingest;

import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Ingest started whole, called as the gateway calls it. */
@ParleyServiceTest
abstract class IngestApiTest {

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	IngestRequests ingest;

	@BeforeEach
	void callAsTheGateway() {
		ingest = new IngestRequests(web, database);
	}
}
