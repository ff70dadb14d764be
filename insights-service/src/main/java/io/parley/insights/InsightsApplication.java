package io.parley.insights;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InsightsApplication {

	public static void main(String[] args) {
		SpringApplication.run(InsightsApplication.class, args);
	}
}
