package dev.cascade.simulator.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {

    @Test
    void tasksRunAfterTheirDelayAndAFailingOneDoesNotStopTheNext() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ExecutorScheduler scheduler = new ExecutorScheduler(executor);
            CountDownLatch ran = new CountDownLatch(1);
            long start = System.nanoTime();

            scheduler.schedule(() -> {
                throw new IllegalStateException("a failing step (logged)");
            }, Duration.ZERO);
            scheduler.schedule(ran::countDown, Duration.ofMillis(50));

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void afterShutDownTasksAreDroppedQuietly() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        executor.shutdownNow();

        new ExecutorScheduler(executor).schedule(() -> {
            throw new AssertionError("must not run");
        }, Duration.ZERO);
    }
}
