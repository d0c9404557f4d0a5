package io.gazette.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster jar as a cluster runs it: target/gazette.jar (our dependencies shaded in) submitted
 * through Spark's own SparkSubmit, with only the Spark jars on the classpath (Spark is "provided").
 * A missing shaded dependency shows up here as NoClassDefFoundError.
 */
class SparkSubmitIT {

    @Test
    void shadedJarRunsUnderSparkSubmit(@TempDir Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("gazette.jar"));
        String sparkClasspath = Files.readString(Path.of(System.getProperty("gazette.spark.classpath"))).strip();
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);

        Path out = tmp.resolve("out");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(Arrays.asList(System.getProperty("gazette.jvm.flags").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", sparkClasspath, "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]",
                "--conf", "spark.ui.enabled=false",
                "--class", "io.gazette.cli.Main",
                jar.toString(),
                "run", "--input", Path.of("sample-data").toAbsolutePath().toString(),
                "--output", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile())
                .start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(tmp.resolve("log.txt"));
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "spark-submit did not finish in 5 minutes:\n" + log);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("every record accounted for"), log);

        try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".parquet")
                    && f.toString().contains("publish_date=") && f.toString().contains("outlet=")), log);
        }
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            assertEquals(1, reports.filter(f -> f.toString().endsWith(".json")).count());
        }
    }
}
