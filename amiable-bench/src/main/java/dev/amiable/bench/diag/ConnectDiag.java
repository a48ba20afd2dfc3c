package dev.amiable.bench.diag;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.bench.Clients;
import dev.amiable.bench.MiniAmi;
import java.util.Arrays;

/**
 * Diagnostic: where a warm connect's time goes. Connects and closes {@code n} times per variant
 * and prints the median and p90 of connect+login, with the default options and with a small
 * event queue (the queue's arrays are allocated per connection).
 */
public final class ConnectDiag {
    private ConnectDiag() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (MiniAmi server = new MiniAmi(10)) {
            for (int round = 0; round < 2; round++) {
                measure("default options", Clients.amiableOptions(server.port()).build(), n);
                measure("eventQueueCapacity 1024", Clients.amiableOptions(server.port()).eventQueueCapacity(1024).build(), n);
            }
        }
    }

    private static void measure(String label, AmiOptions o, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            AmiClient c = AmiClient.connect(o);
            t[i] = System.nanoTime() - t0;
            c.close();
        }
        Arrays.sort(t);
        System.out.printf("%-26s connect+login median %.3f ms, p90 %.3f ms%n", label, t[n / 2] / 1e6, t[n * 9 / 10] / 1e6);
    }
}
