package io.gazette.extract;

/** Recognises payloads that are not text whatever their label says (PDFs and images served as text/html). */
final class Binary {
    private Binary() {
    }

    /** A name for the binary kind ("PDF", "PNG", "NUL-laden"), or null for bytes that may be text. */
    static String sniff(byte[] b) {
        if (b == null || b.length == 0) {
            return null;
        }
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (startsWith(b, "\u0089PNG")) {
            return "PNG";
        }
        if ((b[0] & 0xff) == 0xff && b.length > 2 && (b[1] & 0xff) == 0xd8) {
            return "JPEG";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "ZIP";
        }
        if (startsWith(b, "RIFF")) {
            return "RIFF (WebP/AVI/WAV)";
        }
        if ((b[0] & 0xff) == 0x1f && b.length > 1 && (b[1] & 0xff) == 0x8b) {
            return "gzip";
        }
        // UTF-16 text has many NULs but starts with a BOM; anything else with NULs is binary
        if (b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe))) {
            return null;
        }
        int n = Math.min(b.length, 4096);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                nul++;
            } else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        if (nul > 0 && nul * 100 >= n) {
            return "NUL-laden";
        }
        return control * 10 > n ? "control-character" : null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
