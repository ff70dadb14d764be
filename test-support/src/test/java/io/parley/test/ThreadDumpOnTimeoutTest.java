package io.parley.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ThreadDumpOnTimeoutTest {

	@Test
	void aTimeoutAnywhereInTheCausesPrintsEveryThreadWithItsStackAndIsPassedOn() {
		// given a failure like WebTestClient's when no answer came
		Throwable failure = new IllegalStateException("Timeout on blocking read", new TimeoutException("30 s"));
		ExtensionContext context = mock(ExtensionContext.class);
		when(context.getDisplayName()).thenReturn("aSlowRequest()");

		// when the handler sees it
		String printed = capturingStandardError(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(context, failure)).isSameAs(failure));

		// then the dump names the test and shows this very thread in the middle of this test
		assertThat(printed).startsWith("Thread dump after aSlowRequest() timed out:")
			.contains('"' + Thread.currentThread().getName() + "\" RUNNABLE")
			.contains(ThreadDumpOnTimeoutTest.class.getName() + ".capturingStandardError(");
	}

	@Test
	void anyOtherFailureIsPassedOnWithoutADump() {
		AssertionError failure = new AssertionError("expected 400 but was 500");

		String printed = capturingStandardError(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(mock(ExtensionContext.class), failure))
			.isSameAs(failure));

		assertThat(printed).isEmpty();
	}

	private static String capturingStandardError(Runnable work) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			work.run();
		}
		finally {
			System.setErr(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}
}
