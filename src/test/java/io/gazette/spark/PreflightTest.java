package io.gazette.spark;

import io.gazette.config.GazetteOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.UserGroupInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreflightTest {

    /**
     * Hadoop caches one file system per scheme and user, whatever settings it was made with. The
     * preflight runs before the session in the same JVM; if it left the default local file system
     * in that cache, a local-mode job would write through it (a chmod process per file) instead
     * of the NoChmodLocalFileSystem its session asks for. A user of its own keeps this test's
     * cache apart from the other tests'.
     */
    @Test
    void leavesNoLocalFileSystemInHadoopsCacheForTheJob(@TempDir Path tmp) throws Exception {
        JobSpec spec = JobSpec.parquet(List.of("sample-data/html"), tmp.resolve("out").toString(), false,
                GazetteOptions.load(null, java.util.Map.of()));
        UserGroupInformation user = UserGroupInformation.createRemoteUser("preflight-test");
        FileSystem afterwards = user.doAs((PrivilegedExceptionAction<FileSystem>) () -> {
            Preflight.check(spec);
            Configuration job = new Configuration();
            job.set("fs.file.impl", NoChmodLocalFileSystem.class.getName());
            return FileSystem.get(URI.create("file:///"), job);
        });
        assertInstanceOf(NoChmodLocalFileSystem.class, afterwards);
    }

    @Test
    void stillRefusesAnOutputThatIsAFile(@TempDir Path tmp) throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("taken"), "x");
        JobSpec spec = JobSpec.parquet(List.of("sample-data/html"), file.toString(), false,
                GazetteOptions.load(null, java.util.Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Preflight.check(spec));
    }
}
