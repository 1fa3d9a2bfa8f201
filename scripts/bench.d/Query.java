import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sequential timing of one GET for scripts/bench (d): WARMUP requests first (not timed), then REQUESTS timed ones, one
 * after another on one keep-alive HTTP/1.1 connection.
 *
 *   java Query.java URL WARMUP REQUESTS
 * Prints one JSON line: requests, p50_ms, p90_ms, p99_ms, mean_ms, min_ms, max_ms, slots (the number of "id" fields
 * in the last answer: the slots listed), bytes (of the last answer). Stops with an error on any answer but 200.
 */
public class Query {
    public static void main(String[] a) throws Exception {
        URI uri = URI.create(a[0]);
        int warmup = Integer.parseInt(a[1]), requests = Integer.parseInt(a[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest get = HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        String body = "";
        for (int i = 0; i < warmup; i++) {
            body = send(http, get);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            body = send(http, get);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        int slots = body.split("\"id\":", -1).length - 1;
        System.out.printf(java.util.Locale.ROOT, "{\"requests\": %d, \"p50_ms\": %.2f, \"p90_ms\": %.2f, \"p99_ms\": %.2f,"
                        + " \"mean_ms\": %.2f, \"min_ms\": %.2f, \"max_ms\": %.2f, \"slots\": %d, \"bytes\": %d}%n",
                requests, ms(pct(nanos, 50)), ms(pct(nanos, 90)), ms(pct(nanos, 99)), ms(requests == 0 ? 0 : sum / requests),
                ms(requests == 0 ? 0 : nanos[0]), ms(requests == 0 ? 0 : nanos[requests - 1]), slots,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    static String send(HttpClient http, HttpRequest get) throws Exception {
        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The nearest-rank percentile of sorted values. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }
}
