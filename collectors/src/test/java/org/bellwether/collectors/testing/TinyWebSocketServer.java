package org.bellwether.collectors.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A minimal RFC 6455 server on 127.0.0.1 for tests and the benchmark: completes the opening handshake, then hands
 * the request URI and a {@link Sender} to a script that writes text frames (unmasked, as servers do). Client
 * frames are read and discarded. {@link #dropConnections()} cuts every open connection abruptly.
 */
public final class TinyWebSocketServer implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final BiConsumer<URI, Sender> script;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Writes frames to one client. */
    public static final class Sender {
        private final OutputStream out;

        Sender(OutputStream out) {
            this.out = out;
        }

        public void text(String message) throws IOException {
            byte[] payload = message.getBytes(StandardCharsets.UTF_8);
            out.write(0x81);
            if (payload.length < 126) {
                out.write(payload.length);
            } else if (payload.length < 65_536) {
                out.write(126);
                out.write(payload.length >>> 8);
                out.write(payload.length & 0xff);
            } else {
                out.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) ((long) payload.length >>> shift) & 0xff);
                }
            }
            out.write(payload);
        }

        public void flush() throws IOException {
            out.flush();
        }

        /** A normal close frame (1000). */
        public void close() throws IOException {
            out.write(new byte[] {(byte) 0x88, 2, 0x03, (byte) 0xe8});
            out.flush();
        }
    }

    public TinyWebSocketServer(BiConsumer<URI, Sender> script) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        Thread acceptor = new Thread(this::accept, "tiny-ws-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    /** Request URIs of every connection so far, in order. */
    public List<URI> requests() {
        return new ArrayList<>(requests);
    }

    public void dropConnections() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread handler = new Thread(() -> serve(socket), "tiny-ws-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            List<String> head = readHead(in);
            String path = head.get(0).split(" ")[1];
            String key = head.stream().filter(h -> h.toLowerCase().startsWith("sec-websocket-key:"))
                    .map(h -> h.substring(h.indexOf(':') + 1).trim()).findFirst().orElseThrow();
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread drain = new Thread(() -> {
                try {
                    while (in.read() != -1) {
                        // discard client frames (pongs, close)
                    }
                } catch (IOException ignored) {
                    // closed
                }
            }, "tiny-ws-drain");
            drain.setDaemon(true);
            drain.start();
            URI uri = URI.create("ws://127.0.0.1" + path);
            requests.add(uri);
            script.accept(uri, new Sender(out));
            out.flush();
        } catch (Exception e) {
            // the client went away or the test dropped the connection
        } finally {
            open.remove(socket);
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String done = line.toString().replace("\r", "");
                if (done.isEmpty()) {
                    return lines;
                }
                lines.add(done);
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new IOException("connection closed during handshake");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        dropConnections();
        server.close();
    }
}
