package io.gazette.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README shows the real {@code --help} of every subcommand and of the jobs/ scripts: each
 * "$ command --help" block between the help markers is what that command prints now, and no
 * subcommand or script lacks its block.
 */
class HelpReadmeTest {
    static final Pattern BLOCK = Pattern.compile("```\n\\$ (\\S+)((?: \\S+)*) --help\n(.*?)```", Pattern.DOTALL);

    record Block(String program, List<String> args, String shown) {
    }

    static List<Block> blocks(String marker) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf("<!-- " + marker + ":begin");
        int end = readme.indexOf("<!-- " + marker + ":end -->");
        assertTrue(begin >= 0 && end > begin, "README lacks the " + marker + " markers");
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme.substring(begin, end));
        while (m.find()) {
            List<String> args = m.group(2).isBlank() ? List.of() : Arrays.asList(m.group(2).strip().split(" "));
            out.add(new Block(m.group(1), args, m.group(3)));
        }
        return out;
    }

    @Test
    void everySubcommandsHelpIsTheRealOne() throws Exception {
        Set<String> shown = new TreeSet<>();
        for (Block b : blocks("help")) {
            assertEquals("jobs/gazette", b.program());
            List<String> args = new ArrayList<>(b.args());
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(new String[0]));
            assertEquals(0, r.code(), r::toString);
            assertEquals(r.out(), b.shown(), "README block for 'gazette " + String.join(" ", args)
                    + "' is stale: paste the command's output");
            shown.add(b.args().isEmpty() ? "" : b.args().get(0));
        }
        Set<String> commands = new TreeSet<>(new picocli.CommandLine(new Main()).getSubcommands().keySet());
        commands.remove("help");
        commands.add("");
        assertEquals(commands, shown, "subcommands whose --help the README lacks (or shows but no longer exist)");
    }

    @Test
    void everyJobScriptsHelpIsTheRealOne() throws Exception {
        Set<String> shown = new TreeSet<>();
        for (Block b : blocks("jobs-help")) {
            assertTrue(b.args().isEmpty(), b::toString);
            Process p = new ProcessBuilder("bash", b.program(), "--help").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), b.program() + " --help did not finish");
            assertEquals(0, p.exitValue(), out);
            assertEquals(out, b.shown(), "README block for '" + b.program() + " --help' is stale");
            shown.add(b.program());
        }
        assertEquals(new TreeSet<>(List.of("jobs/run-local", "jobs/submit", "jobs/nightly")), shown);
    }
}
