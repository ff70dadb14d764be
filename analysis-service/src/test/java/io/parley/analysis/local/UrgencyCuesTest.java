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

	@Test
	void emergenciesOutsideWritersCallUrgentAreFound() {
		// given a gas smell, a warning light on the road, an expired certificate and everything down
		// when their cues are looked for
		// then each is a safety or outage cue weighing at least 3
		assertThat(cues.find("there's a gas smell in the stairwell").safety()).isTrue();
		assertThat(cues.find("the oil warning light just came on on the motorway").safety()).isTrue();
		assertThat(cues.find("our certificate expired overnight and browsers block the shop").outage()).isTrue();
		assertThat(cues.find("everything is down for our staff").weight()).isGreaterThanOrEqualTo(3);
	}
}
