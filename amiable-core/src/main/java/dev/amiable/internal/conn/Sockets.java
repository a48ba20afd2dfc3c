package dev.amiable.internal.conn;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Opens the TCP (and TLS) socket to the server, with clear errors. */
final class Sockets {
    private Sockets() {
    }

    static Socket open(AmiOptions o, String peer) {
        int timeout = (int) Math.min(Integer.MAX_VALUE, o.connectTimeout().toMillis());
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.setKeepAlive(true);
            plain.connect(new InetSocketAddress(o.host(), o.port()), timeout);
        } catch (UnknownHostException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("unknown host " + o.host(), e);
        } catch (ConnectException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("connection to " + peer + " refused: " + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("connecting to " + peer + " timed out after " + timeout + " ms", e);
        } catch (IOException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("cannot connect to " + peer + ": " + e.getMessage(), e);
        }
        if (o.sslContext() == null) {
            return plain;
        }
        try {
            SSLSocket tls = (SSLSocket) o.sslContext().getSocketFactory()
                    .createSocket(plain, o.host(), o.port(), true);
            SSLParameters params = tls.getSSLParameters();
            if (o.hostnameVerification()) {
                params.setEndpointIdentificationAlgorithm("HTTPS");
            }
            tls.setSSLParameters(params);
            tls.setSoTimeout(timeout);
            tls.startHandshake();
            tls.setSoTimeout(0);
            return tls;
        } catch (SSLException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("TLS handshake with " + peer + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(plain);
            throw new AmiConnectionException("TLS with " + peer + " failed: " + e.getMessage(), e);
        }
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
