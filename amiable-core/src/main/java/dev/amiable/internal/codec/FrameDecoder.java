package dev.amiable.internal.codec;

import dev.amiable.AmiProtocolException;
import java.util.Arrays;

/**
 * Splits a byte stream into AMI messages. Knows nothing of sockets or threads; one instance per
 * stream, used by one thread at a time.
 *
 * <p>Handles: CRLF and bare LF line ends; empty frames; {@code Key:} without value; values with
 * colons (split on the first); lines without a colon; the greeting line at any message boundary;
 * the legacy {@code Response: Follows} command output up to {@code --END COMMAND--}. Text is not
 * decoded here: frames keep bytes and offsets.
 *
 * <p>Command output is data, not headers: the raw lines of the legacy format and the
 * {@code Output:} lines of a response (Asterisk 14+) count neither against the header-count nor
 * against the line or message limits, only against {@link DecoderLimits#maxOutputBytes()}. A
 * response that breaks any limit is reported with its ActionID (when one came before the limit),
 * so that its action can fail at once; the rest of it is skipped (a legacy output up to
 * {@code --END COMMAND--}, whatever blank lines it holds), so the stream stays framed.
 *
 * <p>Two ways in. Streaming: write into {@link #buffer()} at {@link #writeIndex()} (after
 * {@link #ensureWritable(int)}), then call {@link #written(int, FrameSink)}. Whole input:
 * {@link #decodeAll(byte[], DecoderLimits, FrameSink)} frames an array in place without copying.
 *
 * <p>When streaming, each finished message is copied into an array of its own size, so a frame
 * (and an event kept by a user) holds only its own bytes, never the read buffer around it. The
 * read buffer is therefore reused: when it runs short, the unfinished message moves to its front.
 */
public final class FrameDecoder {
    private static final int CHUNK = 64 * 1024;
    private static final int MIN_READ = 8 * 1024;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final String BANNER = "Asterisk Call Manager/";
    private static final String END_COMMAND = "--END COMMAND--";
    private static final int NORMAL = 0;
    private static final int FOLLOWS_HEADERS = 1;
    private static final int FOLLOWS_OUTPUT = 2;
    private static final int DISCARD = 3;
    /** A response ({@code Response:} first) read line by line: its {@code Output:} lines are data. */
    private static final int RESPONSE = 4;
    /** Skipping the rest of a refused legacy command output, up to {@code --END COMMAND--}. */
    private static final int DISCARD_FOLLOWS = 5;

    private final DecoderLimits limits;
    /** Whether frames get copies of their bytes (streaming) or refer to {@link #buf} (whole input). */
    private final boolean copies;
    private byte[] buf;
    private int start;     // first byte of the unfinished message
    private int lineStart; // first byte of the unfinished line
    private int scan;      // next byte not yet searched for LF
    private int limit;     // end of valid data
    private int[] pos = new int[64];
    private int count;
    private int mode = NORMAL;
    private boolean skippingLine; // inside the rest of an over-long line
    private int outputLines;      // output lines of the message being read
    private long outputBytes;     // their bytes, line ends included
    private final LineEnds lineEnds;
    /**
     * Messages whose headers take at most this many bytes are framed by {@link #wholeMessage}: no
     * line of theirs can be too long, nor can they have too many lines (each takes two bytes at
     * least) or, with the blank line, too many bytes.
     */
    private final int quickBytes;

    public FrameDecoder(DecoderLimits limits) {
        this(limits, LineEnds.defaultIsVector());
    }

    /** For tests: a decoder that finds line ends with vectors, or without, whatever the default. */
    FrameDecoder(DecoderLimits limits, boolean vector) {
        this.limits = limits;
        this.buf = new byte[CHUNK];
        this.copies = true;
        this.lineEnds = new LineEnds(vector);
        this.quickBytes = quickBytes(limits);
    }

    private FrameDecoder(DecoderLimits limits, byte[] data) {
        this.limits = limits;
        this.buf = data;
        this.copies = false;
        this.limit = data.length;
        this.lineEnds = new LineEnds(LineEnds.defaultIsVector());
        this.quickBytes = quickBytes(limits);
    }

    /**
     * Frames all of {@code data} without copying it; the caller must not change {@code data}
     * afterwards. An unfinished message at the end is reported as an error.
     */
    public static void decodeAll(byte[] data, DecoderLimits limits, FrameSink sink) {
        FrameDecoder d = new FrameDecoder(limits, data);
        d.run(sink);
        d.endOfInput(sink);
    }

    private static int quickBytes(DecoderLimits limits) {
        long twoPerLine = 2L * limits.maxHeaders();
        return (int) Math.min(Math.min(limits.maxLineBytes(), twoPerLine), limits.maxMessageBytes() - 2L);
    }

    /** The array to read into; valid until the next call to {@link #ensureWritable(int)}. */
    public byte[] buffer() {
        return buf;
    }

    public int writeIndex() {
        return limit;
    }

    /** Room left in {@link #buffer()} after {@link #writeIndex()}. */
    public int writableBytes() {
        return buf.length - limit;
    }

    /**
     * Makes at least {@code min} bytes writable by moving the unfinished message to the front of
     * the buffer. The buffer is replaced only to grow (at least doubling, so a big message is moved
     * a few times at most) or, when it runs short with no big message pending, to go back to the
     * usual size.
     */
    public void ensureWritable(int min) {
        if (buf.length - limit >= min) {
            return;
        }
        int keep = limit - start;
        long need = (long) keep + Math.max(min, MIN_READ);
        byte[] next;
        if (need <= CHUNK) {
            next = buf.length == CHUNK ? buf : new byte[CHUNK];
        } else if (need <= buf.length) {
            next = buf;
        } else {
            next = new byte[(int) Math.min(MAX_ARRAY, Math.max(need, 2L * buf.length))];
        }
        System.arraycopy(buf, start, next, 0, keep);
        int shift = start;
        for (int i = 0; i < 2 * count; i++) {
            if (pos[i] >= 0) {
                pos[i] -= shift;
            }
        }
        buf = next;
        lineEnds.reset();
        start = 0;
        lineStart -= shift;
        scan -= shift;
        limit = keep;
    }

    /** Makes room for a typical socket read. */
    public void ensureWritable() {
        ensureWritable(MIN_READ);
    }

    /** Takes {@code n} bytes just written at {@link #writeIndex()} and frames what is complete. */
    public void written(int n, FrameSink sink) {
        if (n < 0 || n > buf.length - limit) {
            throw new IllegalArgumentException("bad byte count " + n);
        }
        limit += n;
        run(sink);
    }

    /** Copies {@code len} bytes of {@code src} in and frames what is complete. */
    public void feed(byte[] src, int off, int len, FrameSink sink) {
        while (len > 0) {
            ensureWritable(Math.min(len, MIN_READ));
            int n = Math.min(len, buf.length - limit);
            System.arraycopy(src, off, buf, limit, n);
            off += n;
            len -= n;
            written(n, sink);
        }
    }

    /** Reports bytes of an unfinished message, if any, as an error; call at end of stream. */
    public void endOfInput(FrameSink sink) {
        if (mode == DISCARD || mode == DISCARD_FOLLOWS || skippingLine) {
            resetMessage(limit);
            lineStart = limit;
            mode = NORMAL;
            skippingLine = false;
            return;
        }
        int from = start;
        while (from < limit && (buf[from] == '\r' || buf[from] == '\n')) {
            from++;
        }
        if (from < limit) {
            sink.onError(new AmiProtocolException("stream ended inside a message of "
                    + (limit - from) + " bytes: " + Text.preview(buf, from, limit - from, 80)));
        }
        resetMessage(limit);
        lineStart = limit;
        mode = NORMAL;
    }

    /** Bytes held for the unfinished message (for tests and metrics). */
    public int pendingBytes() {
        return limit - start;
    }

    private void run(FrameSink sink) {
        final byte[] b = buf;
        while (true) {
            if (count > 0 && mode == NORMAL && !skippingLine) {
                headerLines(b);
            }
            int lf = Bytes.indexOfLf(b, scan, limit);
            if (lf < 0) {
                scan = limit;
                if (skippingLine || mode == DISCARD || mode == DISCARD_FOLLOWS) {
                    dropPartialLine(b);
                } else if (isOutput(b, lineStart, limit)) {
                    if (outputBytes + (limit - lineStart) > limits.maxOutputBytes()) {
                        failOutput(sink, lineStart, limit);
                        dropPartialLine(b);
                    }
                } else if (limit - lineStart > limits.maxLineBytes() + 1) {
                    fail(sink, "line longer than " + limits.maxLineBytes() + " bytes (maxLineBytes)",
                            lineStart, limit);
                    dropPartialLine(b);
                }
                return;
            }
            scan = lf + 1;
            int end = lf;
            if (end > lineStart && b[end - 1] == '\r') {
                end--;
            }
            if (count == 0 && mode == NORMAL && !skippingLine && end > lineStart
                    && wholeMessage(sink, b, lineStart, end, lf)) {
                continue;
            }
            line(sink, b, lineStart, end);
            lineStart = scan;
        }
    }

    /**
     * Drops the unfinished line being skipped, so memory stays bounded. While skipping to a blank
     * line, a last CR is kept (it may begin the CRLF of a blank line; a dropped byte means the
     * line is not blank). While skipping legacy output, the line's last bytes are kept, since they
     * may end with {@code --END COMMAND--}.
     */
    private void dropPartialLine(byte[] b) {
        int keep;
        if (mode == DISCARD_FOLLOWS) {
            keep = Math.max(lineStart, limit - END_COMMAND.length() - 1);
        } else {
            keep = limit > lineStart && b[limit - 1] == '\r' ? limit - 1 : limit;
            if (keep > lineStart) {
                skippingLine = true;
            }
        }
        start = keep;
        lineStart = keep;
    }

    /**
     * Whether the (perhaps unfinished) line {@code [ls, end)} is command output: any line of a
     * legacy output, or an {@code Output:} line of a response.
     */
    private boolean isOutput(byte[] b, int ls, int end) {
        return mode == FOLLOWS_OUTPUT || mode == FOLLOWS_HEADERS || mode == RESPONSE && isOutputHeader(b, ls, end);
    }

    private static boolean isOutputHeader(byte[] b, int ls, int end) {
        return end - ls > 6 && b[ls + 6] == ':' && Ascii.equalsIgnoreCase(b, ls, 6, "Output");
    }

    /**
     * The hot path for a message whose first line {@code [ls, end)} (its LF at {@code lf}) is
     * ordinary: one search finds where its headers end, without finding its other lines (the
     * frame finds them when asked), and the message is handed on. False, having changed nothing,
     * when the message is not all in the buffer, is big enough that a limit might apply, or begins
     * with the greeting or {@code Response: Follows}: then the lines are taken one by one.
     */
    private boolean wholeMessage(FrameSink sink, byte[] b, int ls, int end, int lf) {
        if (Ascii.startsWith(b, ls, end - ls, BANNER) || isFollows(b, ls, end)) {
            return false;
        }
        int q = lineEnds.endOfHeaders(b, lf, (int) Math.min(limit, (long) ls + quickBytes + 2));
        if (q < 0 || q + 1 - ls > quickBytes) {
            return false;
        }
        int base = frameBase(ls);
        sink.onFrame(new Frame(frameBytes(ls, q + 1), ls - base, lf + 1 - base, q + 1 - base));
        int next = b[q + 1] == '\n' ? q + 2 : q + 3;
        resetMessage(next);
        lineStart = next;
        scan = next;
        return true;
    }

    /** Whether line {@code [ls, end)} is {@code Response: Follows} (the first colon after the key). */
    private static boolean isFollows(byte[] b, int ls, int end) {
        int colon = ls + 8;
        return colon < end && b[colon] == ':' && Ascii.equalsIgnoreCase(b, ls, 8, "Response")
                && isValue(b, colon, end, "Follows");
    }

    /**
     * The hot path: ordinary {@code Key: Value} lines of a message already begun, in locals,
     * without the rare states. Stops before the first line it does not handle (blank or of one
     * byte, perhaps too long, one too many, message too big, or not complete yet); {@link #line}
     * takes that one and decides exactly. All of those tests are one branch.
     */
    private void headerLines(byte[] b) {
        final int lim = limit;
        final int maxLine = limits.maxLineBytes(); // lf - ls counts a CR too: at worst one line early to line()
        final int maxEnd = (int) Math.min(Integer.MAX_VALUE, (long) start + limits.maxMessageBytes());
        int[] p = pos;
        int n = count;
        int ls = lineStart;
        final LineEnds ends = lineEnds;
        while (true) {
            // room for this line and the sentinel, and within maxHeaders
            int room = Math.min(limits.maxHeaders(), (p.length - 1) / 2);
            while (true) {
                int lf = ends.next(b, ls, lim);
                int len = lf - ls;
                if ((lf < 0) | (len <= 1) | (len > maxLine) | (n >= room) | (lf >= maxEnd)) {
                    break;
                }
                p[2 * n] = ls;
                p[2 * n + 1] = Frame.UNSEARCHED; // the frame finds the colon when first asked
                n++;
                ls = lf + 1;
            }
            if (n < room || n >= limits.maxHeaders()) {
                break;
            }
            p = Arrays.copyOf(p, p.length * 2); // the array was full, nothing else
            pos = p;
        }
        count = n;
        lineStart = ls;
        scan = ls;
    }

    private void line(FrameSink sink, byte[] b, int ls, int end) {
        int len = end - ls;
        if (skippingLine) {
            // the tail of an over-long line: not a blank line, whatever it holds
            skippingLine = false;
            resetMessage(scan);
            return;
        }
        if (mode == DISCARD) {
            if (len == 0) {
                mode = NORMAL;
            }
            resetMessage(scan);
            return;
        }
        if (mode == DISCARD_FOLLOWS) {
            if (isEndCommand(b, ls, end)) {
                mode = NORMAL;
            }
            resetMessage(scan);
            return;
        }
        if (mode == FOLLOWS_OUTPUT || mode == FOLLOWS_HEADERS) {
            followsLine(sink, b, ls, end);
            return;
        }
        if (mode == RESPONSE && isOutputHeader(b, ls, end)) {
            output(sink, ls, ls + 6, end);
            return;
        }
        if (!headerFits(sink, ls, end)) {
            return;
        }
        if (len == 0) {
            if (count > 0) {
                emit(sink, ls);
            }
            resetMessage(scan);
            mode = NORMAL;
            return;
        }
        if (count == 0 && Ascii.startsWith(b, ls, len, BANNER)) {
            sink.onBanner(Text.decode(b, ls, len));
            resetMessage(scan);
            return;
        }
        int colon = Frame.NO_COLON;
        for (int i = ls; i < end; i++) {
            if (b[i] == ':') {
                colon = i;
                break;
            }
        }
        if (!add(sink, ls, colon, end)) {
            return;
        }
        if (count == 1 && colon == ls + 8 && Ascii.equalsIgnoreCase(b, ls, 8, "Response")) {
            mode = isFollows(b, ls, end) ? FOLLOWS_HEADERS : RESPONSE;
        }
    }

    /** Whether header line {@code [ls, end)} keeps the line and message limits; reports it if not. */
    private boolean headerFits(FrameSink sink, int ls, int end) {
        if (end - ls > limits.maxLineBytes()) {
            fail(sink, "line longer than " + limits.maxLineBytes() + " bytes (maxLineBytes)", ls, end);
            return false;
        }
        if (scan - start - outputBytes > limits.maxMessageBytes()) {
            fail(sink, "message larger than " + limits.maxMessageBytes() + " bytes (maxMessageBytes)", start, end);
            return false;
        }
        return true;
    }

    private boolean isEndCommand(byte[] b, int ls, int end) {
        return end - ls >= END_COMMAND.length() && endsWith(b, end, END_COMMAND);
    }

    /**
     * A line of a legacy {@code Follows} response: {@code Privilege}, {@code ActionID} or
     * {@code Message} right after the first line are headers; from the first other line on,
     * every line is output, up to the one that ends with {@code --END COMMAND--}.
     */
    private void followsLine(FrameSink sink, byte[] b, int ls, int end) {
        int len = end - ls;
        boolean last = isEndCommand(b, ls, end);
        if (!last && mode == FOLLOWS_HEADERS) {
            int colon = -1;
            for (int i = ls; i < end; i++) {
                if (b[i] == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon > ls && (Ascii.equalsIgnoreCase(b, ls, colon - ls, "Privilege")
                    || Ascii.equalsIgnoreCase(b, ls, colon - ls, "ActionID")
                    || Ascii.equalsIgnoreCase(b, ls, colon - ls, "Message"))) {
                if (headerFits(sink, ls, end)) {
                    add(sink, ls, colon, end);
                }
                return;
            }
            mode = FOLLOWS_OUTPUT;
        }
        if (last && len == END_COMMAND.length()) {
            emit(sink, ls);
        } else if (!output(sink, ls, last ? Frame.RAW_OUTPUT_END : Frame.RAW_OUTPUT, end)) {
            return;
        } else if (last) {
            emit(sink, scan);
        } else {
            return;
        }
        resetMessage(scan);
        mode = NORMAL;
    }

    /** Adds an output line (its colon or raw marker {@code colon}) within the output byte limit. */
    private boolean output(FrameSink sink, int ls, int colon, int end) {
        outputBytes += scan - ls;
        if (outputBytes > limits.maxOutputBytes()) {
            failOutput(sink, ls, end);
            return false;
        }
        addLine(ls, colon);
        outputLines++;
        return true;
    }

    /** Adds a header line within the header-count limit (output lines do not count). */
    private boolean add(FrameSink sink, int ls, int colon, int end) {
        if (count - outputLines >= limits.maxHeaders()) {
            fail(sink, "more than " + limits.maxHeaders() + " lines in one message (maxHeaders)", start, end);
            return false;
        }
        addLine(ls, colon);
        return true;
    }

    private void addLine(int ls, int colon) {
        if (2 * count + 3 > pos.length) {
            pos = Arrays.copyOf(pos, pos.length * 2);
        }
        pos[2 * count] = ls;
        pos[2 * count + 1] = colon;
        count++;
    }

    private void emit(FrameSink sink, int sentinel) {
        pos[2 * count] = sentinel;
        int[] copy = Arrays.copyOf(pos, 2 * count + 2);
        int from = copy[0];
        byte[] bytes = frameBytes(from, sentinel);
        int base = frameBase(from);
        if (base != 0) {
            for (int i = 0; i <= 2 * count; i++) {
                if (copy[i] >= 0) { // starts and colons move; markers stay
                    copy[i] -= base;
                }
            }
        }
        Frame f = new Frame(bytes, copy, count);
        count = 0;
        sink.onFrame(f);
    }

    /** The array a frame of {@code buf[from, to)} refers to: a copy of those bytes when streaming. */
    private byte[] frameBytes(int from, int to) {
        return copies ? Arrays.copyOfRange(buf, from, to) : buf;
    }

    /**
     * What to subtract from an index into {@link #buf} to get the same byte's index in the
     * {@link #frameBytes} of a frame that starts at {@code from}.
     */
    private int frameBase(int from) {
        return copies ? from : 0;
    }

    private void failOutput(FrameSink sink, int from, int to) {
        fail(sink, "command output larger than " + limits.maxOutputBytes()
                + " bytes (limit maxCommandOutputBytes: raise it with AmiOptions.builder().limits(new AmiOptions.Limits(...)))", from, to);
    }

    /**
     * Reports a message that broke a limit and skips the rest of it: up to the next blank line,
     * or for a legacy command output up to {@code --END COMMAND--}. A response is reported with
     * its ActionID, if one came before the limit.
     */
    private void fail(FrameSink sink, String what, int from, int to) {
        String preview = Text.preview(buf, from, Math.max(0, to - from), 60);
        int skipFrom = start;
        boolean follows = mode == FOLLOWS_HEADERS || mode == FOLLOWS_OUTPUT;
        boolean response = follows || mode == RESPONSE;
        String actionId = response ? headerValue("ActionID") : null;
        mode = follows ? DISCARD_FOLLOWS : DISCARD;
        resetMessage(start);
        AmiProtocolException error = new AmiProtocolException(what + "; skipped to "
                + (follows ? "--END COMMAND--" : "the next blank line") + ". Started with " + preview
                + (skipFrom < from ? " (message began " + (from - skipFrom) + " bytes earlier)" : ""));
        if (response) {
            sink.onResponseError(error, actionId);
        } else {
            sink.onError(error);
        }
    }

    /** The value of the first header line called {@code name} of the message being read, or null. */
    private String headerValue(String name) {
        for (int i = 0; i < count; i++) {
            int ls = pos[2 * i];
            int colon = pos[2 * i + 1];
            if (colon == ls + name.length() && Ascii.equalsIgnoreCase(buf, ls, name.length(), name)) {
                int end = i + 1 < count ? pos[2 * i + 2] : lineStart;
                while (end > colon + 1 && (buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
                    end--;
                }
                return Text.decode(buf, colon + 1, end - colon - 1).trim();
            }
        }
        return null;
    }

    private void resetMessage(int at) {
        start = at;
        count = 0;
        outputLines = 0;
        outputBytes = 0;
    }

    private static boolean isValue(byte[] b, int colon, int end, String value) {
        int v = colon + 1;
        while (v < end && b[v] == ' ') {
            v++;
        }
        return Ascii.equalsIgnoreCase(b, v, end - v, value);
    }

    private static boolean endsWith(byte[] b, int end, String suffix) {
        int off = end - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (b[off + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
