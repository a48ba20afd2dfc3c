package dev.amiable.bench;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.FakeAgiCall;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * The lean simulated Asterisk for {@link AgiBenchMain}: every call of a round on one thread and
 * one selector, so that the callers cost as little CPU as a caller can (one read and one write
 * per command, readiness for many calls in one wake-up) and leave the shared cores to the
 * server under test. Each call connects, sends the same environment as {@code FakeAgiCall}, and
 * answers every command line with {@code 200 result=1} until the server closes the connection.
 * At most {@link AgiLoad#CONNECTING} connects are in flight at a time, as with the other callers.
 */
final class NioCallers {
    private static final byte[] REPLY = "200 result=1\n".getBytes(StandardCharsets.US_ASCII);

    private NioCallers() {
    }

    /** One call's state, attached to its selection key. */
    private static final class Call {
        final int index;
        final long start;
        ByteBuffer pending;

        Call(int index, long start) {
            this.index = index;
            this.start = start;
        }
    }

    static AgiLoad.Result run(int port, int sessions) throws IOException {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        long[] times = new long[sessions];
        ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
        ByteBuffer out = ByteBuffer.allocateDirect(REPLY.length * 64);
        long cpu0 = AgiLoad.processCpu();
        long begin = System.nanoTime();
        int started = 0;
        int connecting = 0;
        int ended = 0;
        int failed = 0;
        try (Selector selector = Selector.open()) {
            while (ended < sessions) {
                while (started < sessions && connecting < AgiLoad.CONNECTING) {
                    SocketChannel ch = SocketChannel.open();
                    ch.configureBlocking(false);
                    ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                    Call call = new Call(started++, System.nanoTime());
                    if (ch.connect(address)) {
                        connected(ch, ch.register(selector, 0, call), call);
                    } else {
                        ch.register(selector, SelectionKey.OP_CONNECT, call);
                        connecting++;
                    }
                }
                selector.select();
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    Call call = (Call) key.attachment();
                    SocketChannel ch = (SocketChannel) key.channel();
                    try {
                        if (key.isConnectable()) {
                            connecting--;
                            ch.finishConnect();
                            connected(ch, key, call);
                        } else if (key.isWritable()) {
                            flush(ch, key, call);
                        } else if (key.isReadable() && !answer(ch, key, call, in, out)) {
                            times[call.index] = System.nanoTime() - call.start;
                            ended++;
                        }
                    } catch (IOException e) {
                        key.cancel();
                        ch.close();
                        failed++;
                        ended++;
                    }
                }
            }
        }
        long wall = System.nanoTime() - begin;
        long cpu = AgiLoad.processCpu() - cpu0;
        if (failed > 0) {
            System.out.println("  (" + failed + " calls failed: connection refused or reset)");
        }
        Arrays.sort(times);
        return new AgiLoad.Result(wall, cpu, times[sessions / 2], times[Math.min(sessions - 1, (int) (sessions * 0.99))]);
    }

    private static void connected(SocketChannel ch, SelectionKey key, Call call) throws IOException {
        StringBuilder head = new StringBuilder();
        String url = "agi://127.0.0.1:" + ((InetSocketAddress) ch.getRemoteAddress()).getPort() + "/bench?n=" + call.index;
        Map<String, String> env = FakeAgiCall.to(url, AgiCallScript.create()).environment();
        env.forEach((k, v) -> head.append(k).append(": ").append(v).append('\n'));
        call.pending = ByteBuffer.wrap(head.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        flush(ch, key, call);
    }

    private static void flush(SocketChannel ch, SelectionKey key, Call call) throws IOException {
        ch.write(call.pending);
        if (call.pending.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            call.pending = null;
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    /** Answers every whole command line read; false once the server has closed the connection. */
    private static boolean answer(SocketChannel ch, SelectionKey key, Call call, ByteBuffer in, ByteBuffer out)
            throws IOException {
        in.clear();
        int n = ch.read(in);
        if (n < 0) {
            key.cancel();
            ch.close();
            return false;
        }
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (in.get(i) == '\n') {
                lines++;
            }
        }
        if (lines > 0) {
            ByteBuffer reply = lines <= 64 ? out.clear() : ByteBuffer.allocate(REPLY.length * lines);
            for (int i = 0; i < lines; i++) {
                reply.put(REPLY);
            }
            reply.flip();
            ch.write(reply);
            if (reply.hasRemaining()) {
                call.pending = ByteBuffer.allocate(reply.remaining()).put(reply).flip();
                key.interestOps(SelectionKey.OP_WRITE);
            }
        }
        return true;
    }
}
