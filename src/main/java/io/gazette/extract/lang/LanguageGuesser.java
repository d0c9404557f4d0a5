package io.gazette.extract.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of an article: what the text itself shows (writing system, then the share of
 * very common function words), checked against what the page declares ({@code <html lang>},
 * meta tags). Declarations are often wrong on templated sites (news-please #128 leaves English
 * pages without a language; many sites declare "en" everywhere), so a clear signal from the text
 * wins; a declaration decides when the text is too short or ambiguous.
 */
public final class LanguageGuesser {

    /** The most frequent function words per language; short, distinctive, stable across topics. */
    private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
            Map.entry("en", words("the of and to in is that for it was on with as he be by at are this from have has had were which not but they said")),
            Map.entry("de", words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über")),
            Map.entry("fr", words("le la les de des et en un une du est que qui dans pour pas au sur par plus avec ne se il elle sont ont été aux ce cette")),
            Map.entry("es", words("el la los las de del y en un una que es por con para se no al lo como más su sus fue ha han pero este esta")),
            Map.entry("it", words("il la le di del della che e un una in per non con sono è si da al alla dei nel gli anche come più ha")),
            Map.entry("pt", words("o a os as de do da dos das e em um uma que é para com não por se na no mais foi ao como mas")),
            Map.entry("nl", words("de het een en van in is dat op te zijn met voor niet aan er ook als bij om door naar maar heeft werd")),
            Map.entry("sv", words("och att det som en på är av för med till den har inte om ett var jag men de sig från")),
            Map.entry("da", words("og at det som en på er af for med til den har ikke om et var jeg men de sig fra")),
            Map.entry("no", words("og å det som en på er av for med til den har ikke om et var jeg men de seg fra")),
            Map.entry("pl", words("i w na z się do nie że to jest o jak po co ale od za przez jego przy")),
            Map.entry("tr", words("ve bir bu da de için ile olarak çok daha gibi en ama ne olan sonra")),
            Map.entry("id", words("dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke ada karena")),
            Map.entry("ru", words("и в не на что с по как это он из к у за от о его но для то же")),
            Map.entry("uk", words("і в не на що з по як це він із до у за від про його але для та")));

    private static Set<String> words(String s) {
        return new HashSet<>(java.util.Arrays.asList(s.split(" ")));
    }

    /**
     * @param text     the main text
     * @param declared the page's declaration (html lang, content-language, og:locale), or null
     * @return an ISO 639-1 code, or null when neither the text nor the page tells
     */
    public String guess(String text, String declared) {
        String fromDecl = normalise(declared);
        String fromText = fromText(text);
        if (fromText != null) {
            return fromText;
        }
        return fromDecl;
    }

    /** "en-US", "en_GB", "EN" -> "en"; null for anything that is not a language tag. */
    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        if (dash > 0) {
            t = t.substring(0, dash);
        }
        if (t.equals("nb") || t.equals("nn")) {
            return "no";
        }
        return t.matches("[a-z]{2,3}") ? t : null;
    }

    /** A confident answer from the text alone, or null. */
    static String fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        String script = byScript(sample);
        if (script != null) {
            return script;
        }
        Map<String, Integer> hits = new HashMap<>();
        int total = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            for (var e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (total < 20) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // confident: function words are a real share of the text and clearly ahead of the runner-up
        return bestHits >= 0.08 * total && bestHits >= 1.3 * second ? best : null;
    }

    /** Languages that a writing system alone identifies well enough. */
    private static String byScript(String s) {
        int letters = 0;
        int kana = 0;
        int han = 0;
        int hangul = 0;
        int arabic = 0;
        int hebrew = 0;
        int greek = 0;
        int thai = 0;
        int devanagari = 0;
        int cyrillic = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            switch (sc) {
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                case GREEK -> greek++;
                case THAI -> thai++;
                case DEVANAGARI -> devanagari++;
                case CYRILLIC -> cyrillic++;
                default -> {
                }
            }
        }
        if (letters < 10) {
            return null;
        }
        double l = letters;
        if (kana / l > 0.05) {
            return "ja";
        }
        if (han / l > 0.3) {
            return "zh";
        }
        if (hangul / l > 0.3) {
            return "ko";
        }
        if (arabic / l > 0.3) {
            return "ar";
        }
        if (hebrew / l > 0.3) {
            return "he";
        }
        if (greek / l > 0.3) {
            return "el";
        }
        if (thai / l > 0.3) {
            return "th";
        }
        if (devanagari / l > 0.3) {
            return "hi";
        }
        if (cyrillic / l > 0.3) {
            return null; // several languages share it: the stop-word count decides
        }
        return null;
    }
}
