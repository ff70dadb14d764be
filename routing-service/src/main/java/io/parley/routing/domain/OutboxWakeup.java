package io.parley.routing.domain;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/** Tells the outbox relay that a transaction committed new events, so they go out now rather than at the next poll. */
@Component
public class OutboxWakeup {

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition signalled = lock.newCondition();
	private boolean pending;

	public void wake() {
		lock.lock();
		try {
			pending = true;
			signalled.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits until woken or the timeout passes. */
	public void await(long millis) throws InterruptedException {
		lock.lock();
		try {
			if (!pending) {
				signalled.await(millis, TimeUnit.MILLISECONDS);
			}
			pending = false;
		}
		finally {
			lock.unlock();
		}
	}
}
