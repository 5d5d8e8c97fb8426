import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Freshness across instances (bench/freshness.sh runs it): makes CHANGES changes of the leaky-gut guideline's title by
 * plain SQL, and after each commit polls every instance given (all at once, one thread each) until it serves the new
 * title; prints per instance, over all changes, the p50, p95 and max of the time from the commit to the sending of the
 * first request that got the new title. Run with the PostgreSQL driver on the class path:
 *
 *   java -cp postgresql.jar bench/Freshness.java jdbc:postgresql://... http://127.0.0.1:8210 http://127.0.0.1:8211
 */
public class Freshness {

    public static void main(String[] args) throws Exception {
        int changes = Integer.parseInt(System.getenv().getOrDefault("CHANGES", "100"));
        String jdbc = args[0];
        List<String> instances = List.of(args).subList(1, args.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<List<Double>> millis = new ArrayList<>();
        instances.forEach(instance -> millis.add(new ArrayList<>()));
        try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement update = connection.prepareStatement(
                     "update guideline set title = ? where slug = 'leaky-gut' and status = 'CURRENT'")) {
            String original = title(http, instances.get(0));
            ExecutorService pollers = Executors.newFixedThreadPool(instances.size());
            for (int change = 1; change <= changes; change++) {
                String title = "Leaky gut (freshness " + change + ")";
                update.setString(1, title);
                update.executeUpdate(); // autocommit: committed when this returns
                long committed = System.nanoTime();
                List<Future<Double>> polls = new ArrayList<>();
                for (String instance : instances) {
                    polls.add(pollers.submit(() -> sentOfFirstNew(http, instance, title, committed)));
                }
                for (int i = 0; i < instances.size(); i++) {
                    millis.get(i).add(polls.get(i).get());
                }
                Thread.sleep(20);
            }
            pollers.shutdown();
            update.setString(1, original);
            update.executeUpdate();
        }
        System.out.printf("%-28s %8s %8s %8s %8s%n", "instance", "changes", "p50 ms", "p95 ms", "max ms");
        for (int i = 0; i < instances.size(); i++) {
            List<Double> sorted = new ArrayList<>(millis.get(i));
            Collections.sort(sorted);
            System.out.printf("%-28s %8d %8.1f %8.1f %8.1f%n", instances.get(i), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
        }
    }

    /**
     * Polls the instance until it serves the title; returns the milliseconds from the commit to when the first request
     * that got it was sent (so a slow answer under load does not count: the change was there when it was asked for).
     */
    private static double sentOfFirstNew(HttpClient http, String instance, String title, long committed) throws Exception {
        while (true) {
            long sent = System.nanoTime();
            if (title(http, instance).equals(title)) {
                return (sent - committed) / 1e6;
            }
            if (sent - committed > Duration.ofSeconds(5).toNanos()) {
                throw new IllegalStateException(instance + " did not serve \"" + title + "\" within 5 s");
            }
        }
    }

    private static String title(HttpClient http, String instance) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/guidelines/leaky-gut"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(instance + " answered " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        int start = body.indexOf("\"title\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
