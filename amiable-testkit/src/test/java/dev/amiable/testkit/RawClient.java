package dev.amiable.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A byte-level AMI client for tests: blocking reads with a 5 s limit, so a test fails instead of hanging. */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawClient(FakeAsterisk server) throws IOException {
        socket = new Socket(server.host(), server.port());
        socket.setSoTimeout(5000);
        in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
        out = socket.getOutputStream();
    }

    /** Reads one line without its CRLF; null at EOF. */
    String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.UTF_8);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

    /** Reads lines up to a blank line; null at EOF before any line. */
    List<String> readMessage() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = readLine()) != null) {
            if (line.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                return lines;
            }
            lines.add(line);
        }
        return lines.isEmpty() ? null : lines;
    }

    /** Reads messages up to and including the first whose lines contain {@code line}; all of them, in order. */
    List<List<String>> readUntil(String line) throws IOException {
        List<List<String>> all = new ArrayList<>();
        while (true) {
            List<String> m = readMessage();
            if (m == null) {
                throw new IOException("EOF before " + line + " after " + all.size() + " messages");
            }
            all.add(m);
            if (m.contains(line)) {
                return all;
            }
        }
    }

    /** The message as CRLF text with a trailing blank line, for exact comparisons. */
    String readMessageText() throws IOException {
        List<String> lines = readMessage();
        return lines == null ? null : String.join("\r\n", lines) + "\r\n\r\n";
    }

    /** Reads exactly {@code n} bytes. */
    String readBytes(int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Sends alternating keys and values as one action. */
    RawClient send(String... kv) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            sb.append(kv[i]).append(": ").append(kv[i + 1]).append("\r\n");
        }
        sb.append("\r\n");
        return sendRaw(sb.toString());
    }

    RawClient sendRaw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    /** Reads the banner and logs in as admin/amp111 with the given Events value (null: none); consumes the answer. */
    RawClient login(String events) throws IOException {
        readLine();
        if (events == null) {
            send("Action", "Login", "Username", "admin", "Secret", "amp111");
        } else {
            send("Action", "Login", "Username", "admin", "Secret", "amp111", "Events", events);
        }
        List<String> r = readMessage();
        if (!r.contains("Message: Authentication accepted")) {
            throw new IOException("login failed: " + r);
        }
        return this;
    }

    /** Whether the server closed the connection (EOF) within the read timeout. */
    boolean atEof() throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
