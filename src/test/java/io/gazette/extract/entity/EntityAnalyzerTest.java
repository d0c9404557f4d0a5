package io.gazette.extract.entity;

import io.gazette.config.GazetteOptions;
import io.gazette.model.Entity;
import io.gazette.model.EntityResult;
import io.gazette.model.EntityStatus;
import io.gazette.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.gazette.model.EntityType.LOC;
import static io.gazette.model.EntityType.ORG;
import static io.gazette.model.EntityType.PER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyzer's rules, over a recogniser that tags exactly the phrases each test names. */
class EntityAnalyzerTest {

    private static final GazetteOptions.Entities ON = new GazetteOptions.Entities(true, "unused", 100_000);

    private static EntityResult analyze(PhraseRecognizer r, String text) {
        return new EntityAnalyzer(ON, r).analyze(text, "en");
    }

    private static Optional<Entity> entity(EntityResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Entity require(EntityResult r, String name) {
        return entity(r, name).orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + r.entities()));
    }

    @Test
    void titlesAndRolesAreStrippedFromPersons() {
        String text = "Union Defence Minister Rajnath Singh met Mr. Yasukazu Hamada. "
                + "External Affairs Minister S Jaishankar and Secretary of State Antony Blinken spoke.";
        var r = new PhraseRecognizer().tag(PER, "Union Defence Minister Rajnath Singh", "Mr. Yasukazu Hamada",
                "External Affairs Minister S Jaishankar", "Secretary of State Antony Blinken");
        EntityResult result = analyze(r, text);

        assertEquals(List.of("Rajnath Singh", "Yasukazu Hamada", "S Jaishankar", "Antony Blinken"), result.persons());
        Entity singh = require(result, "Rajnath Singh");
        assertEquals(text.indexOf("Rajnath"), singh.firstOffset(), "offset of the name, not of the title");
        assertEquals(text.indexOf("Yasukazu"), require(result, "Yasukazu Hamada").firstOffset());
    }

    @Test
    void namesKeepWordsThatOnlyLookLikeTitles() {
        // A title is only stripped from the front, and royal titles are part of the name.
        var r = new PhraseRecognizer().tag(PER, "John Major", "Prince Harry", "Stephen King");
        EntityResult result = analyze(r, "John Major, Prince Harry and Stephen King were there.");
        assertEquals(List.of("John Major", "Prince Harry", "Stephen King"), result.persons());
    }

    @Test
    void spansMadeOnlyOfTitlesAreDropped() {
        var r = new PhraseRecognizer().tag(PER, "Prime Minister").tag(ORG, "Defence");
        EntityResult result = analyze(r, "The Prime Minister spoke to the Minister of Defence.");
        assertTrue(result.entities().isEmpty(), result.entities().toString());
    }

    @Test
    void partialNamesMergeIntoTheFullName() {
        String text = "Rajnath Singh arrived. Singh met Yasukazu Hamada. Hamada and Rajnath then spoke. "
                + "Later Singh left.";
        var r = new PhraseRecognizer().tag(PER, "Rajnath Singh", "Singh", "Yasukazu Hamada", "Hamada", "Rajnath");
        EntityResult result = analyze(r, text);

        assertEquals(List.of("Rajnath Singh", "Yasukazu Hamada"), result.persons());
        assertEquals(4, require(result, "Rajnath Singh").mentions(), "full name + Singh + Rajnath + Singh");
        assertEquals(2, require(result, "Yasukazu Hamada").mentions());
    }

    @Test
    void aPartialNameGoesToTheNearestFullNameBeforeIt() {
        String text = "Rajnath Singh spoke first. Manmohan Singh answered. Singh added that it was late.";
        var r = new PhraseRecognizer().tag(PER, "Rajnath Singh", "Manmohan Singh", "Singh");
        EntityResult result = analyze(r, text);
        assertEquals(1, require(result, "Rajnath Singh").mentions());
        assertEquals(2, require(result, "Manmohan Singh").mentions());
        assertTrue(entity(result, "Singh").isEmpty());
    }

    @Test
    void aPartialNameBeforeTheFullNameStillMerges() {
        String text = "Hamada said talks went well. Defence minister Yasukazu Hamada was in Tokyo.";
        var r = new PhraseRecognizer().tag(PER, "Hamada", "Yasukazu Hamada").tag(LOC, "Tokyo");
        EntityResult result = analyze(r, text);
        Entity hamada = require(result, "Yasukazu Hamada");
        assertEquals(2, hamada.mentions());
        assertEquals(0, hamada.firstOffset(), "first mention in any form");
    }

    @Test
    void aSurnameTaggedAsAnotherTypeJoinsThePerson() {
        // The CRF tags "Minister of Defence Hamada" as ORG "Defence Hamada" on the seed page.
        String text = "Yasukazu Hamada is minister. Singh met Japan's Minister of Defence Hamada in Tokyo.";
        var r = new PhraseRecognizer().tag(PER, "Yasukazu Hamada").tag(ORG, "Defence Hamada").tag(LOC, "Japan", "Tokyo");
        EntityResult result = analyze(r, text);
        assertEquals(2, require(result, "Yasukazu Hamada").mentions());
        assertTrue(entity(result, "Defence Hamada").isEmpty(), result.entities().toString());
    }

    @Test
    void anOrganisationEndingInAWordIsNotAPersonWithoutThatPerson() {
        var r = new PhraseRecognizer().tag(ORG, "Defence Ministry");
        EntityResult result = analyze(r, "The Defence Ministry said so.");
        assertEquals(List.of("Defence Ministry"), result.organizations());
    }

    @Test
    void sameNameInCapitalsIsOneEntityWithTheMajorityType() {
        String text = "He flew to TOKYO. Tokyo is big. Tokyo is old.";
        var r = new PhraseRecognizer().tag(ORG, "TOKYO").tag(LOC, "Tokyo");
        EntityResult result = analyze(r, text);
        assertEquals(1, result.entities().size(), result.entities().toString());
        Entity tokyo = result.entities().get(0);
        assertEquals("Tokyo", tokyo.name());
        assertEquals(LOC, tokyo.type());
        assertEquals(3, tokyo.mentions());
        assertEquals(text.indexOf("TOKYO"), tokyo.firstOffset());
    }

    @Test
    void placesAndNationalityWordsGiveCountryCodes() {
        String text = "The Japanese delegation met Indian officials in the United States. "
                + "Americans and Latin American leaders watched. Japan agreed.";
        var r = new PhraseRecognizer().tag(LOC, "United States", "Japan");
        EntityResult result = analyze(r, text);
        // Order of first mention: Japanese, Indian, United States (and Americans), Japan again.
        assertEquals(List.of("JP", "IN", "US"), result.countries());
    }

    @Test
    void nationalityWordsInsideLongerNamesAndExceptionsDoNotCount() {
        String text = "The Indian Express reported from the Indian Ocean about Latin American trade.";
        var r = new PhraseRecognizer().tag(ORG, "Indian Express");
        EntityResult result = analyze(r, text);
        assertEquals(List.of(), result.countries());
    }

    @Test
    void shortFormsAndOrganisationNamedLikeACountryResolve() {
        String text = "The U.S. and the UK backed India, which beat Pakistan by five wickets.";
        var r = new PhraseRecognizer().tag(LOC, "U.S.", "UK").tag(ORG, "India", "Pakistan");
        EntityResult result = analyze(r, text);
        assertEquals(List.of("US", "GB", "IN", "PK"), result.countries());
    }

    @Test
    void personsNeverGiveCountries() {
        var r = new PhraseRecognizer().tag(PER, "Jordan");
        assertEquals(List.of(), analyze(r, "Jordan scored 40 points.").countries());
    }

    @Test
    void datelineWithAgency() {
        String text = "TOKYO (Reuters) - Japan's defence minister said on Thursday that talks went well.";
        var r = new PhraseRecognizer().tag(LOC, "TOKYO", "Japan").tag(ORG, "Reuters");
        EntityResult result = analyze(r, text);
        assertEquals("Tokyo", result.dateline());
        assertEquals(List.of("Reuters"), result.agencies());
        assertEquals(LOC, require(result, "Tokyo").type());
        assertEquals(ORG, require(result, "Reuters").type());
        assertEquals(List.of("JP"), result.countries());
    }

    @Test
    void datelineForms() {
        var none = new PhraseRecognizer();
        assertEquals("New Delhi", analyze(none, "NEW DELHI: The government said on Monday...").dateline());
        assertEquals("Washington", analyze(none, "WASHINGTON, Sept 8 (Reuters) - The Federal Reserve...").dateline());
        assertEquals("Kyiv", analyze(none, "KYIV, Ukraine (AP) — Russian forces...").dateline());
        assertEquals("Mumbai", analyze(none, "Mumbai, Sep 8: Shares rose...").dateline());
        assertEquals("St. Louis", analyze(none, "ST. LOUIS — A judge ruled...").dateline());
        // Headings that look like datelines but name no place, and ordinary sentences.
        assertNull(analyze(none, "BREAKING: A fire broke out downtown.").dateline());
        assertNull(analyze(none, "WATCH — the moment the rocket lifted off.").dateline());
        assertNull(analyze(none, "Note: this story was updated.").dateline());
        assertNull(analyze(none, "The minister said: we will act.").dateline());
    }

    @Test
    void datelineGivesACountryWhenItIsOne() {
        EntityResult result = analyze(new PhraseRecognizer(), "SINGAPORE (AFP) - Prices rose.");
        assertEquals("Singapore", result.dateline());
        assertEquals(List.of("SG"), result.countries());
        assertEquals(List.of("AFP"), result.agencies());
    }

    @Test
    void agencyCreditsAreFoundAndAddedAsOrganisations() {
        String text = "Talks went well, officials said.\n\n(With PTI inputs)";
        EntityResult result = analyze(new PhraseRecognizer(), text);
        assertEquals(List.of("PTI"), result.agencies());
        Entity pti = require(result, "PTI");
        assertEquals(ORG, pti.type());
        assertEquals(text.indexOf("PTI"), pti.firstOffset());

        assertEquals(List.of("PTI", "Reuters", "AFP"),
                analyze(new PhraseRecognizer(), "Text.\n(With inputs from PTI, Reuters and AFP)").agencies());
        assertEquals(List.of("ANI"), analyze(new PhraseRecognizer(), "The statement was issued today. (ANI)").agencies());
        assertEquals(List.of("AFP"), analyze(new PhraseRecognizer(), "He left.\n— AFP").agencies());
        assertEquals(List.of("AP"), analyze(new PhraseRecognizer(),
                "He left.\nCopyright 2022 The Associated Press. All rights reserved.").agencies());
        assertEquals(List.of("IANS"), analyze(new PhraseRecognizer(), "He left.\nIANS").agencies());
    }

    @Test
    void agencyNamesInRunningTextAreNoCredits() {
        String text = "The minister told Reuters and AP that PA staff would stay.";
        EntityResult result = analyze(new PhraseRecognizer(), text);
        assertEquals(List.of(), result.agencies());
    }

    @Test
    void aCreditedAgencyTaggedAsSomethingElseBecomesAnOrganisation() {
        var r = new PhraseRecognizer().tag(PER, "PTI");
        EntityResult result = analyze(r, "Talks went well.\n(With PTI inputs)");
        assertEquals(ORG, require(result, "PTI").type());
        assertEquals(1, result.entities().size());
    }

    @Test
    void handlesAreKeptApartFromEntities() {
        String text = "Rajnath Singh in Tokyo. (Image: Twitter/@rajnathsingh) Mail press@mod.gov.in or "
                + "follow @RajnathSingh and @PIB_India. Tickets @ 10 each, @99.";
        var r = new PhraseRecognizer().tag(PER, "Rajnath Singh").tag(ORG, "@rajnathsingh").tag(LOC, "Tokyo");
        EntityResult result = analyze(r, text);
        assertEquals(List.of("@rajnathsingh", "@PIB_India"), result.handles());
        assertEquals(List.of("Rajnath Singh"), result.persons());
        assertEquals(List.of(), result.organizations());
    }

    @Test
    void onlyEnglishIsTagged() {
        var r = new PhraseRecognizer().tag(LOC, "Tokio");
        var analyzer = new EntityAnalyzer(ON, r);
        EntityResult de = analyzer.analyze("Der Minister war in Tokio.", "de");
        assertEquals(EntityStatus.NOT_ENGLISH, de.status());
        assertTrue(de.entities().isEmpty() && de.countries().isEmpty() && de.handles().isEmpty());
        assertEquals("not-english", de.status().code());

        assertEquals(EntityStatus.NO_LANGUAGE, analyzer.analyze("Tokio.", null).status());
        assertEquals(EntityStatus.NO_LANGUAGE, analyzer.analyze("Tokio.", " ").status());
        for (String en : List.of("en", "EN", "en-GB", "en_US", "eng")) {
            assertEquals(EntityStatus.TAGGED, analyzer.analyze("Tokio.", en).status(), en);
        }
        assertFalse(EntityAnalyzer.isEnglish("ena"));
    }

    @Test
    void disabledLoadsNoRecogniserAndTagsNothing() {
        var off = new GazetteOptions.Entities(false, "no/such/model.ser.gz", 100_000);
        // create() would fail on the missing model if it tried to load it.
        EntityResult result = EntityAnalyzer.create(off).analyze("Rajnath Singh in Tokyo.", "en");
        assertEquals(EntityStatus.DISABLED, result.status());
        assertEquals("disabled", result.status().code());
        assertTrue(result.entities().isEmpty());
    }

    @Test
    void aMissingModelIsAConfigurationErrorNotAPerArticleFailure() {
        var bad = new GazetteOptions.Entities(true, "no/such/model.ser.gz", 100_000);
        var analyzer = EntityAnalyzer.create(bad);
        var e = assertThrows(IllegalStateException.class, () -> analyzer.analyze("Tokyo.", "en"));
        assertTrue(e.getMessage().contains("no/such/model.ser.gz"), e.getMessage());
    }

    @Test
    void aRecogniserThatThrowsFailsOnlyThatArticle() {
        EntityRecognizer broken = text -> {
            throw new IllegalArgumentException("boom");
        };
        EntityResult result = new EntityAnalyzer(ON, broken).analyze("Tokyo.", "en");
        assertEquals(EntityStatus.FAILED, result.status());
        assertEquals(EntityStatus.NO_TEXT, new EntityAnalyzer(ON, broken).analyze("  \n", "en").status());
    }

    @Test
    void longTextsAreTaggedOnlyUpToTheCap() {
        var small = new GazetteOptions.Entities(true, "unused", 60);
        String text = "Rajnath Singh spoke in Tokyo about many things at length. Later he flew to Mongolia.";
        var r = new PhraseRecognizer().tag(PER, "Rajnath Singh").tag(LOC, "Tokyo", "Mongolia");
        EntityResult result = new EntityAnalyzer(small, r).analyze(text, "en");
        assertTrue(result.truncated());
        assertEquals(List.of("Rajnath Singh", "Tokyo"), result.entities().stream().map(Entity::name).toList());
        assertFalse(analyze(r, text).truncated());
    }

    @Test
    void flatColumnsFollowTheEntityOrder() {
        var r = new PhraseRecognizer().tag(PER, "Fumio Kishida").tag(ORG, "Ministry of Defence").tag(LOC, "Tokyo", "India");
        EntityResult result = analyze(r, "Fumio Kishida visited India. The Ministry of Defence in Tokyo said so.");
        assertEquals(List.of("Fumio Kishida"), result.persons());
        assertEquals(List.of("Ministry of Defence"), result.organizations());
        assertEquals(List.of("India", "Tokyo"), result.locations());
        List<EntityType> types = result.entities().stream().map(Entity::type).toList();
        assertEquals(List.of(PER, LOC, ORG, LOC), types);
    }
}
