package dk.helhed.verification.entity;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class RandomnessTest {

    @Test
    void eachThreadDrawsFromADrbgOfItsOwn() throws InterruptedException {
        SecureRandom mine = Randomness.secure();
        assertThat(Randomness.secure()).isSameAs(mine);
        assertThat(mine.getAlgorithm()).isEqualTo("DRBG");

        Set<SecureRandom> others = ConcurrentHashMap.newKeySet();
        var ready = new CountDownLatch(4);
        var threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                others.add(Randomness.secure());
                ready.countDown();
                try {
                    ready.await(); // all four alive at once, so none can inherit another's thread-local
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads[i].start();
        }
        for (var t : threads) {
            t.join();
        }
        assertThat(others).hasSize(4).doesNotContain(mine);
    }

    @Test
    void referencesAndTokensStillVary() {
        var references = ConcurrentHashMap.<String>newKeySet();
        for (int i = 0; i < 1_000; i++) {
            references.add(References.next("H"));
        }
        assertThat(references).hasSize(1_000).allMatch(r -> r.matches("H-[2-9A-HJ-NP-Z]{8}"));
    }
}
