package org.asteriskjava.manager.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.asteriskjava.util.DateUtil;
import org.asteriskjava.util.SocketConnectionFacade;
import org.asteriskjava.util.internal.SocketConnectionFacadeImpl;
import org.asteriskjava.util.internal.streamreader.FastScanner;
import org.asteriskjava.util.internal.streamreader.FastScannerFactory;

/**
 * Benchmark access to asterisk-java 3.41.0 internals that are package-private ({@code Dispatcher},
 * {@code EventBuilderImpl}). Lives in asterisk-java's package only for that; it changes nothing in
 * asterisk-java and only calls its real code.
 */
public final class AjBenchAccess {
    private AjBenchAccess() {
    }

    /**
     * An in-memory {@link SocketConnectionFacade}: reads lines exactly as
     * {@link SocketConnectionFacadeImpl} does (its {@code FastScanner} for CRLF over an
     * {@code InputStreamReader} in UTF-8), from a byte array instead of a socket; writes go through
     * the same {@code BufferedWriter(OutputStreamWriter(UTF-8))} into {@code sink}.
     */
    public static final class MemoryFacade implements SocketConnectionFacade {
        private final FastScanner scanner;
        private final BufferedWriter writer;

        public MemoryFacade(byte[] input, OutputStream sink) {
            this.scanner = FastScannerFactory.getReader(
                    new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8),
                    SocketConnectionFacadeImpl.CRNL_PATTERN);
            this.writer = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
        }

        @Override
        public String readLine() throws IOException {
            try {
                return scanner.next();
            } catch (IllegalStateException | java.util.NoSuchElementException e) {
                throw new IOException("No more lines available: " + e.getMessage());
            }
        }

        @Override
        public void write(String s) throws IOException {
            writer.write(s);
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }

        @Override
        public void close() throws IOException {
            scanner.close();
        }

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public InetAddress getLocalAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public int getLocalPort() {
            return 0;
        }

        @Override
        public InetAddress getRemoteAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public int getRemotePort() {
            return 0;
        }
    }

    /** asterisk-java's event builder (reflection-filled beans), as its reader holds one. */
    public static final class Builder {
        private final EventBuilderImpl impl = new EventBuilderImpl();
        private final Object source = new Object();

        /** {@code EventBuilderImpl.buildEvent} plus the {@code setDateReceived} the reader adds. */
        public ManagerEvent build(Map<String, Object> attributes) {
            ManagerEvent e = impl.buildEvent(source, attributes);
            if (e != null) {
                e.setDateReceived(DateUtil.getDate());
            }
            return e;
        }
    }

    /**
     * asterisk-java's reader path on one thread, without its {@code AsyncEventPump} hand-off: line
     * reading by its {@code FastScanner} (as its socket facade does), the attribute map filled by the
     * same code as {@code ManagerReaderImpl.run()} (copied below: key lower-cased and trimmed,
     * value trimmed, repeats turned into lists), and {@code EventBuilderImpl.buildEvent} for every
     * map holding {@code event}. Responses are framed but not built, as on Amiable's side.
     *
     * @return number of events built
     */
    public static int readEvents(byte[] bytes, Builder builder, Consumer<ManagerEvent> sink) throws IOException {
        MemoryFacade socket = new MemoryFacade(bytes, OutputStream.nullOutputStream());
        Map<String, Object> buffer = new HashMap<>();
        int n = 0;
        String line;
        while ((line = socket.readLine()) != null) {
            if (line.startsWith("Asterisk Call Manager/")) {
                continue;
            }
            if (line.length() > 0) {
                int isFromAtStart = line.indexOf("From ");
                int isToAtStart = line.indexOf("To ");
                int delimiterIndex = isFromAtStart == 0 || isToAtStart == 0 ? line.indexOf(" ") : line.indexOf(":");
                int delimiterLength = 1;
                if (delimiterIndex > 0 && line.length() > delimiterIndex + delimiterLength) {
                    String name = line.substring(0, delimiterIndex).toLowerCase(Locale.ENGLISH).trim();
                    String value = line.substring(delimiterIndex + delimiterLength).trim();
                    addToBuffer(buffer, name, value);
                }
            }
            if (line.length() == 0) {
                if (buffer.containsKey("event")) {
                    ManagerEvent e = builder.build(buffer);
                    if (e != null) {
                        n++;
                        sink.accept(e);
                    }
                }
                buffer.clear();
            }
        }
        return n;
    }

    /** Same as {@code ManagerReaderImpl.addToBuffer}: a repeated key's values become a list. */
    @SuppressWarnings("unchecked")
    public static void addToBuffer(Map<String, Object> buffer, String name, String value) {
        if (buffer.containsKey(name)) {
            Object currentValue = buffer.get(name);
            if (currentValue instanceof List) {
                ((List<String>) currentValue).add(value);
                return;
            }
            List<String> list = new ArrayList<>();
            if (currentValue instanceof String) {
                list.add((String) currentValue);
            } else {
                list.add(currentValue.toString());
            }
            list.add(value);
            buffer.put(name, list);
        } else {
            buffer.put(name, value);
        }
    }

    /**
     * The real {@code ManagerReaderImpl.run()} over the bytes (via {@link MemoryFacade}), including
     * its {@code AsyncEventPump} thread hand-off; returns when the pump has delivered everything.
     * Counts events other than its own pseudo events (protocol identifier, disconnect).
     */
    public static int runReader(byte[] bytes, Consumer<ManagerEvent> sink) {
        int[] count = new int[1];
        Dispatcher d = new Dispatcher() {
            @Override
            public void dispatchResponse(ManagerResponse response, Integer requiredHandlingTime) {
            }

            @Override
            public void dispatchEvent(ManagerEvent event, Integer requiredHandlingTime) {
                if (!(event instanceof org.asteriskjava.manager.event.DisconnectEvent)
                        && !(event instanceof org.asteriskjava.manager.event.ProtocolIdentifierReceivedEvent)) {
                    count[0]++;
                    sink.accept(event);
                }
            }

            @Override
            public void stop() {
            }
        };
        ManagerReaderImpl reader = new ManagerReaderImpl(d, new Object());
        reader.setSocket(new MemoryFacade(bytes, OutputStream.nullOutputStream()));
        reader.run();
        return count[0];
    }
}
