package io.gazette.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static io.gazette.cli.InspectCommandTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes people make when starting a run: each gives one line that says what is wrong and how
 * to fix it, and exit code 2, before Spark starts (so these tests need no SparkSession). The same
 * checks guard extract and inspect.
 */
class RunErrorsTest {
    static final String SAMPLE = "sample-data/html";

    @Test
    void aMissingInputPathIsNamedWithTheFix(@TempDir Path tmp) {
        CliRun r = CliRun.of("run", "--input", SAMPLE + ",no/such/dump.warc.gz", "--output", tmp.resolve("out").toString());
        assertError(r, "gazette: input not found: no/such/dump.warc.gz (check the path; quote globs");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");

        CliRun glob = CliRun.of("run", "--input", "no/such/*.warc.gz", "--output", tmp.resolve("out").toString());
        assertEquals(2, glob.code(), glob::toString);
        assertTrue(glob.errorLines().contains("no/such/*.warc.gz"), glob::toString);

        assertError(CliRun.of("extract", "--input", "no/such/dump.warc.gz"), "gazette: input not found: no/such/dump.warc.gz");
    }

    @Test
    void anUnreadableFileIsNamedWithTheFix(@TempDir Path tmp) throws Exception {
        Path locked = Files.writeString(tmp.resolve("locked.jsonl"), "{\"url\":\"https://a.com/x\",\"html\":\"<p>x</p>\"}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked),
                "running as root, file permissions do not stop reading: the unreadable-file case is covered by "
                        + "aFileTheSystemRefusesToReadIsNamedWithTheFix");
        CliRun r = CliRun.of("run", "--input", locked.toString(), "--output", tmp.resolve("out").toString());
        assertError(r, "gazette: cannot read input " + locked + ": permission denied (check its permissions, e.g. "
                + "chmod a+r, or leave it out)");
    }

    @Test
    void aFileTheSystemRefusesToReadIsNamedWithTheFix(@TempDir Path tmp) {
        // opens, but reading fails (EIO at offset 0) whoever runs the test, root included
        Path mem = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.exists(mem), "no /proc/self/mem (not Linux): nothing fails to read here");
        CliRun r = CliRun.of("run", "--input", mem.toString(), "--output", tmp.resolve("out").toString());
        assertError(r, "gazette: cannot read input /proc/self/mem: ");
        assertTrue(r.errorLines().endsWith("(check its permissions, e.g. chmod a+r, or leave it out)"), r::toString);
    }

    @Test
    void anOutputFolderHoldingSomethingElseIsRefused(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(home.resolve("chapter1.tex"), "\\chapter{Introduction}");
        CliRun r = CliRun.of("run", "--input", SAMPLE, "--output", home.toString());
        assertError(r, "gazette: output ");
        assertTrue(r.errorLines().contains("is not empty and holds no Gazette table; choose an empty or new folder"), r::toString);
        // --overwrite does not make it a Gazette folder
        CliRun again = CliRun.of("run", "--input", SAMPLE, "--output", home.toString(), "--overwrite");
        assertEquals(2, again.code(), again::toString);
        assertTrue(Files.exists(home.resolve("chapter1.tex")), "the folder was left alone");

        Path file = Files.writeString(tmp.resolve("out.txt"), "x");
        assertError(CliRun.of("run", "--input", SAMPLE, "--output", file.toString()), "gazette: output ");
        assertTrue(CliRun.of("run", "--input", SAMPLE, "--output", file.toString()).errorLines()
                .contains("is a file; give a folder"));
    }

    @Test
    void aBadConfigKeyIsNamedWithTheKeyItMeant(@TempDir Path tmp) throws Exception {
        String out = tmp.resolve("out").toString();
        assertError(CliRun.of("run", "--input", SAMPLE, "--output", out, "--conf", "extract.min-text-char=5"),
                "gazette: unknown setting 'extract.min-text-char' (from --conf extract.min-text-char); did you mean "
                        + "'extract.min-text-chars'? the known settings and their meaning are in conf/gazette.conf");

        Path user = Files.writeString(tmp.resolve("my.conf"), "input {\n  max-recrod-bytes = 8MiB\n}\n");
        CliRun fromFile = CliRun.of("run", "--input", SAMPLE, "--output", out, "--config-file", user.toString());
        // the file and the line of the key
        assertError(fromFile, "gazette: unknown setting 'input.max-recrod-bytes' (from " + user + ": 2)");
        assertTrue(fromFile.errorLines().contains("did you mean 'input.max-record-bytes'?"), fromFile::toString);

        // a word nothing resembles gets no guess, but still where to look
        CliRun far = CliRun.of("run", "--input", SAMPLE, "--output", out, "--conf", "colour=blue");
        assertError(far, "gazette: unknown setting 'colour' (from --conf colour); the known settings");

        // a known key with a value of the wrong type names the key
        CliRun value = CliRun.of("run", "--input", SAMPLE, "--output", out, "--conf", "extract.min-text-chars=many");
        assertError(value, "gazette: bad setting: ");
        assertTrue(value.errorLines().contains("min-text-chars"), value::toString);

        assertError(CliRun.of("run", "--input", SAMPLE, "--output", out, "--config-file", tmp.resolve("nope.conf").toString()),
                "gazette: config file not found: ");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }
}
