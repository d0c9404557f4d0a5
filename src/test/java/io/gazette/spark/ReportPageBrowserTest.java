package io.gazette.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.testing.SampleRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report page of a real run on sample-data, opened in headless Chromium: every chart drew all its
 * marks (the page's script counts the boxes the layout gave them), and a screenshot shows them. The
 * screenshot is kept at target/report-page/sample-run.png. Skipped, with a message, where no
 * Chromium is installed (CI installs the Debian package in .ci/run).
 */
@Tag("spark")
@Tag("browser")
class ReportPageBrowserTest {
    static final Path SHOTS = Path.of("target", "report-page");

    static String browser;
    static SampleRun.Result run;

    @BeforeAll
    static void findBrowserAndRun() throws IOException {
        browser = chromium();
        Assumptions.assumeTrue(browser != null, "headless Chromium not found (PATH: chromium, chromium-browser, "
                + "google-chrome; or GAZETTE_CHROMIUM): the report page test is skipped. On Debian: "
                + "apt-get install chromium (.ci/run does this)");
        run = SampleRun.get();
    }

    @Test
    void theJsonReportHoldsTheNumbersThePageShows() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run.reportFile("json").toFile());
        assertTrue(json.get("entity_types").get("PER").asLong() > 0, json.toString());
        assertTrue(json.get("entity_statuses").get("tagged").asLong() > 0, json.toString());
        assertTrue(json.get("top_entities").get("PER").size() > 0, json.toString());
        JsonNode progress = json.get("progress");
        assertTrue(progress.size() > 0);
        assertEquals(json.get("records_read").asLong(), progress.get(progress.size() - 1).get("records").asLong(),
                "the last point of the progress line is the whole run");
        for (JsonNode f : json.get("files")) {
            assertTrue(f.get("seconds").isNumber(), "a time for every file: " + f);
        }
    }

    @Test
    void everyChartRendersInHeadlessChromium() throws Exception {
        Path html = run.reportFile("html");
        assertTrue(Files.isRegularFile(html), "the run wrote no page beside " + run.reportFile("json"));
        String dom = chromium(html, "--dump-dom");

        int charts = bodyAttr(dom, "data-charts");
        int drawn = bodyAttr(dom, "data-charts-drawn");
        assertEquals(9, charts, "charts on the page");
        assertEquals(charts, drawn, "charts whose marks did not all get a box from the layout");
        assertTrue(bodyAttr(dom, "data-marks") > 20);
        // the marks the browser drew are the values of the report
        RunReport r = run.report();
        assertEquals(r.outlets.size(), chartAttr(dom, "outlets", "data-drawn"));
        assertEquals(r.rejectReasons.size(), chartAttr(dom, "reject-reasons", "data-drawn"));
        assertEquals(r.languages.size(), chartAttr(dom, "languages", "data-drawn"));
        long days = r.publishDates.keySet().stream().filter(k -> !k.equals("undated")).count();
        assertEquals(days, chartAttr(dom, "publish-dates", "data-drawn"));
        assertEquals(r.files.size(), chartAttr(dom, "file-rates", "data-drawn"));

        Files.createDirectories(SHOTS);
        Path png = SHOTS.resolve("sample-run.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(html, "--screenshot=" + png, "--window-size=1280,2800", "--hide-scrollbars");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        // painted, not blank: the bars' blue and many other colours (text, tiles, reject bars)
        Set<Integer> colours = new HashSet<>();
        int bar = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == 0x3566c8) {
                    bar++;
                }
            }
        }
        assertTrue(colours.size() > 50, "colours in the screenshot: " + colours.size());
        assertTrue(bar > 500, "pixels of bar colour: " + bar);
    }

    static int bodyAttr(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), () -> name + " not set on <body>: the page's script did not run\n" + head(dom));
        return Integer.parseInt(m.group(1));
    }

    static int chartAttr(String dom, String figureId, String name) {
        Matcher m = Pattern.compile("<figure class=\"card\" id=\"" + figureId + "\">.*?<svg[^>]*\\s" + name
                + "=\"(\\d+)\"", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), () -> "chart " + figureId + " without " + name);
        return Integer.parseInt(m.group(1));
    }

    private static String head(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    /** Runs headless Chromium on a local file and returns what it printed. */
    static String chromium(Path page, String... args) throws Exception {
        Path profile = Files.createTempDirectory("gazette-chromium");
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path err = Files.createTempFile("gazette-chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "chromium did not finish in 180 s");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(err));
        assertFalse(out.length == 0 && List.of(args).contains("--dump-dom"), () -> "no DOM: " + readQuietly(err));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static String chromium() {
        String configured = System.getenv("GAZETTE_CHROMIUM");
        if (configured != null && new File(configured).canExecute()) {
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
