package dev.amiable.internal.conn;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiException;
import dev.amiable.AmiTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Blocking waits that surface Amiable's own exceptions. */
final class Futures {
    private Futures() {
    }

    static <T> T await(CompletableFuture<T> f, long nanos, String what) {
        try {
            return f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AmiTimeoutException("no answer to " + what + " within " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmiConnectionException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), what);
        }
    }

    static AmiException unwrap(Throwable t, String what) {
        if (t instanceof AmiException) {
            return (AmiException) t;
        }
        return new AmiConnectionException(what + " failed: " + t, t);
    }
}
