package io.parley.test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test of a whole service fails because an answer never came, prints every thread of the JVM (the service runs
 * in it) with its full stack and the locks it holds or waits for, so the run that timed out says why: a pool waiting
 * for a database connection, a blocked event loop, a lock. The failure itself is passed on unchanged.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (causedByTimeout(failure)) {
			System.err.println("Thread dump after " + context.getDisplayName() + " timed out:");
			System.err.println(threadDump());
		}
		throw failure;
	}

	static boolean causedByTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	static String threadDump() {
		StringBuilder dump = new StringBuilder();
		for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
			if (thread.getLockName() != null) {
				dump.append(" on ").append(thread.getLockName());
			}
			if (thread.getLockOwnerName() != null) {
				dump.append(" held by \"").append(thread.getLockOwnerName()).append('"');
			}
			dump.append('\n');
			for (StackTraceElement frame : thread.getStackTrace()) {
				dump.append("    at ").append(frame).append('\n');
			}
			dump.append('\n');
		}
		return dump.toString();
	}
}
