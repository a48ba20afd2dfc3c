package dev.amiable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Figures of the harness mains (not JMH), printed and, when {@code -Dbench.results=FILE} is set,
 * appended to that file as {@code name|value|unit|note} lines for {@link Report}.
 */
final class Results {
    private Results() {
    }

    static void put(String name, double value, String unit, String note) {
        String line = name + "|" + String.format(Locale.ROOT, "%.3f", value) + "|" + unit + "|" + note;
        System.out.println("RESULT " + line);
        String file = System.getProperty("bench.results");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The {@code p}-th percentile (0..100) of {@code sorted}, nearest rank. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static long[] sorted(long[] values, int n) {
        long[] c = Arrays.copyOf(values, n);
        Arrays.sort(c);
        return c;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Half-width of a 99.9% interval by Student's t for small samples (as JMH prints). */
    static double error(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        double sd = Math.sqrt(ss / (v.length - 1));
        return new org.apache.commons.math3.distribution.TDistribution(v.length - 1)
                .inverseCumulativeProbability(1 - 0.001 / 2) * sd / Math.sqrt(v.length);
    }
}
