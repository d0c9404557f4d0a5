package io.gazette.extract.text;

import java.util.regex.Pattern;

/** The line patterns of scraped plain-text pages, in one place. */
final class PlainTextRules {
    private PlainTextRules() {
    }

    /**
     * Headings of blocks that follow or interrupt an article on news sites. A block that starts
     * with one is dropped up to the next blank line.
     */
    static final Pattern BLOCK_HEADING = Pattern.compile("(?i)^(subscriber only stories|premium stories|"
            + "advertisement|also read|read also|read more|related (news|stories|articles)|recommended( for you)?|"
            + "you may also like|more from .{1,40}|view all|sponsored( content)?|branded content|"
            + "trending( now)?|photos|videos?|watch video|click here|live blog|must read|buzzing now|"
            + "best of .{1,30}|editor'?s picks?|most (read|popular|shared|viewed)|share( this)?|"
            + "follow us.*|sign up.*|subscribe.*)$");

    /** Lines after which nothing belongs to the article any more. */
    static final Pattern END_OF_ARTICLE = Pattern.compile("(?i)^(next story|top news|latest news|"
            + "\\d+ comment\\(s\\).*|comments?|leave a (comment|reply)|post a comment|"
            + "(\\p{L}{3} \\d{1,2}: )?latest news|more stories|related posts?)\\s*$");

    /** "(With PTI inputs)", "(With inputs from Reuters)", "- PTI", "(AP)". */
    static final Pattern CREDIT = Pattern.compile(
            "(?i)^[(\\[]?\\s*(with\\s+(inputs\\s+from\\s+)?[\\p{L} ,&]{2,40}?\\s*(inputs)?|"
                    + "(source|agency|agencies)\\s*:\\s*[\\p{L} ,&]{2,40})\\s*[)\\]]?\\.?$");

    /** A caption line: ends with a photo credit in brackets. */
    static final Pattern CAPTION = Pattern.compile(
            "(?i).*\\((image|photo|picture|pic|file( photo)?|express photo|source|credit|video)[^)]{0,80}\\)\\s*$");

    /** A line that carries a date: a month name, a numeric date or a publishing label. */
    static final Pattern DATE_LINE = Pattern.compile("(?i)^.{0,40}("
            + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}|"
            + "\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}|"
            + "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}\\b|"
            + "(first )?published( on)?:|updated( on)?:|\\d{4}\u5e74\\d{1,2}\u6708\\d{1,2}\u65e5).*");

    /** Date lines are short; a long line that mentions a date is prose. */
    static final int MAX_DATE_LINE_CHARS = 120;

    /** Headlines are a handful of words with no full stop at the end. */
    static final int HEADLINE_MIN_WORDS = 4;
    static final int HEADLINE_MAX_WORDS = 30;

    /** Body paragraphs are prose: enough words, or a sentence ending. */
    static final int PARAGRAPH_MIN_WORDS = 12;
}
