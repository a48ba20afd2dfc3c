package dev.amiable.it.reliability;

import java.time.Duration;

/**
 * Runs the soak from the command line (test scope): {@code SoakMain [seconds] [calls/s]};
 * prints the figures and exits 1 if anything was lost, duplicated or dropped, or heap or
 * threads grew. {@code bench/soak.sh} runs it.
 */
public final class SoakMain {
    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 500;
        Soak.Result r = Soak.run(rate, Duration.ofSeconds(seconds));
        System.out.println(r);
        boolean ok = r.allArrived() && r.gaps() == 0 && r.duplicates() == 0 && r.dropped() == 0
                && r.eventsChecked() == r.eventsEmitted() && r.heapEnd() <= r.heapWarm() + 24L * 1024 * 1024
                && r.threadsEnd() <= r.threadsWarm();
        System.out.println(ok ? "[soak] PASS" : "[soak] FAIL");
        System.exit(ok ? 0 : 1);
    }
}
