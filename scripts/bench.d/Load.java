import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load for scripts/bench: CLIENTS threads, each doing one booking after another for SECONDS.
 *
 *   java -cp CONNECTOR_J Load.java jdbc JDBC_URL USER PASSWORD EVENTS CLIENTS SECONDS
 *   java Load.java http BASE_URL EVENTS CLIENTS SECONDS
 *   java Load.java get BASE_URL PATH CLIENTS SECONDS
 * EVENTS: one event id (a hot event), or FIRST-LAST: each booking picks one of these ids at random (spread).
 *
 * jdbc: the raw-SQL booking transaction (the baseline): conditional UPDATE of the event row
 * (booked = booked + 1 WHERE booked < capacity), then an INSERT of the sign-up (HELD if a place was taken, else
 * WAITLISTED), in one transaction. http: POST /api/v1/events/{id}/signups through the app, one phone per request,
 * each on its own connection from its own loopback address (see send). get: GET PATH the same way, for the cost of
 * a request that books nothing (the floor under a sign-up).
 * Prints one JSON line: ops, seconds, throughput, p50_ms, p99_ms, client_cpu_ms (this program's CPU time during
 * the run), outcomes (status -> count).
 */
public class Load {
    static final AtomicInteger phones = new AtomicInteger();
    static final AtomicInteger addresses = new AtomicInteger();

    /**
     * One request on a new connection from a new loopback address (127.a.b.c), like a resident on their own phone: the
     * app's per-address limits count each client once, as in real use, instead of all the bench's requests on one
     * row. Returns the status code and the body. A null json sends no body.
     */
    static String[] send(String base, String method, String path, String json) throws java.io.IOException {
        URI uri = URI.create(base);
        int n = addresses.incrementAndGet() % 16_000_000;
        var from = java.net.InetAddress.getByAddress(new byte[]{127, (byte) (1 + n / 65_536 % 250),
                (byte) (n / 256 % 256), (byte) (1 + n % 250)});
        byte[] body = json == null ? new byte[0] : json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(from, 0));
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            socket.setTcpNoDelay(true);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + (json == null ? "" : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length)
                    + "\r\nAccept-Language: en\r\nConnection: close\r\n\r\n";
            var out = socket.getOutputStream();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int blank = response.indexOf("\r\n\r\n");
            return new String[]{response.substring(9, 12), blank < 0 ? "" : response.substring(blank + 4)};
        }
    }

    public static void main(String[] a) throws Exception {
        boolean jdbc = a[0].equals("jdbc");
        boolean get = a[0].equals("get");
        int off = jdbc ? 4 : 2;
        String[] range = get ? new String[]{"0"} : a[off].split("-");
        long first = Long.parseLong(range[0]), count = range.length == 1 ? 1 : Long.parseLong(range[1]) - first + 1;
        int clients = Integer.parseInt(a[off + 1]);
        double seconds = Double.parseDouble(a[off + 2]);
        int base = (int) (System.nanoTime() % 400_000) + 100_000; // distinct phones across runs on one event
        phones.set(base);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        addresses.set((int) (System.nanoTime() % 8_000_000));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            long[] mine = new long[200_000];
            int[] n = {0};
            latencies.add(mine);
            threads[t] = new Thread(() -> {
                try (Connection c = jdbc ? DriverManager.getConnection(a[1], a[2], a[3]) : null) {
                    PreparedStatement take = null, insert = null;
                    if (jdbc) {
                        c.setAutoCommit(false);
                        take = c.prepareStatement("UPDATE event SET booked = booked + 1 WHERE id = ? AND booked < capacity");
                        insert = c.prepareStatement("INSERT INTO event_signup (reference, event_id, status, name, phone,"
                                + " language, active_phone, manage_token_hash, created_at, hold_until)"
                                + " VALUES (?, ?, ?, 'Bench', ?, 'en', ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL 15 MINUTE)");
                    }
                    while (System.nanoTime() < end) {
                        long event = first + java.util.concurrent.ThreadLocalRandom.current().nextLong(count);
                        String phone = "+4528" + String.format("%06d", phones.incrementAndGet() % 1_000_000);
                        long t0 = System.nanoTime();
                        String outcome;
                        try {
                            if (jdbc) {
                                take.setLong(1, event);
                                boolean got = take.executeUpdate() == 1;
                                String ref = Long.toString(System.nanoTime() ^ Thread.currentThread().getId() << 48, 36);
                                insert.setString(1, ref.substring(0, Math.min(16, ref.length())));
                                insert.setLong(2, event);
                                insert.setString(3, got ? "HELD" : "WAITLISTED");
                                insert.setString(4, phone);
                                insert.setString(5, phone);
                                insert.setString(6, (java.util.UUID.randomUUID().toString().replace("-", "")
                                        + java.util.UUID.randomUUID().toString().replace("-", "")));
                                insert.executeUpdate();
                                c.commit();
                                outcome = got ? "HELD" : "WAITLISTED";
                            } else if (get) {
                                outcome = send(a[1], "GET", a[2], null)[0];
                            } else {
                                String[] resp = send(a[1], "POST", "/api/v1/events/" + event + "/signups",
                                        "{\"name\":\"Bench\",\"phone\":\"" + phone + "\",\"language\":\"en\"}");
                                int code = Integer.parseInt(resp[0]);
                                String b = resp[1];
                                outcome = resp[0];
                                if (code == 201) {
                                    outcome += b.contains("\"HELD\"") ? " HELD" : b.contains("WAITLISTED") ? " WAITLISTED" : "";
                                } else {
                                    outcome += " " + b.substring(0, Math.min(80, b.length())).replace('"', '\'');
                                }
                            }
                        } catch (Exception e) {
                            if (jdbc) try { c.rollback(); } catch (Exception ignored) { }
                            outcome = "error " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                                    .substring(0, Math.min(60, String.valueOf(e.getMessage()).length())).replace('"', '\'');
                        }
                        long dt = System.nanoTime() - t0;
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        if (n[0] < mine.length) mine[n[0]++] = dt;
                    }
                    mine[mine.length - 1] = n[0];
                } catch (Exception e) {
                    outcomes.computeIfAbsent("client failed: " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6;
        long total = 0;
        for (long[] l : latencies) total += l[l.length - 1];
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] l : latencies) for (int k = 0; k < l[l.length - 1]; k++) all[i++] = l[k];
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[(int) Math.floor(0.50 * (all.length - 1))] / 1e6;
        double p99 = all.length == 0 ? 0 : all[(int) Math.floor(0.99 * (all.length - 1))] / 1e6;
        StringBuilder o = new StringBuilder();
        for (Map.Entry<String, AtomicInteger> e : new TreeMap<>(outcomes).entrySet()) {
            o.append(o.length() == 0 ? "" : ", ").append('"').append(e.getKey()).append("\": ").append(e.getValue());
        }
        System.out.printf(java.util.Locale.ROOT,
                "{\"ops\": %d, \"seconds\": %.2f, \"throughput\": %.1f, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"client_cpu_ms\": %.0f,"
                        + " \"outcomes\": {%s}}%n",
                all.length, elapsed, all.length / elapsed, p50, p99, cpuMs, o);
    }
}
