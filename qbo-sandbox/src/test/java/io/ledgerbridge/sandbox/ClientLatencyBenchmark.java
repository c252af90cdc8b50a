package io.ledgerbridge.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;

/**
 * The client benchmark under Intuit-like latency (not part of the test run: surefire only picks *Test classes). Run
 * {@code mvn -o -B -pl qbo-sandbox -am test -Dtest=ClientLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.scale=10] [-Dbenchmark.latency=intuit]}. Prints, per client setup, the requests answered, the observed
 * median and p99 per request and the throughput, all converted back to Intuit's time (multiplied by the scale).
 */
class ClientLatencyBenchmark {
    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "10"));
    private static final String LATENCY = System.getProperty("benchmark.latency", "intuit");
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 300);

    @Test
    void benchmark() throws Exception {
        try (QboSandbox sandbox = QboSandbox.builder().timeScale(SCALE).latency(LatencyModel.parse(LATENCY).seeded(42)).start()) {
            String token = sandbox.admin().connect(QboSandbox.DEFAULT_CLIENT_ID, QboSandbox.US_REALM).accessToken();
            String url = sandbox.baseUrl() + "/v3/company/" + QboSandbox.US_REALM + "/query?query="
                    + URLEncoder.encode("select * from customer where id = '1'", StandardCharsets.UTF_8).replace("+", "%20");
            System.out.printf("latency %s, time scale %.0f, %d queries per setup (figures in Intuit time)%n", LATENCY, SCALE, REQUESTS);
            HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest jdkRequest = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept-Encoding", "gzip").build();
            run("JDK HttpClient, 1 caller", 1, () -> jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            for (int callers : new int[] {1, 4, 8}) {
                // without retries: HttpClient 5 would otherwise wait a second and resend every 429, hiding the throttle
                try (CloseableHttpClient apache = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder
                        .create().setMaxConnTotal(callers).setMaxConnPerRoute(callers).build()).disableAutomaticRetries().build()) {
                    run("Apache HttpClient 5, gzip, pool of " + callers + ", " + callers + " callers", callers, () -> {
                        HttpGet get = new HttpGet(url);
                        get.setHeader("Authorization", "Bearer " + token);
                        get.setHeader("Content-Encoding", "gzip");
                        return apache.execute(get, r -> {
                            EntityUtils.consume(r.getEntity());
                            return r.getCode();
                        });
                    });
                }
            }
        }
    }

    private static void run(String name, int callers, Callable<Integer> call) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                all.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    statuses.add(call.call());
                    nanos.add(System.nanoTime() - t);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9 * SCALE;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        long ok = statuses.stream().filter(s -> s == 200).count();
        System.out.printf("  %-48s %4d ok %3d throttled  median %5.0f ms  p99 %5.0f ms  %6.1f requests/s%n", name, ok,
                statuses.stream().filter(s -> s == 429).count(), sorted.get(sorted.size() / 2) / 1e6 * SCALE,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6 * SCALE, REQUESTS / wall);
    }
}
