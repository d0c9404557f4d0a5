package io.gazette.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the shared evaluation pages live. They are third-party pages, so they stay outside the
 * repository: ../shared/eval next to the checkout, or wherever GAZETTE_EVAL_DIR (or the system
 * property gazette.eval.dir) points.
 */
public final class SharedEval {
    private SharedEval() {
    }

    /** The eval folder, or null when this machine has none. */
    public static Path rootOrNull() {
        String configured = System.getProperty("gazette.eval.dir", System.getenv("GAZETTE_EVAL_DIR"));
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/eval"), Path.of("../../shared/eval"), Path.of("/work/shared/eval"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** A sub-folder of the eval data; the calling test is skipped (not passed) when it is missing. */
    public static Path require(String sub) {
        Path root = rootOrNull();
        Assumptions.assumeTrue(root != null && Files.exists(root.resolve(sub)),
                "shared eval data not found (../shared/eval or GAZETTE_EVAL_DIR): " + sub);
        return root.resolve(sub);
    }
}
