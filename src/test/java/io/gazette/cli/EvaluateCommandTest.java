package io.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gazette evaluate} and {@code gazette evaluate entities} on sets small enough to check by hand. */
class EvaluateCommandTest {
    static final String P1 = "The harbour board of Port Ellery voted on Tuesday to rebuild the old breakwater, "
            + "which storms have battered for three winters in a row.";
    static final String P2 = "Work is to start in the spring and take two years, the board said, and the quay "
            + "will be closed to visitors while the repairs go on.";

    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute(args), out.toString());
        return out.toString();
    }

    @Test
    void scoresAMainTextSetLaidOutLikeTheBenchmark(@TempDir Path tmp) throws Exception {
        Path html = Files.createDirectories(tmp.resolve("html"));
        Files.writeString(html.resolve("a.html"), "<html lang=en><body><nav><a href=/>Home</a> <a href=/n>News</a>"
                + "</nav><article><h1>Breakwater to be rebuilt</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<footer>Copyright The Port Ellery Gazette. All rights reserved.</footer></body></html>");
        // gold holds only the first paragraph: recall is perfect, precision is about half
        Files.writeString(tmp.resolve("ground-truth.json"),
                "{\"a\": {\"articleBody\": \"" + P1 + "\", \"url\": \"https://www.port-ellery-gazette.com/a\"}}");
        String out = run("evaluate", "--gold", tmp.resolve("ground-truth.json").toString(),
                "--pages", html.toString());
        Matcher m = Pattern.compile("\\s+-\\s+1\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        double precision = Double.parseDouble(m.group(1));
        double recall = Double.parseDouble(m.group(2));
        // P1 has 24 tokens (21 shingles); P1 + P2 have 51 (48 shingles): the headline is not text
        assertEquals(1.0, recall, 1e-9, out);
        assertEquals(21.0 / 48.0, precision, 0.001, out);
    }

    @Test
    void entitiesOnCoNllText(@TempDir Path tmp) throws Exception {
        Path conll = tmp.resolve("tiny.conll");
        Files.writeString(conll, """
                -DOCSTART- -X- -X- O

                Rajnath NNP B-NP B-PER
                Singh NNP I-NP I-PER
                met VBD B-VP O
                Yasukazu NNP B-NP B-PER
                Hamada NNP I-NP I-PER
                in IN B-PP O
                Tokyo NNP B-NP B-LOC
                on IN B-PP O
                Thursday NNP B-NP O
                . . O O

                """);
        Path pred = tmp.resolve("pred.conll");
        String out = run("evaluate", "entities", "--conll", conll.toString(), "--predictions", pred.toString());
        assertTrue(out.contains("PER"), out);
        Matcher m = Pattern.compile("overall\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(3, Integer.parseInt(m.group(1)), "gold spans: two persons and a place\n" + out);
        assertTrue(Files.readString(pred).contains("Tokyo"), "predictions written token by token");
    }
}
