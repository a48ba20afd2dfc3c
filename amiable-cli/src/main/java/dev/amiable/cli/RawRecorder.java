package dev.amiable.cli;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiOptions;
import dev.amiable.AmiProtocolException;
import dev.amiable.AuthType;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Logs in over a raw socket and copies every byte the server sends to a stream, unchanged. A
 * decoder watches a copy of the bytes to answer the banner and challenge and to count events.
 * The reader runs on its own thread; {@link #stop} sends {@code Logoff} and waits briefly for EOF.
 */
final class RawRecorder implements AutoCloseable {
    private static final String LOGIN_ID = "amiable-record-login";
    private static final String CHALLENGE_ID = "amiable-record-challenge";

    private final AmiOptions options;
    private final OutputStream sink;
    private final StopSignal signal;
    private final long maxEvents;
    private final CountDownLatch loggedIn = new CountDownLatch(1);
    private final FrameDecoder decoder = new FrameDecoder(DecoderLimits.DEFAULT);
    private Socket socket;
    private OutputStream toServer;
    private Thread reader;
    private volatile boolean login;
    private volatile long bytes;
    private volatile long events;

    RawRecorder(AmiOptions options, OutputStream sink, StopSignal signal, long maxEvents) {
        this.options = options;
        this.sink = sink;
        this.signal = signal;
        this.maxEvents = maxEvents;
    }

    /** Connects, starts reading and returns once logged in; throws like {@code AmiClient.connect}. */
    void start() throws InterruptedException {
        String peer = options.host() + ":" + options.port();
        int timeout = (int) options.connectTimeout().toMillis();
        try {
            Socket s = new Socket();
            s.connect(new InetSocketAddress(options.host(), options.port()), timeout);
            if (options.sslContext() != null) {
                SSLSocket tls = (SSLSocket) options.sslContext().getSocketFactory()
                        .createSocket(s, options.host(), options.port(), true);
                if (options.hostnameVerification()) {
                    SSLParameters p = tls.getSSLParameters();
                    p.setEndpointIdentificationAlgorithm("HTTPS");
                    tls.setSSLParameters(p);
                }
                tls.startHandshake();
                s = tls;
            }
            socket = s;
            toServer = s.getOutputStream();
        } catch (ConnectException e) {
            throw new AmiConnectionException("connection to " + peer + " refused: " + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            throw new AmiConnectionException("connecting to " + peer + " timed out", e);
        } catch (IOException e) {
            throw new AmiConnectionException("cannot connect to " + peer + ": " + e.getMessage(), e);
        }
        InputStream in;
        try {
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new AmiConnectionException("cannot read from " + peer + ": " + e.getMessage(), e);
        }
        reader = new Thread(() -> readLoop(in, peer), "amiable-record");
        reader.setDaemon(true);
        reader.start();
        if (!loggedIn.await(timeout, TimeUnit.MILLISECONDS) && !signal.isStopped()) {
            throw new AmiConnectionException("no login answer from " + peer + " within " + timeout
                    + " ms (is it an AMI port?)");
        }
    }

    /** Bytes recorded so far. */
    long bytes() {
        return bytes;
    }

    /** Events received so far. */
    long events() {
        return events;
    }

    private void readLoop(InputStream in, String peer) {
        byte[] buf = new byte[16 * 1024];
        FrameSink frames = new Watcher();
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                sink.write(buf, 0, n);
                bytes += n;
                decoder.feed(buf, 0, n, frames);
            }
            sink.flush();
            if (!login) {
                signal.fail(new AmiConnectionException(peer + " closed the connection before login"));
            }
            signal.stop();
        } catch (IOException e) {
            if (!signal.isStopped()) {
                signal.fail(new AmiConnectionException("connection to " + peer + " lost: " + e.getMessage(), e));
            }
        } catch (RuntimeException e) {
            signal.fail(e);
        } finally {
            loggedIn.countDown();
        }
    }

    /** Reacts to what the server says during login, then counts events. */
    private final class Watcher implements FrameSink {
        @Override
        public void onBanner(String banner) {
            if (login) {
                return;
            }
            if (options.authType() == AuthType.MD5) {
                write("Action: Challenge\r\nActionID: " + CHALLENGE_ID + "\r\nAuthType: MD5\r\n\r\n");
            } else {
                write("Action: Login\r\nActionID: " + LOGIN_ID + "\r\nUsername: " + options.username()
                        + "\r\nSecret: " + options.secret() + "\r\nEvents: on\r\n\r\n");
            }
        }

        @Override
        public void onFrame(Frame f) {
            if (f.size() == 0) {
                return;
            }
            if (f.keyIs(0, "Event")) {
                if (++events >= maxEvents && maxEvents > 0) {
                    signal.stop();
                }
                return;
            }
            int id = f.indexOf("ActionID");
            boolean ok = f.keyIs(0, "Response") && f.valueIs(0, "Success");
            if (id >= 0 && f.valueIs(id, CHALLENGE_ID)) {
                int c = f.indexOf("Challenge");
                if (!ok || c < 0) {
                    authFailed("MD5 challenge refused: " + message(f));
                    return;
                }
                write("Action: Login\r\nActionID: " + LOGIN_ID + "\r\nUsername: " + options.username()
                        + "\r\nAuthType: MD5\r\nKey: " + md5(f.value(c) + options.secret()) + "\r\nEvents: on\r\n\r\n");
            } else if (id >= 0 && f.valueIs(id, LOGIN_ID)) {
                if (!ok) {
                    authFailed("login as '" + options.username() + "' refused: " + message(f));
                    return;
                }
                login = true;
                loggedIn.countDown();
            }
        }

        @Override
        public void onError(AmiProtocolException error) {
            // recorded as received; the decoder resynchronises on its own
        }

        private void authFailed(String why) {
            signal.fail(new AmiAuthenticationException(why));
            loggedIn.countDown();
        }

        private String message(Frame f) {
            int m = f.indexOf("Message");
            return m < 0 ? "no message" : f.value(m);
        }
    }

    private synchronized void write(String text) {
        try {
            toServer.write(text.getBytes(StandardCharsets.UTF_8));
            toServer.flush();
        } catch (IOException e) {
            signal.fail(new AmiConnectionException("cannot write to the server: " + e.getMessage(), e));
        }
    }

    /** Sends Logoff and waits up to {@code millis} for the server to close, then closes. */
    void stop(long millis) throws InterruptedException {
        if (login && socket != null && !socket.isClosed()) {
            write("Action: Logoff\r\nActionID: amiable-record-logoff\r\n\r\n");
            reader.join(millis);
        }
        close();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (reader != null) {
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String md5(String text) {
        return dev.amiable.internal.conn.Md5.hex(text);
    }
}
