package nl.supplementguidelines.webhook;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends one signed message. Redirects are never followed (a 3xx is a failure: a redirect could lead past the SSRF
 * guard), the connect and the wait for the answer are bounded, and the answer's body is never read: the stream is
 * closed at once, which drops the connection rather than reading whatever the endpoint sends.
 */
@Component
class WebhookSender {

    /** What an attempt came to: a status, or none and why. */
    record Outcome(@Nullable Integer status, @Nullable String error, Duration took) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration readTimeout;

    WebhookSender(WebhookProperties properties) {
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.readTimeout = properties.readTimeout();
    }

    Outcome send(String url, String messageId, long timestamp, String signature, byte[] body) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "supplement-guidelines-webhooks")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, took(start));
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(null, "connect timed out after " + client.connectTimeout().map(Duration::toMillis).orElse(0L) + " ms", took(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + readTimeout.toMillis() + " ms", took(start));
        } catch (IOException e) {
            return new Outcome(null, "connection failed: " + shorten(e), took(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted (shutting down)", took(start));
        }
    }

    private static Duration took(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String shorten(IOException e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
