package io.gazette.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README documents the schema that the code writes, not an older one. */
class ReadmeTest {

    @Test
    void schemaSectionIsTheGeneratedOne() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf("<!-- schema:begin");
        int end = readme.indexOf("<!-- schema:end -->");
        assertTrue(begin >= 0 && end > begin, "README lacks the schema markers");
        String section = readme.substring(readme.indexOf('\n', begin) + 1, end);
        assertEquals(SchemaCommand.markdown(), section,
                "README schema is stale: paste the output of `jobs/gazette schema` between the markers");
    }
}
