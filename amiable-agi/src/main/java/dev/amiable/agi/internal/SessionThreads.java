package dev.amiable.agi.internal;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the threads sessions run on, at run time: one virtual thread per session when the JVM
 * has them (Java 21+, found by reflection so the module still runs on 17), otherwise a fixed pool
 * of {@code poolSize} daemon platform threads whose extra sessions wait in an unbounded queue.
 */
public final class SessionThreads {
    private SessionThreads() {
    }

    /** Whether this JVM runs sessions on virtual threads. */
    public static boolean virtualAvailable() {
        return virtualFactory() != null;
    }

    /** An executor for sessions; {@code poolSize} applies only without virtual threads. */
    public static ExecutorService create(String name, int poolSize, boolean allowVirtual) {
        ThreadFactory virtual = allowVirtual ? virtualFactory() : null;
        if (virtual != null) {
            try {
                Method perTask = Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class);
                return (ExecutorService) perTask.invoke(null, virtual);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall through to the pool
            }
        }
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static ThreadFactory virtualFactory() {
        try {
            Method ofVirtual = Thread.class.getMethod("ofVirtual");
            Object builder = ofVirtual.invoke(null);
            Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
            return (ThreadFactory) factory.invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
