/**
 * Publication date, time and zone of a page, and where each came from.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link io.gazette.extract.date.DateExtractor}: the cascade (JSON-LD, meta tags, other JSON-LD,
 *       date markup, URL, visible text, weak evidence, relative dates) and the zone/local-day rules;</li>
 *   <li>{@link io.gazette.extract.date.DateParsing}: machine (ISO 8601, RFC 1123, epoch) and human date
 *       forms in the languages of {@code resources/dates/months.tsv}, with times, zone abbreviations,
 *       numeric offsets and relative forms;</li>
 *   <li>{@link io.gazette.extract.date.OutletContext}: what is assumed about the outlet where the page is
 *       silent (country, clock, day/month order), from a learned hint, the ccTLD, a place name in the
 *       domain, the declared locale region, the language;</li>
 *   <li>{@link io.gazette.extract.date.OrderEvidence} and {@link io.gazette.extract.date.OutletHints}:
 *       the per-outlet learning the Spark job does (see below);</li>
 *   <li>{@link io.gazette.extract.date.Plausibility}: fetch-time, 1990/archive and published &lt;=
 *       modified rules.</li>
 * </ul>
 *
 * <h2>Data files ({@code src/main/resources/dates/})</h2>
 * {@code months.tsv} (month names and abbreviations per language), {@code zones.tsv} (abbreviation
 * readings per outlet country, "*" = default), {@code countries.tsv} (zone, day/month order and whether
 * the country keeps one clock), {@code languages.tsv} (zone for one-clock languages, order),
 * {@code place-words.tsv} (country and city names found inside domain names). Loaded once per JVM.
 *
 * <h2>Zones, decided in this order</h2>
 * <ol>
 *   <li>a numeric offset written with the time ("+05:30", "GMT+10"): kept as stated;</li>
 *   <li>a named abbreviation: read for the outlet's country, so IST is India (default), Israel (.il
 *       or a learned +02/+03 hint) or Ireland (.ie); US, European and Australian pairs (EST/EDT,
 *       CET/CEST, AEST/AEDT) follow their region's rules because publishers write them all year;</li>
 *   <li>no zone on the page: the outlet's clock when it has exactly one (learned hint, ccTLD of a
 *       one-clock country, a city or one-clock country named in the domain, a one-clock language);
 *       the value is then marked ";zone=&lt;how&gt;" in the source and {@code zoneSource} is set;</li>
 *   <li>otherwise only the day is kept: no invented instant.</li>
 * </ol>
 * The seed page (indianexpress.com, plain text, "First published on: 08-09-2022 at 11:21:17 am", no
 * zone anywhere) gets +05:30 from rule 3: the domain names India ("place:indian"). The same table
 * gives irishtimes.com Dublin and bostonglobe.com New York; in the Spark job a learned hint replaces it.
 *
 * <h2>Day/month order of 08-09-2022</h2>
 * Decided per page: (1) an ambiguous numeric date that equals a month-name date on the same page under
 * one reading settles it; (2) the outlet's learned hint; (3) the page's own unambiguous numeric dates;
 * (4) the country's convention (ccTLD, place name, locale region); (5) the language (English without a
 * country: month first, the .com/.net/.org English web being mostly American; every other language:
 * day first).
 *
 * <h2>Learning per outlet in the Spark job</h2>
 * Pass 1 over a dump: per page, {@code DateStep.orderEvidence(work)} (numeric dates that only one
 * reading allows) and {@link io.gazette.extract.date.OutletHints#zoneEvidence} (the non-UTC offset the
 * page stated); reduce by outlet with {@link io.gazette.extract.date.OrderEvidence#plus} and offset
 * counts; {@link io.gazette.extract.date.OutletHints#learn} turns the sums into hints. Pass 2: build the
 * pipeline's date step with {@code new DateStep(hintsByOutlet::get)} (a serializable lookup).
 */
package io.gazette.extract.date;
