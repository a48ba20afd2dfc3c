package dev.amiable.cli;

import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events to show: any of the name globs ({@code Queue*}, {@code Hangup}), and every
 * {@code Header=glob} condition. Names and header keys compare case-insensitively, values as
 * written. No globs means every name.
 */
public final class EventFilter {
    private final List<Pattern> names = new ArrayList<>();
    private final List<String> whereKeys = new ArrayList<>();
    private final List<Pattern> whereValues = new ArrayList<>();

    /**
     * @param nameGlobs  event name globs ({@code *} any run, {@code ?} one character)
     * @param conditions {@code Header=glob} conditions
     * @throws UsageException when a condition has no {@code =}
     */
    public EventFilter(List<String> nameGlobs, List<String> conditions) {
        for (String g : nameGlobs) {
            names.add(glob(g, true));
        }
        for (String c : conditions) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--where needs Header=value, got '" + c + "'");
            }
            whereKeys.add(c.substring(0, eq).trim());
            whereValues.add(glob(c.substring(eq + 1), false));
        }
    }

    /** Whether {@code e} passes. */
    public boolean test(AmiEvent e) {
        if (!names.isEmpty()) {
            boolean any = false;
            for (Pattern p : names) {
                if (p.matcher(e.name()).matches()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        for (int i = 0; i < whereKeys.size(); i++) {
            boolean any = false;
            for (String v : e.getAll(whereKeys.get(i))) {
                if (whereValues.get(i).matcher(v).matches()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** A glob as a regular expression. */
    static Pattern glob(String glob, boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (lit.length() > 0) {
                    re.append(Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                lit.append(c);
            }
        }
        if (lit.length() > 0) {
            re.append(Pattern.quote(lit.toString()));
        }
        return Pattern.compile(re.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    @Override
    public String toString() {
        return "EventFilter" + names + whereKeys.toString().toLowerCase(Locale.ROOT);
    }
}
