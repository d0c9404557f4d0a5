#!/usr/bin/env python3
"""Writes Gazette's sample dumps from the page sources in _sources/.

    python3 sample-data/make-samples.py            # rewrite every sample file and _expected.json
    python3 sample-data/make-samples.py --tables   # also print the README tables (markdown)
    python3 sample-data/make-samples.py --check    # also read everything back and check it

Standard library only. Deterministic: fixed fetch dates, record ids derived from names (uuid5),
gzip mtime 0 and no file name in gzip headers, so a re-run gives byte-identical files (given the
same zlib build).

Every page is invented and every outlet is fictional. The one exception is
text/indianexpress-2022-09-08-scraped.txt, the project's seed page: it is kept verbatim, this
script only checks that it is there.

What each record is, and what the pipeline must make of it, lives in one place: the PAGES table
and the build_* functions below. _expected.json and the README tables are derived from them.
"""

import base64
import email.utils
import gzip
import hashlib
import html
import json
import re
import sys
import urllib.parse
import uuid
import zlib
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_sources"
ID_NAMESPACE = uuid.UUID("3d0b6f5e-2a4c-4c1e-9a57-6a3f0e1b8c21")
CRAWLER_UA = "Mozilla/5.0 (compatible; GazetteSampleBot/1.0; +https://gazette.example/bot)"

# ---------------------------------------------------------------------------------------------
# The article pages and what the pipeline should find on each (we wrote them, so we know).
# publish_date is the local calendar day at the outlet; published_at is UTC when the page states
# a time with an offset, otherwise None.
# ---------------------------------------------------------------------------------------------
PAGES = {
    "A": dict(src="a-dailyharbour-politics.html",
              url="https://www.dailyharbour.co.uk/news/politics/chancellor-coastal-towns-fund-a9120344",
              title="Chancellor unveils £4bn coastal towns fund as backbench pressure mounts",
              outlet="dailyharbour.co.uk", site_name="The Daily Harbour", language="en",
              authors=["Eleanor Whitcombe", "Tom Achebe"], topic="politics",
              publish_date="2026-03-12", published_at="2026-03-12T07:45:00Z", offset="+00:00",
              date_from="JSON-LD NewsArticle inside @graph (datePublished 2026-03-12T07:45:00+00:00)"),
    "B": dict(src="b-tribune-ledger-business.html",
              url="https://www.tribune-ledger.com/business/crestline-bancorp-pioneer-trust-merger-2-1-billion",
              title="Crestline Bancorp agrees $2.1 billion merger with Pioneer Trust",
              outlet="tribune-ledger.com", site_name="The Tribune-Ledger", language="en",
              authors=["Maria Delgado"], topic="business",
              publish_date="2026-01-15", published_at="2026-01-15T21:20:00Z", offset="-05:00",
              date_from="meta article:published_time only (2026-01-15T16:20:00-05:00)"),
    "C": dict(src="c-nordpost-verkehr.html",
              url="https://www.nordpost.de/lokales/kiel/stadtrat-beschliesst-verkehrskonzept-innenstadt-id48213.html",
              title="Stadtrat beschließt neues Verkehrskonzept für die Innenstadt",
              outlet="nordpost.de", site_name="Nordpost", language="de",
              authors=["Jana Petersen"], topic="local politics",
              publish_date="2026-03-14", published_at=None, offset=None,
              date_from="visible text only: \"14. März 2026, 16:42 Uhr\" (no zone on the page)"),
    "D": dict(src="d-metrocourier-sport.html",
              url="https://www.metrocourier.com.au/sport/football/harbour-city-edge-westbrook-eight-goal-thriller/news-story/4f1c2a9e",
              title="Harbour City hold nerve to edge Westbrook in eight-goal thriller",
              outlet="metrocourier.com.au", site_name="The Metro Courier", language="en",
              authors=["Liam O\u2019Connor"], topic="sport",
              publish_date="2025-12-06", published_at="2025-12-06T11:50:00Z", offset="+11:00",
              date_from="<time datetime=\"2025-12-06T22:50:00+11:00\"> only"),
    "E": dict(src="e-lamanana-vivienda.html",
              url="https://www.lamanana.es/economia/gobierno-aprueba-plan-vivienda-asequible-12000-millones.html",
              title="El Gobierno aprueba el plan de vivienda asequible con 12.000 millones",
              outlet="lamanana.es", site_name="La Mañana", language="es",
              authors=["Lucía Fernández Ortega"], topic="economy",
              publish_date="2026-03-14", published_at=None, offset=None,
              date_from="visible text only: \"14 de marzo de 2026 · 11:20\""),
    "F": dict(src="f-bayview-science.html",
              url="https://www.bayview-observer.com/2026/03/13/science/twilight-zone-coral-reef-survey/",
              title="Deep-water survey finds coral reef thriving in the ocean\u2019s \u2018twilight zone\u2019",
              outlet="bayview-observer.com", site_name="Bayview Observer", language="en",
              authors=["Helen Okafor"], topic="science",
              publish_date="2026-03-13", published_at=None, offset=None,
              date_from="URL path /2026/03/13/ only (related stories and comments carry other dates)"),
    "G": dict(src="g-lakeshore-sport.html",
              url="https://www.lakeshore-times.com/sports/college/northfield-state-stuns-top-seed-conference-semifinal",
              title="Northfield State stuns top seed Carver to reach conference final",
              outlet="lakeshore-times.com", site_name="Lakeshore Times", language="en",
              authors=["Marcus Reed"], topic="sport",
              publish_date="2026-03-13", published_at="2026-03-14T02:15:00Z", offset="-05:00",
              date_from="JSON-LD NewsArticle, top level, author array (2026-03-13T21:15:00-05:00: the UTC day is the 14th)"),
    "H": dict(src="h-tribune-ledger-politics.html",
              url="https://www.tribune-ledger.com/politics/state-senate-passes-broadband-expansion-bill",
              title="State Senate passes $640 million rural broadband bill after late-night deal",
              outlet="tribune-ledger.com", site_name="The Tribune-Ledger", language="en",
              authors=["Derek Holloway"], topic="politics",
              publish_date="2025-11-20", published_at="2025-11-20T13:00:00Z", offset="-05:00",
              date_from="JSON-LD @graph (Yoast style), datePublished 2025-11-20T08:00:00-05:00"),
    "I": dict(src="i-dailyharbour-science.html",
              url="https://www.dailyharbour.co.uk/news/science/storm-surge-barrier-trial-a9054121",
              title="Inflatable storm-surge barrier passes first winter test on the Humber",
              outlet="dailyharbour.co.uk", site_name="The Daily Harbour", language="en",
              authors=["Priya Raman"], topic="science",
              publish_date="2025-12-03", published_at="2025-12-03T11:05:00Z", offset="Z",
              date_from="JSON-LD datePublished and article:published_time, both 2025-12-03T11:05:00Z"),
    "J": dict(src="j-metrocourier-business.html",
              url="https://www.metrocourier.com.au/business/economy/reserve-bank-holds-cash-rate/news-story/8b22d0c1",
              title="Reserve Bank holds cash rate at 3.6 per cent, signals patience on cuts",
              outlet="metrocourier.com.au", site_name="The Metro Courier", language="en",
              authors=["Sarah Kwan"], topic="business",
              publish_date="2026-02-03", published_at="2026-02-03T03:30:00Z", offset="+11:00",
              date_from="meta article:published_time 2026-02-03T14:30:00+11:00"),
    "K": dict(src="k-lakeshore-cut.html",
              url="https://www.lakeshore-times.com/news/local/lakeview-water-main-break-schools-closed"),
    "L1": dict(src="l1-kestrelpost-ferry.html",
               url="https://www.kestrelpost.co.nz/politics/cook-strait-ferries-deal-signed",
               title="Government signs $1.4b deal for two new Cook Strait ferries after two-year delay",
               outlet="kestrelpost.co.nz", site_name="Kestrel Post", language="en",
               authors=["Sophie Tane"], topic="politics",
               publish_date="2026-03-13", published_at=None, offset=None,
               date_from="visible text only: \"Friday, 13 March 2026\""),
    "L2": dict(src="l2-lakeshore-business.html",
               url="https://www.lakeshore-times.com/business/agriculture/grain-cooperative-record-revenue",
               title="Great Lakes Grain Cooperative posts record revenue as export demand surges",
               outlet="lakeshore-times.com", site_name="Lakeshore Times", language="en",
               authors=["Hannah Lindgren"], topic="business",
               publish_date="2026-03-12", published_at="2026-03-12T15:00:00Z", offset="-05:00",
               date_from="microdata <meta itemprop=\"datePublished\" content=\"2026-03-12T10:00:00-05:00\">"),
    "L4": dict(src="l4-missing-url.html", url=None),
    "L5": dict(src="l5-dailyharbour-breaking-stub.html",
               url="https://www.dailyharbour.co.uk/business/interest-rates-decision-march-a9121077"),
    "NP1": dict(src="np1-nordpost-sport.html",
                url="https://www.nordpost.de/sport/fussball/sv-foerde-08-nordderby-luebeck-id48240.html",
                title="SV Förde 08 gewinnt Nordderby gegen Lübeck mit 2:1",
                outlet="nordpost.de", site_name="Nordpost", language="de",
                authors=["Malte Sörensen"], topic="sport",
                publish_date="2026-03-14", published_at="2026-03-14T17:45:00Z", offset="+01:00",
                date_from="JSON-LD datePublished 2026-03-14T18:45:00+01:00 (news-please date_publish agrees)"),
    "NP2": dict(src="np2-bayview-courts.html",
                url="https://www.bayview-observer.com/2026/03/10/local/appeals-court-pelican-point-hotel-lawsuit/",
                title="Appeals court revives lawsuit over shoreline hotel project",
                outlet="bayview-observer.com", site_name="Bayview Observer", language="en",
                authors=["Carlos Medina", "Jenny Tran"], topic="courts",
                publish_date="2026-03-10", published_at="2026-03-11T00:05:00Z", offset="-07:00",
                date_from="JSON-LD datePublished 2026-03-10T17:05:00-07:00 (the UTC day is the 11th)"),
    "HT1": dict(src="ht1-hoshizora-satellite.html",
                url="https://www.hoshizora-shimbun.jp/articles/HZ3T7K2M9QULBH004.html",
                title="小型衛星「ひばり3号」打ち上げ成功\u3000大学発ベンチャーが開発",
                outlet="hoshizora-shimbun.jp", site_name="星空新聞デジタル", language="ja",
                authors=["山本 彩"], topic="science",
                publish_date="2026-03-14", published_at=None, offset=None,
                date_from="visible text only: \"2026年3月14日 10時30分\""),
    "HT2": dict(src="ht2-tribune-ledger-sport.htm",
                url="https://www.tribune-ledger.com/sports/foundry-sign-goalkeeper",
                title="Foundry FC sign veteran goalkeeper Tomasz Wilk ahead of season opener",
                outlet="tribune-ledger.com", site_name=None, language="en",
                authors=["Jordan Ellis"], topic="sport",
                publish_date="2026-01-16", published_at="2026-01-16T14:00:00Z", offset="Z",
                date_from="meta parsely-pub-date 2026-01-16T14:00:00Z, visible \"Jan. 16, 2026\""),
    "HT3": dict(src="ht3-kestrelpost-recycling.html",
                url="https://www.kestrelpost.co.nz/explainers/kerbside-recycling-rules-explained",
                title="Explained: what the new kerbside recycling rules mean for your household",
                outlet="kestrelpost.co.nz", site_name=None, language="en",
                authors=["Ana Fifita"], topic="environment explainer",
                publish_date=None, published_at=None, offset=None,
                date_from="none: no date anywhere on the page, nor in its URL"),
    "HT4": dict(src="ht4-lamanana-futbol.html",
                url="https://www.lamanana.es/deportes/futbol/alboran-remontada-almeria-oriental.html",
                title="La remontada del Alborán que nadie esperaba: de 0-2 a 3-2 en diez minutos",
                outlet="lamanana.es", site_name="La Mañana", language="es",
                authors=["Javier Molina"], topic="sport",
                publish_date="2026-03-14", published_at="2026-03-13T23:20:00Z", offset="+01:00",
                date_from="meta article:published_time 2026-03-14T00:20:00+01:00 (the UTC day is the 13th)"),
    "TX1": dict(src=None, url=None,
                title="Rajnath Singh in Japan: \u2018Should expand scope of partnership in defence equipment, tech\u2019",
                outlet="indianexpress.com", site_name=None, language="en", authors=[], topic="politics",
                publish_date="2022-09-08", published_at=None, offset=None,
                date_from="visible text: \"Thursday, Sep 08, 2022\" and \"First published on: 08-09-2022 at 11:21:17 am\""),
    "TX2": dict(src="sahyadriherald-2026-03-13-scraped.txt", url=None,
                title="Monsoon preparedness: Pune civic body to desilt 212 km of nullahs before May 31, says commissioner",
                outlet="sahyadriherald.in", site_name=None, language="en", authors=[], topic="local government",
                publish_date="2026-03-13", published_at=None, offset=None,
                date_from="visible text: \"Friday, Mar 13, 2026\" and \"First published on: 13-03-2026 at 09:14:02 am\""),
}

LEDGER = []  # one entry per input record, in file order: the expected outcome table


def expect(file, index, offset, url, outcome, reason=None, page=None, kind=None, note=None):
    entry = {"file": file, "record": index, "offset": offset, "kind": kind, "url": url, "outcome": outcome}
    if reason:
        entry["reason"] = reason
    if page:
        p = PAGES[page]
        entry["page"] = page
        entry["expected"] = {k: p[k] for k in ("title", "outlet", "site_name", "language", "authors",
                                               "publish_date", "published_at", "offset", "date_from")}
    if note:
        entry["note"] = note
    LEDGER.append(entry)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
def page_bytes(page_id, encoding="utf-8"):
    text = (SRC / PAGES[page_id]["src"]).read_text(encoding="utf-8")
    return text.encode(encoding)  # strict: a character the target charset lacks is a bug in the source


def record_id(name):
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}>"


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def gz(data):
    # mtime=0 and no file name: identical bytes on every run
    return gzip.compress(data, compresslevel=9, mtime=0)


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(timezone.utc)


def warc_date(dt, millis=False):
    if millis:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(dt):
    return email.utils.format_datetime(dt, usegmt=True)


def warc_record(version, fields, block):
    """fields: ordered (name, value) pairs; Content-Length is added after Content-Type or at the end."""
    lines = [f"WARC/{version}"]
    placed = False
    for name, value in fields:
        lines.append(f"{name}: {value}")
        if name == "Content-Type":
            lines.append(f"Content-Length: {len(block)}")
            placed = True
    if not placed:
        lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def http_head(status_line, headers):
    return ("\r\n".join([status_line] + [f"{k}: {v}" for k, v in headers]) + "\r\n\r\n").encode("latin-1")


def http_request(url, accept_language="en-US,en;q=0.8"):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return http_head(f"GET /{path} HTTP/1.1", [
        ("User-Agent", CRAWLER_UA),
        ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        ("Accept-Language", accept_language),
        ("Accept-Encoding", "br,gzip"),
        ("Host", host),
        ("Connection", "Keep-Alive"),
    ])


def chunked(data, size=2048):
    out = bytearray()
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += f"{len(piece):x}\r\n".encode("ascii") + piece + b"\r\n"
    out += b"0\r\n\r\n"
    return bytes(out)


def fake_jpeg():
    """A JPEG-looking payload: SOI, JFIF APP0, a quantisation table, SOF0, filler scan data, EOI."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    dqt = b"\xff\xdb\x00\x43\x00" + bytes((3 * i + 2) % 97 + 1 for i in range(64))
    sof0 = b"\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sos = b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    scan = hashlib.sha256(b"gazette sample jpeg").digest() * 6
    return b"\xff\xd8" + app0 + dqt + sof0 + sos + scan.replace(b"\xff", b"\xfe") + b"\xff\xd9"


def fake_pdf():
    """A small but well-formed-looking PDF whose page content stream is deflated (binary bytes)."""
    content = zlib.compress(b"BT /F1 18 Tf 72 720 Td (Crestline Bancorp + Pioneer Trust: investor presentation) Tj ET\n"
                            b"BT /F1 11 Tf 72 690 Td (Forward-looking statements) Tj ET\n", 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" /Filter /FlateDecode >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def body_paragraphs(html_text):
    """Plain <p> elements (no attributes) inside <article>: the article paragraphs in our sources."""
    article = html_text[html_text.index("<article"):html_text.index("</article>")]
    paras = re.findall(r"<p>(.*?)</p>", article, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras]


# ---------------------------------------------------------------------------------------------
# WARC writers
# ---------------------------------------------------------------------------------------------
class WarcBuilder:
    """Collects records; write() gzips them per record (CC, wget) or as one member (whole file)."""

    def __init__(self, rel_path, version, warcinfo_id, millis=False):
        self.rel_path = rel_path
        self.version = version
        self.warcinfo_id = warcinfo_id
        self.millis = millis
        self.records = []  # (raw bytes, ledger callback args)

    def add(self, raw, url, outcome, reason=None, page=None, kind=None, note=None):
        self.records.append((raw, dict(url=url, outcome=outcome, reason=reason, page=page, kind=kind, note=note)))

    def write(self, whole_file=False, cut_last_at=None):
        out = bytearray()
        if whole_file:
            # offsets are in the uncompressed stream: there is only one gzip member
            pos = 0
            for i, (raw, exp) in enumerate(self.records, 1):
                expect(self.rel_path, i, pos, **exp)
                pos += len(raw)
            out += gz(b"".join(raw for raw, _ in self.records))
        else:
            for i, (raw, exp) in enumerate(self.records, 1):
                member = gz(raw)
                last = i == len(self.records)
                if last and cut_last_at is not None:
                    member = member[:int(len(member) * cut_last_at)]
                expect(self.rel_path, i, len(out), **exp)
                out += member
        path = HERE / self.rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes(out))
        return len(self.records)


def warcinfo_record(version, name, filename, dt, fields_text, millis=False):
    block = fields_text.encode("utf-8")
    return warc_record(version, [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", warc_date(dt, millis)),
        ("WARC-Filename", filename),
        ("WARC-Record-ID", record_id(name)),
        ("Content-Type", "application/warc-fields"),
        ("WARC-Block-Digest", sha1_b32(block)),
    ], block)


def request_record(w, name, url, dt, target=None, accept_language="en-US,en;q=0.8"):
    block = http_request(url, accept_language)
    return warc_record(w.version, [
        ("WARC-Type", "request"),
        ("WARC-Date", warc_date(dt, w.millis)),
        ("WARC-Record-ID", record_id(name + "/request")),
        ("Content-Type", "application/http; msgtype=request"),
        ("WARC-Warcinfo-ID", w.warcinfo_id),
        ("WARC-IP-Address", ip_for(url)),
        ("WARC-Target-URI", target or url),
        ("WARC-Block-Digest", sha1_b32(block)),
    ], block)


def response_record(w, name, url, dt, status_line, headers, payload, target=None, identified=None,
                    entity=None):
    """entity: the payload with transfer coding removed, when it differs (chunked); the WARC
    payload digest covers the entity body, as in WARC 1.1 section 6.4 and as jwarc checks it."""
    block = http_head(status_line, headers) + payload
    fields = [
        ("WARC-Type", "response"),
        ("WARC-Date", warc_date(dt, w.millis)),
        ("WARC-Record-ID", record_id(name + "/response")),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Warcinfo-ID", w.warcinfo_id),
        ("WARC-Concurrent-To", record_id(name + "/request")),
        ("WARC-IP-Address", ip_for(url)),
        ("WARC-Target-URI", target or url),
        ("WARC-Payload-Digest", sha1_b32(payload if entity is None else entity)),
        ("WARC-Block-Digest", sha1_b32(block)),
    ]
    if identified:
        fields.append(("WARC-Identified-Payload-Type", identified))
    return warc_record(w.version, fields, block)


def metadata_record(w, name, url, dt, text):
    block = text.encode("utf-8")
    return warc_record(w.version, [
        ("WARC-Type", "metadata"),
        ("WARC-Date", warc_date(dt, w.millis)),
        ("WARC-Record-ID", record_id(name + "/metadata")),
        ("Content-Type", "application/warc-fields"),
        ("WARC-Warcinfo-ID", w.warcinfo_id),
        ("WARC-Concurrent-To", record_id(name + "/response")),
        ("WARC-Target-URI", url),
        ("WARC-Block-Digest", sha1_b32(block)),
    ], block)


IPS = {}


def ip_for(url):
    host = url.split("://", 1)[1].split("/", 1)[0]
    if host not in IPS:
        h = hashlib.sha1(host.encode()).digest()
        IPS[host] = f"198.51.100.{h[0] % 200 + 20}"  # documentation range (RFC 5737)
    return IPS[host]


def html_headers(dt, content_type, length, server="nginx", extra=()):
    return [
        ("Date", http_date(dt)),
        ("Server", server),
        ("Content-Type", content_type),
        ("Content-Length", str(length)),
        *extra,
        ("Connection", "close"),
    ]


def page_pair(w, pid, dt, content_type, server, extra=(), encoding="utf-8", note=None):
    """request + response of an article page, both entered in the ledger."""
    url = PAGES[pid]["url"]
    body = page_bytes(pid, encoding)
    w.add(request_record(w, pid, url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, pid, url, dt, "HTTP/1.1 200 OK",
                          html_headers(dt, content_type, len(body), server, extra), body,
                          identified="text/html"),
          url, "article", page=pid, kind="response", note=note)


# ---------------------------------------------------------------------------------------------
# warc/cc-news-sample.warc.gz: CC-NEWS-like, WARC/1.0, one gzip member per record
# ---------------------------------------------------------------------------------------------
def build_cc_news():
    rel = "warc/cc-news-sample.warc.gz"
    info_id = record_id("cc-news/warcinfo")
    w = WarcBuilder(rel, "1.0", info_id)
    t0 = ts("2026-03-14T17:00:00Z")
    w.add(warcinfo_record("1.0", "cc-news/warcinfo", "cc-news-sample.warc.gz", t0,
                          "software: GazetteSampleWriter/1.0 (sample-data/make-samples.py)\r\n"
                          "format: WARC File Format 1.0\r\n"
                          "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                          "isPartOf: GAZETTE-SAMPLE-NEWS\r\n"
                          "operator: Gazette sample data (all pages and outlets are fictional)\r\n"
                          "description: News crawl sample in the style of CC-NEWS\r\n"
                          f"http-header-user-agent: {CRAWLER_UA}\r\n"
                          "robots: checked\r\n"),
          None, "reject", "WARC_NOT_RESPONSE", kind="warcinfo")

    # A: plain UTF-8 page with a charset in the header, followed by a metadata record about it.
    dt = ts("2026-03-14T17:02:11Z")
    page_pair(w, "A", dt, "text/html; charset=utf-8", "nginx",
              extra=[("Cache-Control", "max-age=60, public"), ("X-Cache", "HIT"), ("Vary", "Accept-Encoding")])
    w.add(metadata_record(w, "A", PAGES["A"]["url"], dt,
                          "fetchTimeMs: 412\r\ncharset-detected: UTF-8\r\n"
                          "languages-cld2: {\"reliable\":true,\"text-bytes\":8204,\"languages\":"
                          "[{\"code\":\"en\",\"code-iso-639-3\":\"eng\",\"text-covered\":0.99,\"score\":1021.0,\"name\":\"ENGLISH\"}]}\r\n"),
          PAGES["A"]["url"], "reject", "WARC_NOT_RESPONSE", kind="metadata")

    # B: header names no charset; the page says <meta charset="UTF-8">.
    page_pair(w, "B", ts("2026-03-14T17:03:40Z"), "text/html", "Apache",
              extra=[("X-Powered-By", "WP Engine"), ("Link", "<https://www.tribune-ledger.com/wp-json/>; rel=\"https://api.w.org/\"")])

    # C: as wget writes it: target URI in <brackets>, body kept raw, chunked and gzipped.
    dt = ts("2026-03-14T17:20:05Z")
    url = PAGES["C"]["url"]
    entity = gz(page_bytes("C"))
    payload = chunked(entity)
    w.add(request_record(w, "C", url, dt, target=f"<{url}>", accept_language="de-DE,de;q=0.9,en;q=0.5"),
          url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "C", url, dt, "HTTP/1.1 200 OK", [
        ("Date", http_date(dt)), ("Server", "Apache/2.4.62 (Debian)"),
        ("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
        ("Transfer-Encoding", "chunked"), ("Vary", "Accept-Encoding"), ("Connection", "close")],
        payload, target=f"<{url}>", entity=entity),
        url, "article", page="C", kind="response",
        note="wget style: WARC-Target-URI in <>, Transfer-Encoding: chunked + Content-Encoding: gzip kept raw")

    # D: as Common Crawl stores it: body already decoded, Content-Encoding renamed.
    dt = ts("2026-03-14T17:05:52Z")
    url = PAGES["D"]["url"]
    body = page_bytes("D")
    w.add(request_record(w, "D", url, dt, accept_language="en-AU,en;q=0.8"), url, "reject", "WARC_NOT_RESPONSE",
          kind="request")
    w.add(response_record(w, "D", url, dt, "HTTP/1.1 200 OK", [
        ("Date", http_date(dt)), ("Server", "cloudflare"), ("Content-Type", "text/html; charset=utf-8"),
        ("X-Crawler-Content-Encoding", "gzip"), ("X-Crawler-Content-Length", str(len(gz(body)))),
        ("Content-Length", str(len(body))), ("CF-Cache-Status", "HIT"), ("Connection", "close")],
        body, identified="text/html"),
        url, "article", page="D", kind="response",
        note="Common Crawl style: body stored decoded, header renamed to X-Crawler-Content-Encoding: gzip")

    # E: windows-1252 bytes; the header has no charset, only <meta charset="windows-1252"> tells.
    page_pair(w, "E", ts("2026-03-14T17:08:31Z"), "text/html", "nginx", encoding="cp1252",
              note="windows-1252 body (ñ, á, €, curly quotes as 0x93/0x94); header without charset, meta charset only")

    page_pair(w, "F", ts("2026-03-14T17:10:02Z"), "text/html; charset=UTF-8", "nginx",
              extra=[("X-Cache", "MISS")])
    page_pair(w, "G", ts("2026-03-14T17:11:47Z"), "text/html;charset=utf-8", "Varnish",
              extra=[("Age", "240")])

    # 404 with an HTML error page.
    dt = ts("2026-03-14T17:12:30Z")
    url = "https://www.tribune-ledger.com/business/crestline-pioneer-merger-live-updates"
    body = (SRC / "x404-tribune-ledger.html").read_bytes()
    w.add(request_record(w, "x404", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "x404", url, dt, "HTTP/1.1 404 Not Found",
                          html_headers(dt, "text/html; charset=UTF-8", len(body), "Apache"), body),
          url, "reject", "HTTP_STATUS", kind="response", note="HTTP 404 with an HTML error page")

    # An image.
    dt = ts("2026-03-14T17:12:58Z")
    url = "https://static.dailyharbour.co.uk/images/2026/03/12/ashworth-pier-960x540.jpg"
    body = fake_jpeg()
    w.add(request_record(w, "ximg", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "ximg", url, dt, "HTTP/1.1 200 OK", [
        ("Date", http_date(dt)), ("Server", "AmazonS3"), ("Content-Type", "image/jpeg"),
        ("Content-Length", str(len(body))), ("Cache-Control", "max-age=31536000"), ("Connection", "close")],
        body, identified="image/jpeg"),
        url, "reject", "NOT_HTML", kind="response", note="image/jpeg payload")

    # A PDF served with a text/html label.
    dt = ts("2026-03-14T17:13:21Z")
    url = "https://www.tribune-ledger.com/business/documents/crestline-pioneer-investor-presentation"
    body = fake_pdf()
    w.add(request_record(w, "xpdf", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "xpdf", url, dt, "HTTP/1.1 200 OK",
                          html_headers(dt, "text/html; charset=UTF-8", len(body), "Apache"), body,
                          identified="application/pdf"),
          url, "reject", "BINARY_CONTENT", kind="response",
          note="%PDF-1.4 bytes labelled text/html: the label says HTML, the bytes are binary")

    # 200 with no body at all.
    dt = ts("2026-03-14T17:14:02Z")
    url = "https://www.metrocourier.com.au/sport/live-scores/embed?match=4411"
    w.add(request_record(w, "xempty", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "xempty", url, dt, "HTTP/1.1 200 OK",
                          html_headers(dt, "text/html; charset=utf-8", 0, "cloudflare"), b""),
          url, "reject", "EMPTY_BODY", kind="response", note="HTTP 200, Content-Length: 0")

    # A JavaScript shell: markup, scripts, a title, but no text in the body.
    dt = ts("2026-03-14T17:15:40Z")
    url = "https://www.lakeshore-times.com/live/2026/03/13/great-lakes-tournament-semifinals-live"
    body = (SRC / "xshell-lakeshore-live.html").read_bytes()
    w.add(request_record(w, "xshell", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "xshell", url, dt, "HTTP/1.1 200 OK",
                          html_headers(dt, "text/html; charset=utf-8", len(body), "Varnish"), body,
                          identified="text/html"),
          url, "reject", "NO_TEXT", kind="response",
          note="client-rendered live blog: the body holds only empty divs and scripts")

    # The next day the crawler fetches A again and finds the same payload: a revisit record.
    dt = ts("2026-03-15T05:40:19Z")
    url = PAGES["A"]["url"]
    original = page_bytes("A")
    w.add(request_record(w, "A-revisit", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    head = http_head("HTTP/1.1 200 OK", html_headers(dt, "text/html; charset=utf-8", len(original), "nginx",
                                                     [("X-Cache", "HIT")]))
    w.add(warc_record("1.0", [
        ("WARC-Type", "revisit"),
        ("WARC-Date", warc_date(dt)),
        ("WARC-Record-ID", record_id("A-revisit/revisit")),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Concurrent-To", record_id("A-revisit/request")),
        ("WARC-IP-Address", ip_for(url)),
        ("WARC-Target-URI", url),
        ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
        ("WARC-Refers-To-Target-URI", url),
        ("WARC-Refers-To-Date", warc_date(ts("2026-03-14T17:02:11Z"))),
        ("WARC-Payload-Digest", sha1_b32(original)),
        ("WARC-Block-Digest", sha1_b32(head)),
    ], head), url, "reject", "WARC_REVISIT", kind="revisit", note="identical-payload-digest revisit of page A")
    return w.write()


# ---------------------------------------------------------------------------------------------
# warc/heritrix-wholefile.warc.gz: WARC/1.1, Heritrix record order, the whole file one gzip member
# ---------------------------------------------------------------------------------------------
def build_heritrix():
    rel = "warc/heritrix-wholefile.warc.gz"
    info_id = record_id("heritrix/warcinfo")
    w = WarcBuilder(rel, "1.1", info_id, millis=True)
    t0 = ts("2025-12-03T14:21:58.004Z")
    w.add(warcinfo_record("1.1", "heritrix/warcinfo", "GAZETTE-SAMPLE-20251203142158004-00000-crawler01.warc.gz", t0,
                          "software: Heritrix/3.4.0-20220727 https://github.com/internetarchive/heritrix3\r\n"
                          "ip: 10.0.0.12\r\nhostname: crawler01.gazette.example\r\n"
                          "format: WARC File Format 1.1\r\n"
                          "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                          "operator: Gazette sample data (all pages and outlets are fictional)\r\n"
                          f"http-header-user-agent: {CRAWLER_UA}\r\n"
                          "robots: obey\r\n", millis=True),
          None, "reject", "WARC_NOT_RESPONSE", kind="warcinfo")
    for pid, dt, ctype, server in (("H", ts("2025-12-03T14:22:05.123Z"), "text/html; charset=UTF-8", "Apache"),
                                   ("I", ts("2025-12-03T14:22:07.456Z"), "text/html; charset=utf-8", "nginx")):
        url = PAGES[pid]["url"]
        body = page_bytes(pid)
        # Heritrix writes response, then request, then metadata for each URI
        w.add(response_record(w, "heritrix/" + pid, url, dt, "HTTP/1.1 200 OK",
                              html_headers(dt, ctype, len(body), server), body),
              url, "article", page=pid, kind="response")
        w.add(request_record(w, "heritrix/" + pid, url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
        w.add(metadata_record(w, "heritrix/" + pid, url, dt,
                              f"via: {url.split('/', 3)[0]}//{url.split('/', 3)[2]}/sitemap-news.xml\r\nhopsFromSeed: LL\r\n"
                              "sourceTag: news-sitemaps\r\nfetchTimeMs: 233\r\n"),
              url, "reject", "WARC_NOT_RESPONSE", kind="metadata")
    return w.write(whole_file=True)


# ---------------------------------------------------------------------------------------------
# broken/truncated.warc.gz: per-record gzip, the file ends halfway through the last member
# ---------------------------------------------------------------------------------------------
def build_truncated():
    rel = "broken/truncated.warc.gz"
    info_id = record_id("truncated/warcinfo")
    w = WarcBuilder(rel, "1.0", info_id)
    w.add(warcinfo_record("1.0", "truncated/warcinfo", "truncated.warc.gz", ts("2026-02-04T09:00:00Z"),
                          "software: GazetteSampleWriter/1.0 (sample-data/make-samples.py)\r\n"
                          "format: WARC File Format 1.0\r\n"
                          "description: an upload that stopped halfway through the last record\r\n"),
          None, "reject", "WARC_NOT_RESPONSE", kind="warcinfo")
    page_pair(w, "J", ts("2026-02-04T09:00:41Z"), "text/html; charset=utf-8", "cloudflare")
    dt = ts("2026-02-04T14:30:12Z")
    url = PAGES["K"]["url"]
    body = page_bytes("K")
    w.add(request_record(w, "K", url, dt), url, "reject", "WARC_NOT_RESPONSE", kind="request")
    w.add(response_record(w, "K", url, dt, "HTTP/1.1 200 OK",
                          html_headers(dt, "text/html; charset=utf-8", len(body), "Varnish"), body),
          url, "reject", "TRUNCATED_INPUT", kind="response (cut)",
          note="the gzip member stops at half its length: one TRUNCATED_INPUT row, nothing after it")
    return w.write(cut_last_at=0.5)


# ---------------------------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------------------------
def build_crawl_export():
    rel = "jsonl/crawl-export.jsonl"
    lines = []

    def add(obj_or_text, url, outcome, reason=None, page=None, note=None):
        text = obj_or_text if isinstance(obj_or_text, str) else json.dumps(obj_or_text, ensure_ascii=False)
        assert "\n" not in text
        lines.append(text)
        expect(rel, len(lines), len(lines), url, outcome, reason, page, kind="line", note=note)

    add({"id": "crawl-0001", "url": PAGES["L1"]["url"], "fetched_at": "2026-03-13T06:12:44Z",
         "html": page_bytes("L1").decode()}, PAGES["L1"]["url"], "article", page="L1")
    add({"id": "crawl-0002", "url": PAGES["L2"]["url"], "fetched_at": "2026-03-12T18:30:00+00:00",
         "status": 200, "content": page_bytes("L2").decode()}, PAGES["L2"]["url"], "article", page="L2",
        note="HTML under \"content\" instead of \"html\"")
    broken = json.dumps({"id": "crawl-0003", "url": "https://www.tribune-ledger.com/news/snow-emergency-parking-rules",
                         "fetched_at": "2026-03-13T07:01:09Z",
                         "html": "<!doctype html><html lang=\"en-US\"><head><meta charset=\"UTF-8\"><title>Snow emergency"})
    add(broken[:broken.index("<title>") + 20], None, "reject", "CORRUPT_RECORD",
        note="line cut in the middle of a JSON string: not valid JSON")
    add({"id": "crawl-0004", "fetched_at": "2026-03-13T07:15:30Z", "html": page_bytes("L4").decode()},
        None, "reject", "MISSING_URL", note="no url field (and no canonical or og:url in the HTML either)")
    add({"id": "crawl-0005", "url": PAGES["L5"]["url"], "fetched_at": "2026-03-12T12:01:05Z",
         "html": page_bytes("L5").decode()}, PAGES["L5"]["url"], "reject", "TEXT_TOO_SHORT",
        note="breaking-news stub: all visible text together is under 200 characters")
    add({"id": "crawl-0006", "url": "https://www.kestrelpost.co.nz/sport/rugby/super-rugby-team-named",
         "fetched_at": "2026-03-13T07:20:00Z", "html": ""}, "https://www.kestrelpost.co.nz/sport/rugby/super-rugby-team-named",
        "reject", "EMPTY_BODY", note="\"html\": \"\"")
    (HERE / rel).parent.mkdir(parents=True, exist_ok=True)
    (HERE / rel).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def build_news_please():
    rel = "jsonl/news-please-export.jsonl.gz"
    lines = []
    for pid, download, publish, modify, desc, image in (
            ("NP1", "2026-03-14 19:02:37", "2026-03-14 18:45:00", "2026-03-14 19:30:00",
             "Ein spätes Tor von Niklas Hansen sichert dem SV Förde 08 den ersten Sieg unter Interimstrainer Stefan Kruse.",
             None),
            ("NP2", "2026-03-11 01:15:02", "2026-03-10 17:05:00", "2026-03-10 18:20:00",
             "A three-judge panel said the county failed to consider sea-level rise when it approved the 220-room Pelican Point resort.",
             None)):
        p = PAGES[pid]
        source = page_bytes(pid).decode()
        url = p["url"]
        host = url.split("://", 1)[1].split("/", 1)[0]
        # news-please's own field set (dates are naive local strings, as news-please writes them),
        # with the raw page added under "html" the way crawl pipelines usually export it
        record = {
            "authors": p["authors"],
            "date_download": download,
            "date_modify": modify,
            "date_publish": publish,
            "description": desc,
            "filename": urllib.parse.quote(url, safe="") + ".json",
            "image_url": image,
            "language": p["language"],
            "localpath": None,
            "maintext": "\n".join(body_paragraphs(source)),
            "source_domain": host,
            "title": p["title"],
            "title_page": None,
            "title_rss": None,
            "url": url,
            "html": source,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
        expect(rel, len(lines), len(lines), url, "article", page=pid, kind="line",
               note="news-please fields (date_download, no fetched_at) plus html")
    (HERE / rel).write_bytes(gz(("\n".join(lines) + "\n").encode("utf-8")))
    return len(lines)


# ---------------------------------------------------------------------------------------------
# Saved pages and plain text
# ---------------------------------------------------------------------------------------------
def build_html():
    out = HERE / "html"
    out.mkdir(exist_ok=True)
    files = []

    rel = "html/hoshizora-shimbun-hibari3.html.gz"
    (HERE / rel).write_bytes(gz(page_bytes("HT1")))
    files.append((rel, "HT1", "gzipped saved page, Japanese, URL from canonical and og:url"))

    rel = "html/tribune-ledger-foundry-goalkeeper.htm"
    text = page_bytes("HT2").decode()
    assert text.startswith("<!-- saved from url=(0061)") and len(PAGES["HT2"]["url"]) == 61
    (HERE / rel).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    files.append((rel, "HT2", "saved by a browser: starts with <!-- saved from url=(0061)... -->, CRLF lines, "
                              "no canonical, no og:url"))

    rel = "html/kestrelpost-recycling-explainer.html"
    (HERE / rel).write_bytes(page_bytes("HT3"))
    files.append((rel, "HT3", "only a <link rel=canonical> names the URL; no date anywhere: kept with publish_date null"))

    rel = "html/lamanana-alboran-remontada.html"
    (HERE / rel).write_bytes(b"\xef\xbb\xbf" + page_bytes("HT4"))
    files.append((rel, "HT4", "UTF-8 with a BOM and no meta charset: the BOM is the only charset signal"))

    for rel, pid, note in files:
        expect(rel, 1, 0, PAGES[pid]["url"], "article", page=pid, kind="file", note=note)
    return len(files)


def build_text():
    seed = HERE / "text" / "indianexpress-2022-09-08-scraped.txt"
    if not seed.is_file():
        sys.exit(f"missing {seed}: copy the project's seed page there verbatim (it is not generated)")
    expect("text/indianexpress-2022-09-08-scraped.txt", 1, 0, None, "article", page="TX1", kind="file",
           note="the project's seed page, verbatim; no URL: outlet from the file name / the page's own mention")
    rel = "text/sahyadriherald-2026-03-13-scraped.txt"
    (HERE / rel).write_bytes((SRC / PAGES["TX2"]["src"]).read_bytes())
    expect(rel, 1, 0, None, "article", page="TX2", kind="file",
           note="same scraped layout as the seed; outlet from the file name / the page's own mention")
    return 2


# ---------------------------------------------------------------------------------------------
# Summaries
# ---------------------------------------------------------------------------------------------
def summary():
    per_file = {}
    for e in LEDGER:
        s = per_file.setdefault(e["file"], {"records": 0, "articles": 0, "rejects": {}})
        s["records"] += 1
        if e["outcome"] == "article":
            s["articles"] += 1
        else:
            s["rejects"][e["reason"]] = s["rejects"].get(e["reason"], 0) + 1
    return per_file


def partitions():
    counts = {}
    for e in LEDGER:
        if e["outcome"] == "article":
            key = (e["expected"]["publish_date"], e["expected"]["outlet"])
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (kv[0][0] or "9999", kv[0][1])))


def md(text):
    # a bare <time ...> or <!-- ... --> in a table cell would be swallowed as HTML
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace("|", "/")


def tables():
    out = ["## Expected outcomes per file", "",
           "Records in = articles + rejects, for every file and in total.", "",
           "| file | records in | articles | rejects by reason |", "|---|---:|---:|---|"]
    tot_r = tot_a = 0
    tot_rej = {}
    for f, s in summary().items():
        rej = ", ".join(f"{k} {v}" for k, v in sorted(s["rejects"].items())) or "-"
        out.append(f"| `{f}` | {s['records']} | {s['articles']} | {rej} |")
        tot_r += s["records"]
        tot_a += s["articles"]
        for k, v in s["rejects"].items():
            tot_rej[k] = tot_rej.get(k, 0) + v
    rej = ", ".join(f"{k} {v}" for k, v in sorted(tot_rej.items()))
    out.append(f"| **total** | **{tot_r}** | **{tot_a}** | {rej} (**{tot_r - tot_a}**) |")
    out += ["", "## Expected articles", "",
            "Titles are the `<h1>` (the headline line for text pages). `published_at` is given only when the "
            "page states a time with an offset. \"date found in\" says where the date is, for the date steps.", "",
            "| page | file | title | outlet | publish_date | published_at (UTC) | authors | lang | date found in |",
            "|---|---|---|---|---|---|---|---|---|"]
    for e in LEDGER:
        if e["outcome"] != "article":
            continue
        x = e["expected"]
        out.append(f"| {e['page']} | `{e['file']}` | {x['title']} | {x['outlet']} | {x['publish_date'] or '(none)'} "
                   f"| {x['published_at'] or '-'} | {', '.join(x['authors']) or '-'} | {x['language']} "
                   f"| {md(x['date_from'])} |")
    out += ["", "## Expected partitions of the article table", "",
            "The `publish_date` / `outlet` pairs a run over `manifest.lst` writes. The page without a date "
            "goes wherever the project's README says rows without a publish date go.", "",
            "| publish_date | outlet | articles |", "|---|---|---:|"]
    for (day, outlet), n in partitions().items():
        out.append(f"| {day or '(none)'} | {outlet} | {n} |")
    out += ["", "## Every record", "", "| file | record | offset | kind | url | outcome | why |", "|---|---:|---:|---|---|---|---|"]
    for e in LEDGER:
        what = e.get("reason") or "article " + e["page"]
        out.append(f"| `{e['file']}` | {e['record']} | {e['offset']} | {e['kind']} | {e['url'] or '-'} "
                   f"| {what} | {md(e.get('note'))} |")
    return "\n".join(out)

# ---------------------------------------------------------------------------------------------
# --check: read the written files back with a separate, minimal parser
# ---------------------------------------------------------------------------------------------
def gzip_members(data):
    """Yields (offset, bytes) per gzip member; raises EOFError on a member cut short."""
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(31)
        out = d.decompress(data[pos:])
        if not d.eof:
            raise EOFError(f"gzip member at {pos} ends early")
        used = len(data) - pos - len(d.unused_data)
        yield pos, out
        pos += used


def parse_warc(stream):
    """Yields (offset, headers dict, block) from uncompressed WARC bytes."""
    pos = 0
    while pos < len(stream):
        end = stream.index(b"\r\n\r\n", pos)
        lines = stream[pos:end].decode("utf-8").split("\r\n")
        assert lines[0].startswith("WARC/"), lines[0]
        headers = dict(line.split(": ", 1) for line in lines[1:])
        length = int(headers["Content-Length"])
        block = stream[end + 4:end + 4 + length]
        assert len(block) == length, "short block"
        assert stream[end + 4 + length:end + 8 + length] == b"\r\n\r\n", "record not followed by CRLF CRLF"
        yield pos, headers, block
        pos = end + 8 + length


def dechunk(data):
    out, pos = bytearray(), 0
    while True:
        eol = data.index(b"\r\n", pos)
        size = int(data[pos:eol], 16)
        if size == 0:
            return bytes(out)
        out += data[eol + 2:eol + 2 + size]
        pos = eol + 4 + size


def check():
    problems = []
    by_file = {}
    for e in LEDGER:
        by_file.setdefault(e["file"], []).append(e)

    def warc_records(rel, whole):
        data = (HERE / rel).read_bytes()
        if whole:
            members = list(gzip_members(data))
            assert len(members) == 1, f"{rel}: {len(members)} gzip members, expected 1"
            return [(off, h, b) for off, h, b in parse_warc(members[0][1])], None
        recs, error = [], None
        try:
            for off, member in gzip_members(data):
                recs += [(off, h, b) for _, h, b in parse_warc(member)]
        except EOFError as ex:
            error = str(ex)
        return recs, error

    for rel, whole in (("warc/cc-news-sample.warc.gz", False), ("warc/heritrix-wholefile.warc.gz", True),
                       ("broken/truncated.warc.gz", False)):
        recs, error = warc_records(rel, whole)
        expected = by_file[rel]
        complete = [e for e in expected if e.get("reason") != "TRUNCATED_INPUT"]
        if len(recs) != len(complete):
            problems.append(f"{rel}: parsed {len(recs)} records, ledger has {len(complete)} complete ones")
        if (error is not None) != (len(complete) != len(expected)):
            problems.append(f"{rel}: truncation {'found' if error else 'not found'} ({error})")
        ids = set()
        for (off, h, block), e in zip(recs, complete):
            ids.add(h["WARC-Record-ID"])
            if off != e["offset"]:
                problems.append(f"{rel} #{e['record']}: offset {off} != {e['offset']}")
            if sha1_b32(block) != h["WARC-Block-Digest"]:
                problems.append(f"{rel} #{e['record']}: block digest")
            if e["outcome"] == "article":
                head, _, payload = block.partition(b"\r\n\r\n")
                head_text = head.decode("latin-1").lower()
                if "transfer-encoding: chunked" in head_text:
                    payload = dechunk(payload)
                if "\r\ncontent-encoding: gzip" in head_text:
                    payload = gzip.decompress(payload)
                enc = "cp1252" if e["page"] == "E" else "utf-8"
                if payload != page_bytes(e["page"], enc):
                    problems.append(f"{rel} #{e['record']}: payload differs from _sources/{PAGES[e['page']]['src']}")
        if len(ids) != len(recs):
            problems.append(f"{rel}: duplicate WARC-Record-IDs")

    for rel, opener in (("jsonl/crawl-export.jsonl", lambda p: p.read_bytes()),
                        ("jsonl/news-please-export.jsonl.gz", lambda p: gzip.decompress(p.read_bytes()))):
        lines = opener(HERE / rel).decode("utf-8").split("\n")
        assert lines[-1] == ""
        lines = lines[:-1]
        if len(lines) != len(by_file[rel]):
            problems.append(f"{rel}: {len(lines)} lines, ledger has {len(by_file[rel])}")
        for line, e in zip(lines, by_file[rel]):
            try:
                obj = json.loads(line)
            except ValueError:
                if e.get("reason") != "CORRUPT_RECORD":
                    problems.append(f"{rel} line {e['record']}: not JSON")
                continue
            if e.get("reason") == "CORRUPT_RECORD":
                problems.append(f"{rel} line {e['record']}: parses although meant to be corrupt")
            if obj.get("url") != e["url"]:
                problems.append(f"{rel} line {e['record']}: url {obj.get('url')} != {e['url']}")

    text = (HERE / "text" / "indianexpress-2022-09-08-scraped.txt").read_text(encoding="utf-8")
    if PAGES["TX1"]["title"] not in text:
        problems.append("seed page: headline not found")
    for e in LEDGER:
        if e["outcome"] == "article" and e["file"].startswith(("html/", "text/")):
            raw = (HERE / e["file"]).read_bytes()
            if e["file"].endswith(".gz"):
                raw = gzip.decompress(raw)
            if PAGES[e["page"]]["title"] not in raw.decode("utf-8-sig"):
                problems.append(f"{e['file']}: title not found")
    for pid, p in PAGES.items():
        if not p.get("src") or not p["src"].endswith((".html", ".htm")):
            continue
        source = (SRC / p["src"]).read_text(encoding="utf-8")
        for block in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', source, flags=re.S):
            try:
                json.loads(block)
            except ValueError as ex:
                problems.append(f"_sources/{p['src']}: JSON-LD does not parse: {ex}")
        h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", source, flags=re.S)
        if "title" in p and [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in h1] != [p["title"]]:
            problems.append(f"_sources/{p['src']}: <h1> {h1} is not the expected title")
    total = sum(f.stat().st_size for f in HERE.rglob("*") if f.is_file())
    print(f"check: sample-data/ holds {total} bytes")
    if total > 1_000_000:
        problems.append("sample-data/ is over 1 MB")
    for p in problems:
        print("PROBLEM:", p)
    print("check:", "OK" if not problems else f"{len(problems)} problem(s)")
    return not problems


def update_readme():
    """Rewrites the generated part of README.md, between the two markers, from the ledger."""
    readme = HERE / "README.md"
    if not readme.is_file():
        return
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- tables:begin (written by make-samples.py) -->", "<!-- tables:end -->"
    if begin not in text or end not in text:
        sys.exit("README.md lost its table markers")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(head + begin + "\n" + tables() + "\n" + end + tail, encoding="utf-8")


def main():
    counts = {
        "warc/cc-news-sample.warc.gz": build_cc_news(),
        "warc/heritrix-wholefile.warc.gz": build_heritrix(),
        "broken/truncated.warc.gz": build_truncated(),
        "jsonl/crawl-export.jsonl": build_crawl_export(),
        "jsonl/news-please-export.jsonl.gz": build_news_please(),
        "html/": build_html(),
        "text/": build_text(),
    }
    doc = {
        "about": "Expected outcome of every input record of sample-data/ (written by make-samples.py). "
                 "offset: byte offset of the gzip member (per-record gzip), of the record in the "
                 "uncompressed stream (whole-file gzip), or the 1-based line number (JSON Lines).",
        "min_text_chars_assumed": 200,
        "files": summary(),
        "partitions": [{"publish_date": d, "outlet": o, "articles": n} for (d, o), n in partitions().items()],
        "records": LEDGER,
    }
    # A manifest of the inputs, relative to the repository root, for `--input @sample-data/manifest.lst`.
    # Pointing the job at sample-data/ as a whole reads the same files: folder listings take only
    # dump file names and pass over names starting with "_" (this script's sources and expectations).
    inputs = sorted({e["file"] for e in LEDGER})
    (HERE / "manifest.lst").write_text("".join(f"sample-data/{f}\n" for f in inputs), encoding="utf-8")
    (HERE / "_expected.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, n in counts.items():
        print(f"{name:40s} {n:3d} records")
    s = summary()
    print(f"total: {sum(v['records'] for v in s.values())} records, "
          f"{sum(v['articles'] for v in s.values())} articles")
    update_readme()
    if "--tables" in sys.argv:
        print()
        print(tables())
    if "--check" in sys.argv and not check():
        sys.exit(1)


if __name__ == "__main__":
    main()
