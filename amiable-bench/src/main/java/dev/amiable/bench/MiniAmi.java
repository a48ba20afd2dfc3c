package dev.amiable.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A deliberately tiny and fast AMI server for benchmarks, on loopback port 0. It does just what
 * the benchmarks need, for Amiable and asterisk-java alike:
 * <ul>
 * <li>{@code Challenge}, {@code Login} (any secret), {@code CoreSettings}, {@code Ping}, {@code Logoff};</li>
 * <li>{@code Burst}: answers, then writes every event frame of the busy capture as fast as the
 *     socket takes them;</li>
 * <li>{@code CoreShowChannels}: a list of {@link #listSize} items shaped like the capture's;</li>
 * <li>the other list actions of the live model's resync ({@code BridgeList}, {@code QueueStatus},
 *     {@code Agents}, {@code ParkedCalls}, {@code DeviceStateList}, {@code ExtensionStateList},
 *     {@code PresenceStateList}): an empty list, shaped like Asterisk 22's (start response, then
 *     the complete event with {@code ListItems: 0}); {@code ConfbridgeListRooms}: Asterisk 22's
 *     error for no conferences;</li>
 * <li>{@code Trickle} (headers {@code Rate}, {@code Seconds}): writes capture events at a fixed rate
 *     from another thread;</li>
 * <li>anything else: {@code Response: Success}.</li>
 * </ul>
 * Responses are buffered and flushed when no more input is waiting, so pipelined actions are
 * answered in batches, as a real server under load does. Not a test double: see amiable-testkit
 * for that.
 */
public final class MiniAmi implements AutoCloseable {
    private static final byte[] BANNER = ascii("Asterisk Call Manager/11.0.0\r\n");
    private static final byte[] CRLF = ascii("\r\n");

    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final byte[][] listRests;
    private volatile boolean closed;
    /** Items answered to {@code CoreShowChannels}. */
    public final int listSize;

    public MiniAmi(int listSize) throws IOException {
        this.listSize = listSize;
        this.listRests = listItems(listSize);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        this.acceptor = new Thread(this::acceptLoop, "miniami-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public MiniAmi() throws IOException {
        this(10_000);
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                connections.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "miniami-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("miniami: accept failed: " + e);
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    // ---- one connection ----

    private void serve(Socket s) {
        try (s) {
            Input in = new Input(s.getInputStream());
            Out out = new Out(s.getOutputStream());
            synchronized (out) {
                out.write(BANNER);
                out.flush();
            }
            Req r = new Req();
            while (r.read(in)) {
                boolean keepOpen = answer(r, out, s);
                if (!keepOpen) {
                    return;
                }
                if (in.available() == 0) {
                    synchronized (out) {
                        out.flush();
                    }
                }
            }
        } catch (IOException e) {
            // client went away
        } finally {
            open.remove(s);
        }
    }

    private boolean answer(Req r, Out out, Socket s) throws IOException {
        String a = r.action;
        synchronized (out) {
            Out o = out;
            EmptyList l;
            if (a.equalsIgnoreCase("Ping")) {
                head(o, "Success", r);
                o.write(PONG);
            } else if (a.equalsIgnoreCase("Challenge")) {
                head(o, "Success", r);
                o.write(ascii("Challenge: 840415273\r\n\r\n"));
            } else if (a.equalsIgnoreCase("Login")) {
                head(o, "Success", r);
                o.write(ascii("Message: Authentication accepted\r\n\r\n"));
            } else if (a.equalsIgnoreCase("CoreSettings")) {
                head(o, "Success", r);
                o.write(CORE_SETTINGS);
            } else if (a.equalsIgnoreCase("Logoff")) {
                head(o, "Goodbye", r);
                o.write(ascii("Message: Thanks for all the fish.\r\n\r\n"));
                o.flush();
                return false;
            } else if (a.equalsIgnoreCase("Burst")) {
                head(o, "Success", r);
                o.write(ascii("Message: Events will follow\r\n\r\n"));
                o.flush();
                int times = Math.max(1, r.intHeader(1));
                for (int i = 0; i < times; i++) {
                    o.write(Capture.BUSY_EVENTS);
                }
                o.flush();
            } else if (a.equalsIgnoreCase("CoreShowChannels")) {
                head(o, "Success", r);
                o.write(ascii("EventList: start\r\nMessage: Channels will follow\r\n\r\n"));
                byte[] id = r.actionId;
                for (byte[] rest : listRests) {
                    o.write(ITEM_HEAD);
                    if (id != null) {
                        o.write(ACTION_ID);
                        o.write(id);
                        o.write(CRLF);
                    }
                    o.write(rest);
                }
                o.write(ascii("Event: CoreShowChannelsComplete\r\n"));
                if (id != null) {
                    o.write(ACTION_ID);
                    o.write(id);
                    o.write(CRLF);
                }
                o.write(ascii("EventList: Complete\r\nListItems: " + listRests.length + "\r\n\r\n"));
                o.flush();
            } else if (a.equalsIgnoreCase("ConfbridgeListRooms")) {
                head(o, "Error", r);
                o.write(ascii("Message: No active conferences.\r\n\r\n"));
            } else if ((l = EmptyList.of(a)) != null) {
                head(o, "Success", r);
                o.write(l.start);
                o.write(l.complete);
                if (r.actionId != null) {
                    o.write(ACTION_ID);
                    o.write(r.actionId);
                    o.write(CRLF);
                }
                o.write(l.end);
            } else if (a.equalsIgnoreCase("Trickle")) {
                head(o, "Success", r);
                o.write(ascii("Message: Events will trickle\r\n\r\n"));
                o.flush();
                int rate = r.intHeader(1000);
                int seconds = r.intHeader2(5);
                Thread t = new Thread(() -> trickle(out, rate, seconds), "miniami-trickle");
                t.setDaemon(true);
                t.start();
            } else if (a.equalsIgnoreCase("Command")) {
                head(o, "Success", r);
                o.write(ascii("Output: Asterisk 22.10.1 built by bench\r\n\r\n"));
            } else {
                head(o, "Success", r);
                o.write(ascii("Message: OK\r\n\r\n"));
            }
        }
        return true;
    }

    /** The empty answer to one list action: start response's rest, complete event's first line, its end. */
    private enum EmptyList {
        BRIDGE_LIST("BridgeList", "Bridge listing will follow", "BridgeListComplete", ""),
        QUEUE_STATUS("QueueStatus", "Queue status will follow", "QueueStatusComplete", ""),
        AGENTS("Agents", "Agents will follow", "AgentsComplete", ""),
        PARKED_CALLS("ParkedCalls", "Parked calls will follow", "ParkedCallsComplete", "Total: 0\r\n"),
        DEVICE_STATE_LIST("DeviceStateList", "Device State Changes will follow", "DeviceStateListComplete", ""),
        EXTENSION_STATE_LIST("ExtensionStateList", "Extension Statuses will follow", "ExtensionStateListComplete", ""),
        PRESENCE_STATE_LIST("PresenceStateList", "Presence State Changes will follow", "PresenceStateListComplete", "");

        final String action;
        final byte[] start;
        final byte[] complete;
        final byte[] end;

        EmptyList(String action, String message, String completeEvent, String extra) {
            this.action = action;
            this.start = ascii("EventList: start\r\nMessage: " + message + "\r\n\r\n");
            this.complete = ascii("Event: " + completeEvent + "\r\n");
            this.end = ascii("EventList: Complete\r\nListItems: 0\r\n" + extra + "\r\n");
        }

        /** The list answered for {@code action}, or null. */
        static EmptyList of(String action) {
            for (EmptyList l : values()) {
                if (l.action.equalsIgnoreCase(action)) {
                    return l;
                }
            }
            return null;
        }
    }

    /** Writes capture event frames at {@code rate} per second for {@code seconds}, one frame at a time. */
    private void trickle(Out out, int rate, int seconds) {
        int[] frames = frameOffsets(Capture.BUSY_EVENTS);
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int f = 0;
        try {
            for (long i = 0; i < total && !closed; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 50_000) {
                    LockSupport.parkNanos(wait);
                }
                synchronized (out) {
                    out.write(Capture.BUSY_EVENTS, frames[f], frames[f + 1] - frames[f]);
                    out.flush();
                }
                f++;
                if (f >= frames.length - 1) {
                    f = 0;
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    static int[] frameOffsets(byte[] b) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 3; i < b.length; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                starts.add(i + 1);
            }
        }
        int[] out = new int[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    private static void head(Out o, String type, Req r) throws IOException {
        o.write(RESPONSE);
        o.write(ascii(type));
        o.write(CRLF);
        if (r.actionId != null) {
            o.write(ACTION_ID);
            o.write(r.actionId);
            o.write(CRLF);
        }
    }

    private static final byte[] RESPONSE = ascii("Response: ");
    private static final byte[] ACTION_ID = ascii("ActionID: ");
    private static final byte[] PONG = ascii("Ping: Pong\r\nTimestamp: 1795349750.403475\r\n\r\n");
    private static final byte[] ITEM_HEAD = ascii("Event: CoreShowChannel\r\n");
    private static final byte[] CORE_SETTINGS = ascii("AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\n"
            + "SystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: \r\nCoreRunGroup: \r\n"
            + "CoreMaxFilehandles: 8192\r\nCoreRealTimeEnabled: No\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: Yes\r\n"
            + "SoundsSearchCustomDir: No\r\n\r\n");

    /** Item bodies after {@code ActionID}, shaped like the capture's CoreShowChannel items. */
    private static byte[][] listItems(int n) {
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            out[i] = ascii("Channel: Local/500@ami-test-" + String.format("%08x", i) + ";2\r\n"
                    + "ChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n"
                    + "ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: en\r\nAccountCode: \r\n"
                    + "Context: ami-test\r\nExten: 500\r\nPriority: 4\r\nUniqueid: 1795349747." + (3 + 2 * i) + "\r\n"
                    + "Linkedid: 1795349747." + (2 + 2 * i) + "\r\nChanVariable: CEO_SCENARIO=confbridge\r\n"
                    + "ChanVariable: CEO_TAG=\r\nApplication: ConfBridge\r\n"
                    + "ApplicationData: ceo-conf,ceo_bridge,ceo_user,ceo_menu\r\nDuration: 00:00:03\r\n"
                    + "BridgeId: 923b435f-377e-4c07-8f93-594a1c6afa68\r\n\r\n");
        }
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An unsynchronised buffered reader of the client's bytes (one thread). */
    private static final class Input {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int lim;

        Input(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            if (pos == lim) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                lim = n;
            }
            return buf[pos++] & 0xff;
        }

        int available() throws IOException {
            return lim - pos + (pos == lim ? in.available() : 0);
        }
    }

    /**
     * The output of one connection: an unsynchronised buffer (callers hold its monitor, which
     * serialises writers) in front of the socket; large writes go straight through.
     */
    private static final class Out {
        private final OutputStream raw;
        private final byte[] buf = new byte[256 * 1024];
        private int count;

        Out(OutputStream raw) {
            this.raw = raw;
        }

        void write(byte[] b) throws IOException {
            write(b, 0, b.length);
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (len > buf.length - count) {
                flushBuffer();
                if (len > buf.length / 2) {
                    raw.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void flushBuffer() throws IOException {
            if (count > 0) {
                raw.write(buf, 0, count);
                count = 0;
            }
        }

        void flush() throws IOException {
            flushBuffer();
            raw.flush();
        }
    }

    /** One action read from the client: name, ActionID bytes, and two numeric headers. */
    private static final class Req {
        private final byte[] line = new byte[4096];
        String action;
        byte[] actionId;
        String n1;
        String n2;

        int intHeader(int dflt) {
            return parse(n1, dflt);
        }

        int intHeader2(int dflt) {
            return parse(n2, dflt);
        }

        private static int parse(String s, int dflt) {
            try {
                return s == null ? dflt : Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }

        /** Reads one action; false at end of stream. */
        boolean read(Input in) throws IOException {
            action = null;
            actionId = null;
            n1 = null;
            n2 = null;
            while (true) {
                int len = 0;
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    if (len < line.length) {
                        line[len++] = (byte) c;
                    }
                }
                if (c < 0) {
                    return false;
                }
                if (len > 0 && line[len - 1] == '\r') {
                    len--;
                }
                if (len == 0) {
                    if (action != null) {
                        return true;
                    }
                    continue;
                }
                int colon = -1;
                for (int i = 0; i < len; i++) {
                    if (line[i] == ':') {
                        colon = i;
                        break;
                    }
                }
                if (colon < 0) {
                    continue;
                }
                int v = colon + 1;
                while (v < len && line[v] == ' ') {
                    v++;
                }
                if (keyIs(colon, "Action")) {
                    action = new String(line, v, len - v, StandardCharsets.ISO_8859_1);
                } else if (keyIs(colon, "ActionID")) {
                    actionId = java.util.Arrays.copyOfRange(line, v, len);
                } else if (keyIs(colon, "Rate") || keyIs(colon, "Times")) {
                    n1 = new String(line, v, len - v, StandardCharsets.ISO_8859_1);
                } else if (keyIs(colon, "Seconds")) {
                    n2 = new String(line, v, len - v, StandardCharsets.ISO_8859_1);
                }
            }
        }

        private boolean keyIs(int len, String key) {
            if (len != key.length()) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (Character.toLowerCase((char) line[i]) != Character.toLowerCase(key.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        try (MiniAmi m = new MiniAmi()) {
            System.out.println("MiniAmi on port " + m.port() + "; " + Capture.describe());
            Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "600000"));
        }
    }
}
