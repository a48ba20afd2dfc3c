package dev.amiable.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: a header row, aligned columns separated by two spaces. */
final class Table {
    private final List<String> columns;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    Table(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.rightAligned = new boolean[columns.size()];
    }

    /** Right-aligns column {@code i} (numbers). */
    Table right(int i) {
        rightAligned[i] = true;
        return this;
    }

    Table row(Object... cells) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintWriter out) {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        line(out, columns.toArray(new String[0]), w);
        for (String[] r : rows) {
            line(out, r, w);
        }
    }

    private void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells[i];
            int pad = w[i] - c.length();
            if (rightAligned[i]) {
                sb.append(" ".repeat(pad)).append(c);
            } else {
                sb.append(c);
                if (i < cells.length - 1) {
                    sb.append(" ".repeat(pad));
                }
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
