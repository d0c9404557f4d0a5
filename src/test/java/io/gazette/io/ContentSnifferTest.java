package io.gazette.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class ContentSnifferTest {

    @Test
    void binaryFormatsAreRecognised() {
        assertTrue(ContentSniffer.looksBinary(bytes("%PDF-1.7 ...")));
        assertTrue(ContentSniffer.looksBinary(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}));
        assertTrue(ContentSniffer.looksBinary(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}));
        assertTrue(ContentSniffer.looksBinary(bytes("GIF89a....")));
        assertTrue(ContentSniffer.looksBinary(new byte[]{'P', 'K', 3, 4, 0}));
        assertTrue(ContentSniffer.looksBinary(gzip(bytes("<html></html>"))), "a body still gzipped is not text");
        assertTrue(ContentSniffer.looksBinary(concat(new byte[4], bytes("ftypisom"))));
        assertTrue(ContentSniffer.looksBinary(concat(bytes("<html>"), new byte[]{0, 0, 0})), "NUL near the start");
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertTrue(ContentSniffer.looksBinary(concat(bytes("<p>"), controls)));
    }

    @Test
    void textIsNotBinary() {
        assertFalse(ContentSniffer.looksBinary(bytes("<!DOCTYPE html><html><body>Text</body></html>")));
        assertFalse(ContentSniffer.looksBinary(bytes("Thursday, Sep 08, 2022\n\nRajnath Singh in Japan")));
        assertFalse(ContentSniffer.looksBinary("<p>日本語のページ</p>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ContentSniffer.looksBinary(concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "<p>utf-16</p>".getBytes(StandardCharsets.UTF_16LE))), "UTF-16 with BOM has NULs but is text");
        assertFalse(ContentSniffer.looksBinary(concat(bytes("<p>a stray"), new byte[]{0x0B}, bytes(" tab</p>"))));
        assertFalse(ContentSniffer.looksBinary(new byte[0]));
        assertFalse(ContentSniffer.looksBinary(null));
    }

    @Test
    void mediaTypes() {
        assertEquals(MediaTypes.Kind.HTML, MediaTypes.classify("Text/HTML; charset=UTF-8"));
        assertEquals(MediaTypes.Kind.HTML, MediaTypes.classify("application/xhtml+xml"));
        assertEquals(MediaTypes.Kind.TEXT, MediaTypes.classify("text/plain"));
        assertEquals(MediaTypes.Kind.UNKNOWN, MediaTypes.classify(null));
        assertEquals(MediaTypes.Kind.UNKNOWN, MediaTypes.classify("application/octet-stream"));
        assertEquals(MediaTypes.Kind.UNKNOWN, MediaTypes.classify("garbage"));
        assertEquals(MediaTypes.Kind.OTHER, MediaTypes.classify("image/jpeg"));
        assertEquals(MediaTypes.Kind.OTHER, MediaTypes.classify("application/rss+xml"));
    }
}
