package io.gazette.extract.entity;

import io.gazette.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recogniser that tags exactly the phrases it is given, wherever they occur as whole words, so
 * the analyzer's rules can be tested without depending on what the CRF happens to tag.
 */
final class PhraseRecognizer implements EntityRecognizer {
    private final Map<String, EntityType> phrases = new LinkedHashMap<>();

    PhraseRecognizer tag(EntityType type, String... ps) {
        for (String p : ps) {
            phrases.put(p, type);
        }
        return this;
    }

    @Override
    public List<EntityMention> recognize(String text) {
        List<EntityMention> out = new ArrayList<>();
        List<String> longestFirst = new ArrayList<>(phrases.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        for (String p : longestFirst) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    out.add(new EntityMention(phrases.get(p), m.start(), m.end(), m.group()));
                }
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::begin));
        return out;
    }
}
