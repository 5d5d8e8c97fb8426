package nl.supplementguidelines.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP against the running application, with the body read as JSON. Every answer to a documented operation is
 * checked against the OpenAPI document ({@link OpenApiContract}): a test fails when the API answers something its
 * document does not allow.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public record Response(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /**
         * Tomcat's one answer to a request it read after its connector paused for a stop: 503 without a body, and the
         * connection closed. The application's own 503 (the database gone) has a problem body and Retry-After.
         */
        public boolean isPausedConnectorAnswer() {
            return status == 503 && text.isEmpty() && header("Retry-After") == null && "close".equalsIgnoreCase(header("Connection"));
        }
    }

    /** A GET with optional headers given as name, value, name, value, ... */
    public Response get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** A request without a body, with optional headers given as name, value, ... */
    public Response send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request with a JSON body, with optional headers given as name, value, ... */
    public Response sendJson(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * A GET with the path exactly as given, over a plain socket: for malformed URLs that java.net.URI
     * refuses to build but real clients do send.
     */
    public Response rawGet(String path) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** A request exactly as given (request line, headers, blank line and any body), over a plain socket. */
    public Response raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            Response answer = readResponse(new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream())));
            String[] requestLine = request.substring(0, request.indexOf("\r\n")).split(" ");
            OpenApiContract.get().check(requestLine[0], requestLine[1], answer.status(), answer.header("Content-Type"), answer.text());
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A POST of JSON over a plain socket, for bodies the server should refuse before it has read them: the head
     * declares {@code contentLength} (or, when it is negative, sends the body chunked), a background thread writes the
     * parts (ignoring the connection being closed under it), and the answer is read as soon as it arrives.
     */
    public Response rawPost(String path, long contentLength, Iterable<byte[]> parts) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (contentLength < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + contentLength) + "\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (byte[] part : parts) {
                        if (contentLength < 0) {
                            out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(part);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        } else {
                            out.write(part);
                        }
                    }
                    if (contentLength < 0) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // Expected once the server has answered and stops reading.
                }
            });
            writer.setDaemon(true);
            writer.start();
            Response response = readResponse(new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream())));
            writer.interrupt();
            OpenApiContract.get().check("POST", path, response.status(), response.header("Content-Type"), response.text());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: the head, then a body by Content-Length or chunked, without waiting for the connection to end. */
    private static Response readResponse(java.io.DataInputStream in) throws IOException {
        String status = readLine(in);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip(), name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (headers.containsKey("Content-Length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0))));
        } else if ("chunked".equalsIgnoreCase(String.join(",", headers.getOrDefault("Transfer-Encoding", List.of())))) {
            for (int size = Integer.parseInt(readLine(in).strip(), 16); size > 0; size = Integer.parseInt(readLine(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
                body.toString(StandardCharsets.UTF_8));
    }

    private static String readLine(java.io.DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed in the middle of the answer's head");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** A request with a JSON body (null: none), with optional headers given as name, value, ... */
    public Response request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request with a body of any media type (the Content-Type is among the headers, given as name, value, ...). */
    public Response sendBytes(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public Response post(String path, String body) {
        return post(path, body, null);
    }

    public Response post(String path, String body, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request.build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(response.statusCode(), response.headers(), response.body());
            String path = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
            OpenApiContract.get().check(request.method(), path, answer.status(), answer.header("Content-Type"), answer.text());
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
