package io.gazette.extract;

import io.gazette.extract.date.OrderEvidence;

import java.io.Serializable;

/**
 * What one page contributes to the first, learning pass over a dump (see {@link OutletKnowledge}).
 *
 * @param outlet  registrable domain the page belongs to
 * @param pageKey the page's identity within the outlet (its URL, else file and offset), so that a
 *                page crawled ten times counts once: its own paragraphs must not look like template
 * @param blocks  distinct hashes of the page's text blocks (lines, for plain-text pages)
 * @param order   its all-numeric dates that only one day/month reading allows
 * @param zone    the non-UTC offset the page states with its publication time ("+05:30"), or null
 */
public record PageEvidence(String outlet, String pageKey, long[] blocks, OrderEvidence order, String zone)
        implements Serializable {
}
