package dev.amiable.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * {@link LiveResyncBench}'s resync (10,000 channels in 5,000 calls, 200 queue members, from
 * FakeAsterisk on loopback) timed as a main, in wall time and in the CPU time of the whole
 * process (server, client and model threads together): on a machine shared with other work the
 * wall time swings with the load, the CPU time much less. Prints the median and best of
 * {@code runs} resyncs after as many warm-up ones, then each run's wall time with the garbage
 * collection time and count that fell in it (to tell slow runs caused by collections from
 * others). With {@code bridged}, every call is in a bridge of its own (5,000 bridges, one
 * {@code BridgeInfo} each).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LiveResyncMain [runs] [bridged]}
 */
public final class LiveResyncMain {
    private LiveResyncMain() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        boolean bridged = args.length > 1 && args[1].equals("bridged");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        LiveResyncBench bench = new LiveResyncBench();
        bench.bridged = bridged;
        bench.start();
        try {
            for (int i = 0; i < runs; i++) {
                bench.resync();
            }
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            StringBuilder each = new StringBuilder();
            for (int i = 0; i < runs; i++) {
                long g0 = gcMillis(gcs);
                long n0 = gcCount(gcs);
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                bench.resync();
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
                each.append(String.format(" %.0f(gc %d ms/%d)", wall[i], gcMillis(gcs) - g0, gcCount(gcs) - n0));
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("resync of 10,000 channels%s, %d runs: wall median %.0f ms (best %.0f, worst %.0f),"
                    + " process CPU median %.0f ms (best %.0f)%n", bridged ? " in 5,000 bridges" : "", runs,
                    wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2], cpu[0]);
            System.out.println("each run, ms (collection time/count in it):" + each);
        } finally {
            bench.stop();
        }
    }

    private static long gcMillis(List<GarbageCollectorMXBean> gcs) {
        long sum = 0;
        for (GarbageCollectorMXBean g : gcs) {
            sum += Math.max(0, g.getCollectionTime());
        }
        return sum;
    }

    private static long gcCount(List<GarbageCollectorMXBean> gcs) {
        long sum = 0;
        for (GarbageCollectorMXBean g : gcs) {
            sum += Math.max(0, g.getCollectionCount());
        }
        return sum;
    }
}
