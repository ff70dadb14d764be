package io.parley.analysis.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrgencyCuesTest {

	final UrgencyCues cues = UrgencyCues.load();

	@Test
	void timePressureMoneyAndOutageWordsAreFound() {
		UrgencyCues.Found found = cues.find("Site is down, we need a refund asap");

		assertThat(found.outage()).isTrue();
		assertThat(found.money()).isTrue();
		assertThat(found.time()).isTrue();
	}

	@Test
	void aNegatedCueDoesNotCount() {
		assertThat(cues.find("not urgent, but the export misses a column").weight()).isZero();
		assertThat(cues.find("it's urgent").weight()).isPositive();
	}

	@Test
	void anOutageForABusinesssCustomersWeighsMoreThanOneUsersGlitch() {
		assertThat(cues.find("checkout is offline and our customers can't pay").weight())
			.isGreaterThan(cues.find("the app crashes when I open settings").weight());
	}
}
