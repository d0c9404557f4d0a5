package io.gazette.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Spark standalone cluster on 127.0.0.1, started from the Maven classpath: one Master, two
 * Workers of one core each, and target/gazette.jar submitted to it through SparkSubmit in client
 * mode over sample-data/. Checks that both executors ran tasks (from the application's event log)
 * and that the tables equal a local-mode run of the same job row for row, run_id aside. Every
 * process it starts is stopped by PID, executors included, whether the test passes or not.
 *
 * <p>Workers launch executors with the jars of {@code $SPARK_HOME/jars}: a temporary folder of
 * links to the Spark jars of the Maven classpath plus a RELEASE file stands in for a Spark
 * installation.
 */
@Tag("cluster")
class StandaloneClusterIT {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> started = new ArrayList<>();

    @Test
    void twoWorkersProduceTheLocalModeTables(@TempDir Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("gazette.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        List<String> sparkJars = Arrays.stream(Files.readString(Path.of(System.getProperty("gazette.spark.classpath")))
                .strip().split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
        String sparkClasspath = String.join(File.pathSeparator, sparkJars);
        Path input = Path.of("sample-data").toAbsolutePath();
        try {
            Path sparkHome = fakeSparkHome(tmp.resolve("spark-home"), sparkJars);
            int masterPort = freePort();
            int masterUi = freePort();
            String masterUrl = "spark://127.0.0.1:" + masterPort;
            Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                    // the workers' scratch space, so executors leave nothing in /tmp
                    "SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("local")).toString());

            Path masterLog = tmp.resolve("master.log");
            start(sparkClasspath, env, masterLog, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + masterUi);
            URI masterJson = URI.create("http://127.0.0.1:" + masterUi + "/json/");
            await(() -> aliveWorkers(masterJson) >= 0, "master did not start", masterLog);

            List<Path> workerLogs = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                Path log = tmp.resolve("worker" + i + ".log");
                workerLogs.add(log);
                start(sparkClasspath, env, log, "org.apache.spark.deploy.worker.Worker", masterUrl,
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                        "--webui-port", "" + freePort(),
                        "--work-dir", Files.createDirectories(tmp.resolve("work" + i)).toString());
            }
            await(() -> aliveWorkers(masterJson) == 2, "two workers did not register", workerLogs.get(1));
            lap("master and two workers up");

            Path events = Files.createDirectories(tmp.resolve("events"));
            Path clusterOut = tmp.resolve("cluster-out");
            Path submitLog = tmp.resolve("submit.log");
            List<String> submit = new ArrayList<>(javaCommand(sparkClasspath, "1g"));
            submit.addAll(List.of("org.apache.spark.deploy.SparkSubmit",
                    "--master", masterUrl, "--deploy-mode", "client",
                    "--conf", "spark.driver.host=127.0.0.1",
                    "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=640m",
                    "--conf", "spark.executor.cores=1",
                    "--conf", "spark.cores.max=2",
                    // no task may start before both executors are there, or one could do all the work
                    "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                    "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=90s",
                    "--conf", "spark.ui.enabled=false",
                    "--conf", "spark.eventLog.enabled=true",
                    "--conf", "spark.eventLog.dir=" + events.toUri(),
                    // one plain JSON file, whatever the version's defaults for rolling and compression
                    "--conf", "spark.eventLog.rolling.enabled=false",
                    "--conf", "spark.eventLog.compress=false",
                    "--class", "io.gazette.cli.Main", jar.toString(),
                    "run", "--input", input.toString(), "--output", clusterOut.toString()));
            Process p = new ProcessBuilder(submit).redirectErrorStream(true).redirectOutput(submitLog.toFile()).start();
            started.add(p);
            boolean done = p.waitFor(8, TimeUnit.MINUTES);
            String log = Files.readString(submitLog);
            assertTrue(done, "spark-submit did not finish in 8 minutes:\n" + tail(log));
            assertEquals(0, p.exitValue(), tail(log) + tailOf(workerLogs.get(0)));
            assertTrue(log.contains("every record accounted for"), tail(log));
            lap("spark-submit to the cluster done");

            Map<String, Integer> tasks = tasksByExecutor(events);
            assertEquals(2, tasks.size(), "tasks per executor (from the event log): " + tasks);
            assertTrue(tasks.values().stream().allMatch(n -> n > 0), "tasks per executor: " + tasks);

            // The same job in local mode, in this JVM, over the same absolute input paths.
            SparkSession spark = SparkTestSession.get();
            Path localOut = tmp.resolve("local-out");
            GazetteJob.run(spark, JobSpec.parquet(List.of(input.toString()), localOut.toString(), false,
                    GazetteOptions.defaults()));
            lap("local-mode run done");
            for (String table : List.of(GazetteJob.ARTICLES, GazetteJob.REJECTS)) {
                Dataset<Row> cluster = spark.read().parquet(clusterOut.resolve(table).toString()).drop("run_id");
                Dataset<Row> local = spark.read().parquet(localOut.resolve(table).toString()).drop("run_id");
                long n = local.count();
                assertTrue(n > 0, table + " is empty in local mode");
                assertEquals(n, cluster.count(), table + ": row count, cluster vs local");
                assertEquals(0, cluster.exceptAll(local).count(), table + ": rows only the cluster wrote");
                assertEquals(0, local.exceptAll(cluster).count(), table + ": rows only local mode wrote");
            }
            lap("tables compared");
        } finally {
            stopAll();
        }
    }

    private final long t0 = System.nanoTime();

    /** Where the minutes go, in the test output (CI has two cores). */
    private void lap(String what) {
        System.out.printf("StandaloneClusterIT: %s at %.0f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    /** Spark's jars as a Spark installation lays them out, as links; RELEASE marks it as one. */
    private static Path fakeSparkHome(Path home, List<String> jars) throws IOException {
        Path dir = Files.createDirectories(home.resolve("jars"));
        Set<String> names = new TreeSet<>();
        for (String j : jars) {
            Path jar = Path.of(j);
            if (names.add(jar.getFileName().toString())) {
                Files.createSymbolicLink(dir.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        Files.writeString(home.resolve("RELEASE"), "Spark (jars of the Maven classpath, for a test)\n");
        return home;
    }

    private static List<String> javaCommand(String classpath, String heap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(Arrays.asList(System.getProperty("gazette.jvm.flags").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", classpath));
        return cmd;
    }

    private void start(String classpath, Map<String, String> env, Path log, String main, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(javaCommand(classpath, "256m"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        started.add(pb.start());
    }

    /**
     * Stops what this test started, by PID: each process's descendants first (executors are children
     * of their worker), then the process; a polite signal, then a forced one.
     */
    private void stopAll() {
        List<ProcessHandle> handles = new ArrayList<>();
        for (int i = started.size() - 1; i >= 0; i--) {
            ProcessHandle h = started.get(i).toHandle();
            h.descendants().forEach(handles::add);
            handles.add(h);
        }
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (ProcessHandle h : handles) {
            try {
                h.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        started.clear();
    }

    /** Alive workers as the master's JSON status page lists them; -1 while it does not answer. */
    private static int aliveWorkers(URI masterJson) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(masterJson).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return -1;
            }
            int alive = 0;
            for (JsonNode w : JSON.readTree(r.body()).path("workers")) {
                if ("ALIVE".equals(w.path("state").asText())) {
                    alive++;
                }
            }
            return alive;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void await(BooleanSupplier condition, String what, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            for (Process p : started) {
                if (!p.isAlive()) {
                    throw new AssertionError(what + ": a process exited with " + p.exitValue() + tailOf(log));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + " within " + START_TIMEOUT.toSeconds() + " s" + tailOf(log));
    }

    /** Finished tasks per executor id, from the SparkListenerTaskEnd events of the event log. */
    private static Map<String, Integer> tasksByExecutor(Path events) throws IOException {
        Map<String, Integer> tasks = new TreeMap<>();
        try (Stream<Path> logs = Files.walk(events)) {
            for (Path f : logs.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("\"SparkListenerTaskEnd\"")) {
                        String executor = JSON.readTree(line).path("Task Info").path("Executor ID").asText();
                        tasks.merge(executor, 1, Integer::sum);
                    }
                }
            }
        }
        return tasks;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(String log) {
        return log.length() > 6000 ? "..." + log.substring(log.length() - 6000) : log;
    }

    private static String tailOf(Path log) {
        try {
            return "\n--- " + log.getFileName() + ":\n" + (Files.exists(log) ? tail(Files.readString(log)) : "(none)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
