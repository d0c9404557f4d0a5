package io.gazette.extract.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageGuesserTest {
    private final LanguageGuesser g = new LanguageGuesser();

    @Test
    void functionWordsTellLatinScriptLanguagesApart() {
        assertEquals("en", g.guess("The minister said that the talks with the delegation were held on Thursday and "
                + "that both sides had agreed to expand the scope of the partnership in the years to come.", "de"));
        assertEquals("de", g.guess("Der Minister sagte, dass die Gespräche mit der Delegation am Donnerstag stattfanden "
                + "und dass beide Seiten sich auf eine Ausweitung der Partnerschaft in den kommenden Jahren geeinigt hätten.", null));
        assertEquals("fr", g.guess("Le ministre a déclaré que les discussions avec la délégation se sont tenues jeudi et "
                + "que les deux parties sont convenues d'élargir le partenariat dans les années à venir pour la région.", null));
    }

    @Test
    void scriptsDecideWhereOneLanguageUsesThem() {
        assertEquals("ja", g.guess("日本の防衛大臣は木曜日に東京でインドの国防相と会談し、防衛協力の拡大について話し合った。", "en"));
        assertEquals("zh", g.guess("日本防卫大臣周四在东京与印度国防部长举行会谈，讨论扩大防务合作问题。双方同意加强合作。", null));
        assertEquals("ko", g.guess("일본 방위상은 목요일 도쿄에서 인도 국방장관과 회담을 갖고 방위 협력 확대를 논의했다.", null));
        assertEquals("fa", g.guess("وزیر دفاع ژاپن روز پنجشنبه در توکیو با وزیر دفاع هند دیدار و گفتگو کرد و همکاری را گسترش داد.", null));
        assertEquals("ar", g.guess("التقى وزير الدفاع الياباني يوم الخميس في طوكيو بوزير الدفاع الهندي وناقشا توسيع التعاون الدفاعي.", null));
    }

    @Test
    void cyrillicLanguagesByTheWordsOnlyOneOfThemUses() {
        assertEquals("ru", g.guess("Министр сказал, что переговоры были очень полезными, и что они уже договорились о том, "
                + "как это будет работать, если обе стороны также согласятся на новые условия при встрече.", null));
        assertEquals("bg", g.guess("Министърът каза, че разговорите са били полезни и че това ще помогне, като страните "
                + "които участват през тази година ще се срещнат отново към края на месеца, когато му е удобно.", null));
    }

    @Test
    void theDeclarationDecidesWhenTheTextCannot() {
        assertEquals("pt", g.guess("OK", "pt-BR"));
        assertEquals("no", g.guess("", "nb_NO"));
        assertNull(g.guess("12345 67890", "not a tag!"));
        assertEquals("en", LanguageGuesser.normalise("en_US"));
        assertNull(LanguageGuesser.normalise("English (US)"));
    }

    @Test
    void functionWordTableAnswersLikeTheMapForEveryWordAndForNearMisses() {
        java.util.Map<String, Integer> words = LanguageGuesser.functionWords();
        java.util.Random rnd = new java.util.Random(7);
        int checked = 0;
        for (var e : words.entrySet()) {
            String w = e.getKey();
            String text = "xy " + w + " z";
            assertEquals(e.getValue(), LanguageGuesser.languagesOf(text, 3, 3 + w.length()), w);
            // the same letters cut short, made longer or with one letter changed: the map's answer or 0
            for (String near : new String[]{w.substring(1), w.substring(0, w.length() - 1), w + "s",
                    w.substring(0, w.length() - 1) + (char) ('a' + rnd.nextInt(26))}) {
                String t = ">" + near + "<";
                assertEquals(words.getOrDefault(near, 0), LanguageGuesser.languagesOf(t, 1, 1 + near.length()), near);
                checked++;
            }
        }
        assertEquals(4 * words.size(), checked);
        assertEquals(0, LanguageGuesser.languagesOf("the", 0, 0));
    }
}
