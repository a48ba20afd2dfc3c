package dev.amiable.bench;

/** The heap in use, for the memory mains: the least of several readings, each after a full collection. */
public final class UsedHeap {
    private UsedHeap() {
    }

    /** Bytes in use after {@code System.gc()}, the minimum of six tries (a collection may be partial). */
    public static long afterGc() {
        Runtime rt = Runtime.getRuntime();
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            min = Math.min(min, rt.totalMemory() - rt.freeMemory());
        }
        return min;
    }
}
