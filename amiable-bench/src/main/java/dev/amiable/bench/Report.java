package dev.amiable.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table "Amiable vs asterisk-java" from a JMH CSV result file ({@code -rf csv}) and the
 * {@code name|value|unit|note} lines of the harness mains. Ratios are "times better" for Amiable:
 * Amiable/asterisk-java for throughputs, asterisk-java/Amiable for times. Every figure is printed
 * with its 99.9% error as JMH computed it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.Report jmh.csv [harness.txt]}
 */
public final class Report {
    private Report() {
    }

    record Score(String bench, String mode, int threads, double score, double error, String unit) {
        String fmt() {
            return num(score) + (Double.isNaN(error) ? "" : " ± " + num(error)) + " " + unit;
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, Score> jmh = args.length > 0 ? readCsv(Path.of(args[0])) : Map.of();
        Map<String, String[]> harness = args.length > 1 && Files.exists(Path.of(args[1]))
                ? readHarness(Path.of(args[1])) : Map.of();
        StringBuilder out = new StringBuilder();
        StringBuilder cpu = new StringBuilder();
        out.append("| Benchmark | Amiable | asterisk-java | Ratio | Amiable B/op | asterisk-java B/op |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Score> e : jmh.entrySet()) {
            String name = e.getKey();
            if (name.contains(":")) {
                continue;
            }
            String cls = name.substring(0, name.lastIndexOf('.') + 1);
            String method = name.substring(name.lastIndexOf('.') + 1);
            if (!method.startsWith("amiable")) {
                continue;
            }
            String suffix = method.substring("amiable".length());
            Score a = e.getValue();
            boolean paired = false;
            for (Map.Entry<String, Score> o : jmh.entrySet()) {
                String on = o.getKey();
                if (on.contains(":") || !on.startsWith(cls)) {
                    continue;
                }
                String om = on.substring(cls.length());
                String rest = om.startsWith("asteriskJava") ? om.substring("asteriskJava".length()) : null;
                if (rest == null) {
                    continue;
                }
                // "asteriskJava" + suffix, or a variant such as asteriskJavaReaderImpl for a bare "amiable"
                if (rest.equals(suffix) || (suffix.isEmpty() && !rest.startsWith("_"))) {
                    rows(out, cpu, jmh, label(cls, method, om), name, on);
                    paired = true;
                }
            }
            Score bare = jmh.get(cls + "asteriskJava");
            if (!paired && bare != null) {
                // a variant of Amiable's side (such as amiableEveryHeader) against the plain one
                rows(out, cpu, jmh, label(cls, method, "asteriskJava"), name, cls + "asteriskJava");
            } else if (!paired) {
                rows(out, cpu, jmh, label(cls, method, null), name, null);
            }
            Score plain = jmh.get(cls + "plainSocket");
            if (plain != null && suffix.isEmpty()) {
                out.append("| ").append(shortName(cls)).append(" Amiable / plain socket read-and-discard (")
                        .append(plain.fmt()).append(") | ").append(a.fmt()).append(" | | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100 * a.score / plain.score))
                        .append(" | | |\n");
                Score plainCpu = cpu(jmh, cls + "plainSocket");
                if (plainCpu != null) {
                    cpuRow(cpu, shortName(cls) + ".plainSocket (read and discard)", plainCpu, null);
                }
            }
        }
        // harness figures: pair amiable/aj names
        List<String> done = new ArrayList<>();
        for (Map.Entry<String, String[]> e : harness.entrySet()) {
            String n = e.getKey();
            if (done.contains(n)) {
                continue;
            }
            String other = n.contains("amiable") ? n.replace("amiable", "asteriskJava") : null;
            if (other != null && !harness.containsKey(other)) {
                other = n.replace("amiable", "aj");
            }
            String[] a = e.getValue();
            if (other != null && harness.containsKey(other)) {
                String[] b = harness.get(other);
                done.add(other);
                double va = Double.parseDouble(a[0]);
                double vb = Double.parseDouble(b[0]);
                out.append("| ").append(n.replace(".amiable", "").replace("amiable-", "")).append(" (")
                        .append(a[2]).append(") | ").append(num(va)).append(' ').append(a[1]).append(" | ")
                        .append(num(vb)).append(' ').append(b[1]).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f×", vb / va)).append(" | | |\n");
            } else if (!n.contains("asteriskJava") && !n.contains(".aj-")) {
                out.append("| ").append(n).append(" (").append(a[2]).append(") | ")
                        .append(num(Double.parseDouble(a[0]))).append(' ').append(a[1]).append(" | | | | |\n");
            }
        }
        if (cpu.length() > 0) {
            out.append("\nCPU time per operation, all threads of the benchmark's JVM (in-process server"
                    + " included), from perf's task-clock (JMH perfnorm):\n\n")
                    .append("| Benchmark | Amiable | asterisk-java | Ratio |\n|---|---|---|---|\n").append(cpu);
        }
        System.out.print(out);
    }

    /** perfnorm's task-clock (milliseconds of CPU per operation), or null when not measured. */
    private static Score cpu(Map<String, Score> jmh, String bench) {
        return jmh.get(bench + ":task-clock");
    }

    private static void cpuRow(StringBuilder out, String label, Score a, Score b) {
        if (a == null) {
            return;
        }
        out.append("| ").append(label).append(" | ").append(cpuTime(a.score)).append(" | ")
                .append(b == null ? "" : cpuTime(b.score)).append(" | ")
                .append(b == null ? "" : String.format(Locale.ROOT, "%.1f×", b.score / a.score)).append(" |\n");
    }

    /** Milliseconds as ns, µs or ms, whichever reads best. */
    static String cpuTime(double ms) {
        double ns = ms * 1e6;
        if (ns < 10_000) {
            return num(ns) + " ns";
        }
        if (ns < 10_000_000) {
            return num(ns / 1e3) + " µs";
        }
        return num(ms) + " ms";
    }

    private static String shortName(String cls) {
        String s = cls.substring(0, cls.length() - 1);
        return s.substring(s.lastIndexOf('.') + 1);
    }

    private static String label(String cls, String amiable, String aj) {
        return shortName(cls) + "." + amiable + (aj == null ? "" : " vs " + aj);
    }

    /**
     * The main table's row for benchmark {@code amiable} against {@code aj} (null: none), and the
     * CPU table's row when perfnorm measured it.
     */
    private static void rows(StringBuilder out, StringBuilder cpu, Map<String, Score> jmh, String label,
            String amiable, String aj) {
        Score b = aj == null ? null : jmh.get(aj);
        row(out, label, jmh.get(amiable), b, alloc(jmh, amiable), aj == null ? null : alloc(jmh, aj));
        cpuRow(cpu, label, cpu(jmh, amiable), aj == null ? null : cpu(jmh, aj));
    }

    private static void row(StringBuilder out, String label, Score a, Score b, Score allocA, Score allocB) {
        out.append("| ").append(label).append(" | ").append(a.fmt()).append(" | ");
        out.append(b == null ? "" : b.fmt()).append(" | ");
        if (b != null) {
            double ratio = a.mode.equals("thrpt") ? a.score / b.score : b.score / a.score;
            out.append(String.format(Locale.ROOT, "%.1f×", ratio));
        }
        out.append(" | ").append(allocA == null ? "" : num(allocA.score)).append(" | ")
                .append(allocB == null ? "" : num(allocB.score)).append(" |\n");
    }

    private static Score alloc(Map<String, Score> jmh, String bench) {
        Score s = jmh.get(bench + ":gc.alloc.rate.norm");
        return s != null ? s : jmh.get(bench + ":·gc.alloc.rate.norm");
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 100_000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, Score> readCsv(Path p) throws IOException {
        Map<String, Score> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = splitCsv(lines.get(i));
            if (f.size() < 7) {
                continue;
            }
            String bench = f.get(0).replace("dev.amiable.bench.", "dev.amiable.bench.");
            double err = f.get(5).isEmpty() || f.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(f.get(5));
            out.put(bench, new Score(bench, f.get(1), Integer.parseInt(f.get(2)), Double.parseDouble(f.get(4)),
                    err, f.get(6)));
        }
        return out;
    }

    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static Map<String, String[]> readHarness(Path p) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String[] f = l.split("\\|", 4);
            if (f.length == 4) {
                out.put(f[0], new String[] {f[1], f[2], f[3]});
            }
        }
        return out;
    }
}
