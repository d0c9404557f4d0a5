package io.gazette.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every pattern of the entity step, in one place. The word lists inside them come from the data
 * files ({@link EntityData}); what is here is only the shape of a dateline, a credit or a handle.
 * Built once per JVM.
 */
final class EntityPatterns {

    /** Start and end of a word, Unicode-aware (\b is not, for "Côte" or "Türkiye"). */
    private static final String WB = "(?<![\\p{L}\\p{N}])";
    private static final String WE = "(?![\\p{L}\\p{N}])";
    private static final String DASH = "[-\u2010-\u2015]";

    /**
     * A social handle (X/Twitter style, Instagram and Threads names without dots): not inside a
     * word or an e-mail address ("name@site.com"), and not a domain ("@site.com").
     */
    static final Pattern HANDLE = Pattern.compile(
            "(?<![A-Za-z0-9_@.])@([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@]|\\.[A-Za-z])");

    /** A month name or abbreviation and a day, as datelines write them: "Sept 8", "Sep. 8, 2022". */
    private static final String DATE = "\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?";
    /** An optional ", Ukraine" or ", Calif." after the place. */
    private static final String REGION = "(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’ ]{1,30}?)?";

    /** "TOKYO (Reuters) -", "WASHINGTON, Sept 8 (Reuters) -", "KYIV, Ukraine (AP) —", "New Delhi, Sep 8 (PTI):". */
    final Pattern datelineWithAgency;
    /** "NEW DELHI: ", "TOKYO — ": an all-capitals place and a colon or dash, no agency. */
    static final Pattern DATELINE_CAPS = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)" + REGION + "(?:\\s*,\\s*" + DATE + ")?\\s*(?::|" + DASH + "+)\\s");
    /** "New Delhi, Sep 8: ": a place in any case needs the date to count as a dateline. */
    static final Pattern DATELINE_DATED = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L} .'’-]{1,40}?)" + REGION + "\\s*,\\s*" + DATE + "\\s*(?::|" + DASH + "+)\\s");

    /** "(With PTI inputs)", "(With inputs from PTI and AFP)", "With additional inputs from Reuters". */
    final Pattern withInputs;
    /** A line that is only a credit: "PTI", "— AFP", "(ANI)", "By Reuters". */
    final Pattern creditLine;
    /** A credit closing a paragraph: "... the statement said. (ANI)", "... he said. — PTI". */
    final Pattern closingCredit;
    /** "© Thomson Reuters", "Copyright 2022 The Associated Press". */
    final Pattern copyright;
    /** Splits "PTI, Reuters and AFP" into spellings. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|&|/|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

    /** Nationality words ("Japanese", "Indians"), case-sensitive. */
    final Pattern nationality;
    /** Phrases whose nationality word says nothing about a country ("Latin American"). */
    final Pattern notNationality;

    private static final class Holder {
        static final EntityPatterns INSTANCE = new EntityPatterns(EntityData.get());
    }

    static EntityPatterns get() {
        return Holder.INSTANCE;
    }

    private EntityPatterns(EntityData data) {
        String agency = "(?:" + alternation(EntityData.longestFirst(data.agencySpellings.keySet())) + ")";
        // Credits spell agencies in any case ("(REUTERS)", "dpa"); the rest of a pattern may not be.
        String list = "((?iu:" + agency + "(?:" + LIST_SEPARATOR.pattern() + agency + ")*))";
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        datelineWithAgency = Pattern.compile("^\\s*(?:(\\p{Lu}[\\p{L} .'’-]{1,40}?)" + REGION
                + "(?:\\s*,\\s*" + DATE + ")?\\s*)?\\(" + list + "\\)\\s*(?::|" + DASH + "+)");
        withInputs = Pattern.compile("(?:^|\\()\\s*with\\s+(?:(?:additional\\s+)?inputs?\\s+from\\s+(?:agencies\\s*(?:,|and)\\s*)?"
                + list + "|" + list + "\\s+inputs?)" + WE, ci | Pattern.MULTILINE);
        creditLine = Pattern.compile("^[ \\t]*(?:" + DASH + "+[ \\t]*|by[ \\t]+)?\\(?" + list + "\\)?[ \\t]*$",
                ci | Pattern.MULTILINE);
        closingCredit = Pattern.compile("(?:\\(" + list + "\\)|\\s" + DASH + "+\\s*" + list + ")[ \\t]*$",
                ci | Pattern.MULTILINE);
        copyright = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?" + list + WE, ci);
        // The capital-letter guard first: a 200-way alternation tried at every position of an
        // article cost more than the rest of the entity step after the tagger.
        nationality = Pattern.compile("(?=\\p{Lu})" + WB + "(" + alternation(EntityData.longestFirst(data.nationalities.keySet())) + ")s?" + WE);
        notNationality = Pattern.compile("(?=\\p{Lu})" + WB + "(?:" + alternation(EntityData.longestFirst(
                new HashSet<>(data.notNationalities))) + ")s?" + WE);
    }

    private static String alternation(List<String> words) {
        // Spelling spaces as \s+ lets "Press Trust\nof India" or a double space match too.
        return words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
