package nl.supplementguidelines.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A real webhook receiver on loopback (the JDK's HTTP server): records every request with its headers, body and arrival
 * time, and answers the status {@link #answering} gives for the n-th request (from 1). Close it after the test.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. Header names are lower case. */
    public record Received(long nanoTime, String method, Map<String, String> headers, byte[] body, int answered) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile IntUnaryOperator answer = n -> 204;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            int status;
            synchronized (received) {
                status = answer.applyAsInt(received.size() + 1);
                received.add(new Received(System.nanoTime(), exchange.getRequestMethod(), headers, body, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The status to answer the n-th request with (from 1); 204 to all until told otherwise. */
    public WebhookReceiver answering(IntUnaryOperator statusOfNth) {
        this.answer = statusOfNth;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
