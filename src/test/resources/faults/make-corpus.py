#!/usr/bin/env python3
"""Writes the small, committed files of the fault corpus (src/test/resources/faults/).

Every file here is broken or odd on purpose; cases.tsv (written by hand) says what each must
produce. Big and pathological files (a 50 MB page, a gzip bomb, a 100,000-deep DOM...) are not
here: io.gazette.faults.GeneratedFaults writes them at test time.

The stories are invented for this corpus. Deterministic: gzip mtime 0, fixed dates and ids, so a
re-run gives byte-identical files.  Usage: python3 make-corpus.py  (from any folder)
"""
import gzip
import io
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"

# An invented English story: distinct paragraphs, well over the 200-character minimum.
STORY_EN = [
    "The harbour board of Port Ellery voted on Tuesday to rebuild the north breakwater, ending a dispute that has divided the town for six years.",
    "Engineers told the board that the old wall, finished in 1911, now moves by several centimetres in every winter storm, and that a collapse would close the fishing quay for months.",
    "The new design, a sloped wall of interlocking concrete blocks, will cost about 41 million pounds, of which the regional fund pays two thirds.",
    "Opponents, mostly owners of the cafes along the promenade, had argued that years of building work would keep summer visitors away, and asked for the repairs to be done in stages.",
    "Board chair Miriam Oduya said the staged plan had been studied in detail but would have cost more and left the quay exposed for longer.",
    "Work is due to start in March, and the contractor has agreed to keep the promenade open at weekends during the holiday season.",
]


def article_html(title, paragraphs, charset_meta=None, extra_head="", lang="en"):
    meta = '<meta charset="%s">' % charset_meta if charset_meta else ""
    body = "\n".join("<p>%s</p>" % p for p in paragraphs)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head>%s<title>%s</title>%s</head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n"
            "</article>\n</body></html>\n") % (lang, meta, title, extra_head, title, body)


def en_page(n=1, **kw):
    """The story with a numbered title, so that every page of a file is a different article."""
    return article_html("Port Ellery votes to rebuild its breakwater (%d)" % n, STORY_EN, **kw).encode("utf-8")


def http(body, content_type="text/html; charset=utf-8", status="200 OK", headers=(), eol=CRLF):
    head = [b"HTTP/1.1 " + status.encode()]
    if content_type is not None:
        head.append(b"Content-Type: " + content_type.encode("latin-1"))
    head += [h.encode("latin-1") for h in headers]
    head.append(b"Content-Length: %d" % len(body))
    return eol.join(head) + eol + eol + body


def warc(rtype, n, block, uri=None, content_type="application/http; msgtype=response", extra=(), eol=CRLF,
         length=None, version=b"WARC/1.0"):
    h = [version, b"WARC-Type: " + rtype.encode(),
         b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>" % n,
         b"WARC-Date: 2026-03-14T08:%02d:00Z" % (n % 60)]
    if uri:
        h.append(b"WARC-Target-URI: " + uri.encode())
    if content_type:
        h.append(b"Content-Type: " + content_type.encode())
    h += [e.encode("latin-1") for e in extra]
    h.append(b"Content-Length: %d" % (len(block) if length is None else length))
    return eol.join(h) + eol + eol + block + eol + eol


def warcinfo(n=0):
    return warc("warcinfo", n, b"software: make-corpus.py\r\nformat: WARC File Format 1.0\r\n",
                content_type="application/warc-fields")


def response(n, body=None, uri=None, **kw):
    body = en_page(n) if body is None else body
    return warc("response", n, http(body, **kw), uri=uri or "https://porttimes.example.com/news/%d" % n)


def gz(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as f:
        f.write(data)
    return out.getvalue()


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    three = [warcinfo(0), response(1), response(2)]

    # --- gzip -------------------------------------------------------------------------------
    members = [gz(r) for r in three]
    whole = b"".join(members)
    # cut in the middle of the third member's deflate data
    write("gzip-truncated.warc.gz", whole[: len(members[0]) + len(members[1]) + len(members[2]) // 2])
    # one member over the whole file (wget -z, some hand-made archives)
    write("gzip-whole-file.warc.gz", gz(b"".join(three)))
    # members cut every 97 bytes, so boundaries fall inside headers, bodies and the CRLFCRLF trailer
    raw = b"".join(three)
    write("gzip-odd-member-boundaries.warc.gz", b"".join(gz(raw[i:i + 97]) for i in range(0, len(raw), 97)))
    # empty gzip members between records (some writers flush an empty member)
    write("gzip-empty-members.warc.gz", members[0] + gz(b"") + gz(b"") + members[1] + gz(b"") + members[2])
    # junk after the last member: a crashed writer or a concatenation gone wrong
    write("gzip-junk-after-last-member.warc.gz", whole + b"this is not gzip\n" * 4)
    # NUL padding after the last member (a preallocated file never filled)
    write("gzip-nul-padding-after-members.warc.gz", whole + b"\0" * 4096)
    # the gzip header itself cut (10-byte header, 5 given)
    write("gzip-header-only.warc.gz", members[0][:5])
    # a bit flipped inside the deflate data of the second member
    flipped = bytearray(whole)
    flipped[len(members[0]) + 40] ^= 0x55
    write("gzip-corrupt-deflate.warc.gz", bytes(flipped))

    # --- WARC headers -----------------------------------------------------------------------
    ok1, ok3 = response(1), response(3)
    write("warc-content-length-not-a-number.warc",
          ok1 + response(2).replace(b"Content-Length: ", b"Content-Length: twelve", 1) + ok3)
    write("warc-missing-content-length.warc",
          ok1 + b"\r\n".join(l for l in response(2).split(b"\r\n") if not l.startswith(b"Content-Length"))
          + ok3)
    write("warc-garbage-header-line.warc",
          ok1 + response(2).replace(b"WARC-Date:", b"\x01\x02garbage line without a colon\r\nWARC-Date:", 1) + ok3)
    write("warc-unknown-version.warc", ok1 + response(2).replace(b"WARC/1.0", b"WARC/9.9", 1) + ok3)
    write("warc-binary-junk-between-records.warc", ok1 + bytes(range(256)) * 4 + response(2) + ok3)
    write("warc-0.17.warc", response(1).replace(b"WARC/1.0", b"WARC/0.17", 1))
    write("warc-wget-angle-uri.warc",
          warc("response", 1, http(en_page(1)), uri="<https://porttimes.example.com/news/1>"))

    # --- Content-Length lies ----------------------------------------------------------------
    r2 = response(2)
    head, _, _ = r2.partition(b"\r\n\r\n")
    block = r2[len(head) + 4:-4]
    too_long = warc("response", 2, block, uri="https://porttimes.example.com/news/2", length=len(block) + 700)
    write("warc-content-length-too-long.warc", ok1 + too_long + ok3)
    too_short = warc("response", 2, block, uri="https://porttimes.example.com/news/2", length=len(block) - 300)
    too_short = too_short[:-4] + block[len(block) - 300:] + b"\r\n\r\n"
    write("warc-content-length-too-short.warc", ok1 + too_short + ok3)
    # the last record declares more bytes than the file holds
    write("warc-last-record-cut.warc", ok1 + response(2)[:-900])

    # --- NUL padding, line endings ----------------------------------------------------------
    write("warc-nul-padding-at-end.warc", ok1 + response(2) + b"\0" * 8192)
    body = en_page(2)
    padded = body[: len(body) * 2 // 3] + b"\0" * (len(body) - len(body) * 2 // 3)
    write("warc-record-nul-padded.warc", ok1 + response(2, body=padded) + ok3)
    crcrlf = b"\r\r\n"
    write("warc-cr-cr-lf.warc", b"".join(
        warc("response", n, http(en_page(n), eol=crcrlf), uri="https://porttimes.example.com/news/%d" % n, eol=crcrlf)
        for n in (1, 2)))
    write("warc-lf-only.warc", b"".join(
        warc("response", n, http(en_page(n), eol=b"\n"), uri="https://porttimes.example.com/news/%d" % n, eol=b"\n")
        for n in (1, 2)))

    # --- record types -----------------------------------------------------------------------
    req = warc("request", 4, b"GET /news/1 HTTP/1.1\r\nHost: porttimes.example.com\r\n\r\n",
               uri="https://porttimes.example.com/news/1", content_type="application/http; msgtype=request")
    meta = warc("metadata", 5, b"via: https://porttimes.example.com/\r\n", uri="https://porttimes.example.com/news/1",
                content_type="application/warc-fields")
    revisit = warc("revisit", 6, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                   uri="https://porttimes.example.com/news/1",
                   extra=("WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
                          "WARC-Refers-To-Target-URI: https://porttimes.example.com/news/1",
                          "WARC-Refers-To-Date: 2026-03-13T08:00:00Z"))
    revisit_empty = warc("revisit", 7, b"", uri="https://porttimes.example.com/news/2",
                         extra=("WARC-Profile: http://netpreserve.org/warc/1.1/revisit/server-not-modified",))
    write("warc-revisit-request-metadata.warc", warcinfo(0) + req + ok1 + meta + revisit + revisit_empty)

    # --- binary payloads labelled as HTML ---------------------------------------------------
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
    png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8
    jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0" + bytes(range(256)) * 8
    nuls = b"<html><body>" + bytes(range(256)) * 8   # NUL bytes inside, not only as trailing padding
    write("warc-binary-labelled-html.warc", b"".join(
        response(10 + i, body=b) for i, b in enumerate([pdf, png, jpeg, nuls])))
    write("html-file-is-a-pdf.html", pdf)

    # --- charsets ---------------------------------------------------------------------------
    ja = ["港町エラリーの港湾委員会は火曜日、北側の防波堤を建て直すことを決めた。六年にわたって町を二分してきた議論に区切りがついた。",
          "技術者によると、一九一一年に完成した古い防波堤は冬の嵐のたびに数センチずつ動いており、崩れれば漁港が何か月も使えなくなるという。",
          "新しい設計はコンクリートのブロックを組み合わせた傾斜堤で、費用の三分の二は地域の基金が負担する。工事は三月に始まる予定だ。",
          "反対してきたのは遊歩道沿いのカフェの店主たちで、長い工事で夏の観光客が遠のくと訴え、工事を段階に分けるよう求めていた。",
          "委員長のミリアム・オドゥヤ氏は、段階的な工事も詳しく検討したが、費用がかさみ、漁港が無防備な期間も長くなると説明した。"]
    zh = ["埃勒里港港务委员会周二投票决定重建北防波堤，结束了困扰小镇六年的争论。",
          "工程师告诉委员会，这座建于一九一一年的旧堤在每次冬季风暴中都会移动几厘米，一旦坍塌，渔港将关闭数月。",
          "新设计采用互锁混凝土块组成的斜坡堤，总造价约四千一百万英镑，其中三分之二由地区基金支付。工程预计三月开工。",
          "反对者主要是海滨步道沿线的咖啡馆店主，他们认为多年的施工会让夏季游客望而却步，要求分阶段进行维修。",
          "委员会主席米丽娅姆·奥杜亚表示，分阶段方案已经过详细研究，但成本更高，而且渔港无遮挡的时间也会更长。",
          "承包商同意在旅游旺季的周末保持海滨步道开放，以减少对商户的影响。"]
    ru = ["Совет порта Эллери во вторник проголосовал за восстановление северного волнолома, завершив спор, который шесть лет разделял город.",
          "Инженеры сообщили совету, что старая стена, построенная в 1911 году, смещается на несколько сантиметров во время каждого зимнего шторма.",
          "Новый проект предусматривает наклонную стену из сцепленных бетонных блоков; две трети стоимости оплатит региональный фонд."]
    de = ["Der Hafenrat von Port Ellery hat am Dienstag beschlossen, die nördliche Mole neu zu bauen. Damit endet ein Streit, der die Stadt sechs Jahre lang gespalten hat.",
          "Die Ingenieure berichteten, dass sich die alte Mauer aus dem Jahr 1911 bei jedem Wintersturm um einige Zentimeter bewegt. Größere Schäden würden den Fischkai für Monate schließen.",
          "Der neue Entwurf, eine schräge Wand aus verzahnten Betonblöcken, kostet rund 41 Millionen Pfund; zwei Drittel zahlt der regionale Fonds. Die Arbeiten beginnen im März."]
    write("charset-shift_jis-in-header.warc", response(
        20, body=article_html("港町エラリー、北防波堤の建て直しを決定", ja, lang="ja").encode("shift_jis"),
        content_type="text/html; charset=Shift_JIS"))
    write("charset-gbk-unlabelled.html", article_html("埃勒里港决定重建北防波堤", zh, lang="zh").encode("gbk"))
    write("charset-windows-1251-meta-only.html",
          article_html("Порт Эллери восстановит волнолом", ru, charset_meta="windows-1251", lang="ru").encode("cp1251"))
    write("charset-latin1-labelled-utf8.warc", response(
        21, body=article_html("Port Ellery baut die Mole neu", de, lang="de").encode("latin-1"),
        content_type="text/html; charset=utf-8"))
    write("charset-utf8-labelled-latin1-meta.html",
          article_html("Port Ellery baut die Mole neu", de, charset_meta="iso-8859-1", lang="de").encode("utf-8"))
    write("charset-malformed-labels.warc", response(
        22, body=article_html("Port Ellery baut die Mole neu", de, charset_meta="utf-8;", lang="de").encode("utf-8"),
        content_type="text/html; charset=\"none\"") + response(
        23, body=article_html("Port Ellery baut die Mole neu (2)", de, charset_meta="x-does-not-exist", lang="de").encode("latin-1"),
        content_type="text/html; charset=unicode-2-0-utf-8"))

    # --- JSON Lines -------------------------------------------------------------------------
    import json
    page = en_page(30).decode("utf-8")
    good = json.dumps({"url": "https://porttimes.example.com/news/30", "html": page, "id": "j30"}).encode()
    bad_utf8 = (b'{"url": "https://porttimes.example.com/news/31", "id": "j31", "html": "'
                + json.dumps(en_page(31).decode("utf-8"))[1:-1].encode().replace(b"harbour", b"harb\xff\xfeour")
                + b'"}')
    lines = [
        good,
        bad_utf8,
        b'{"url": "https://porttimes.example.com/news/32", "html": "<p>cut here',     # JSON cut mid-string
        b'["not", "an", "object"]',
        b'{"html": "<p>no url at all</p>"}',
        b'{"url": ["https://porttimes.example.com/news/33"], "html": "<p>url is an array</p>"}',
        b'{"url": "https://porttimes.example.com/news/34", "html": ""}',
        b'{"url": "https://porttimes.example.com/news/35", "html": {"nested": "object"}}',
        b"\0\0\0\0",
        b'{"url": "https://porttimes.example.com/news/36", "html": "x"} trailing',
        b"   ",
    ]
    write("jsonl-bad-lines.jsonl", b"\n".join(lines) + b"\n")
    # a line nested 5,000 deep in a field nobody reads, then a good line
    deep = b'{"url": "https://porttimes.example.com/news/37", "extra": ' + b"[" * 5000 + b"]" * 5000 + b', "html": "x"}'
    write("jsonl-deep-nesting.jsonl", deep + b"\n" + good + b"\n")
    # no newline at the end, CRLF line ends, a UTF-8 BOM at the start
    write("jsonl-bom-crlf-no-final-newline.jsonl", b"\xef\xbb\xbf" + good + b"\r\n" + good.replace(b"j30", b"j30b"))
    write("jsonl-truncated.jsonl.gz", gz(good + b"\n" + good.replace(b"j30", b"j30c") + b"\n")[:-200])

    # --- regular expressions: inputs that make a backtracking pattern work hard ----------------
    # TextDecoder.META_CHARSET: "\\s*[\"']?\\s*" splits a run of spaces k ways, for every "<meta" before it
    write("regex-meta-charset-spaces.html", b"<html><head>" + b"<meta " * 60 + b"charset=" + b" " * 3600 + b">"
          + en_page(50))
    # HtmlFileReader.SINGLEFILE: the same double "\\s*" around an optional group, in the first 32 KB
    write("regex-singlefile-comment-spaces.html", b"<!DOCTYPE html><html><head><!-- Page saved with SingleFile" + b" " * 30000 + b"-->\n"
          + en_page(51))
    # HtmlFileReader.REL_CANONICAL and OG_URL: rel= / property= followed by a long run of spaces
    write("regex-rel-canonical-spaces.html", b"<html><head><link rel=" + b" " * 15000 + b"x href=\"https://a.example/\">"
          + b"<meta property=" + b" " * 15000 + b"x content=\"https://b.example/\">" + en_page(52))
    # HtmlFileReader.LINK_TAG / META_TAG: thousands of unclosed "<link" each scanning to the next ">"
    write("regex-unclosed-link-tags.html", b"<html><head>" + b"<link<meta " * 2700 + b">" + en_page(53))
    # Whitespace runs inside metadata values: title and byline patterns split on "\\s+...\\s+",
    # safe only because the values are collapsed first; this file keeps it that way.
    write("regex-whitespace-runs-in-metadata.html.gz", gz(en_page(54, extra_head=(
        '<meta property="og:title" content="Port Ellery' + " " * 40000 + 'votes">'
        '<meta name="author" content="Miriam' + " " * 40000 + 'Oduya' + " \t" * 20000 + 'and">'
        '<meta property="article:published_time" content="2026-03-14' + " " * 40000 + 'T08:00">'
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"By' + " " * 40000
        + 'Miriam"},"datePublished":"March' + " " * 40000 + '14"}</script>'))))
    # Near misses for the patterns the extractor runs over article text: dates, credits, datelines,
    # handles, captions, junk blocks. Each run is long enough that a quadratic pattern would show.
    near = [
        "WASHINGTON" + " " * 8000 + "(",
        "New Delhi, " + "Sep " * 2000 + "8",
        "(" * 8000 + "Reuters",
        "@" * 8000 + "handle",
        "Copyright " * 800 + "2026",
        "With inputs from " * 500 + "nobody",
        "January " + " " * 8000 + "14th, twenty twenty-six",
        "12 " * 3000 + "May",
        "2026-03-" * 1000,
        "share this " * 800 + "article today",
        "follow us " * 800 + "\u2029",
    ]
    # (two near misses that are slow today are generated files of their own: see cases.tsv)
    paras = STORY_EN + ["%s and the board said nothing more." % n for n in near]
    write("regex-near-misses.html.gz", gz(article_html("Port Ellery tests the patterns", paras).encode("utf-8")))
    plain_lines = ["Port Ellery tests the line patterns of plain-text pages", "", "March 14, 2026", ""] + STORY_EN + [
        "(photo" + " x" * 20000 + ")",
        "(With " + "PTI " * 10000 + "inputs",
        "Source: " + "agency " * 10000,
        "Subscriber Only Stories " * 3000,
        "1 comment(s)" + " " * 20000 + "x",
        "Published on: " + "March " * 5000,
    ] + STORY_EN
    write("regex-plain-text-near-misses.txt.gz", gz(("\n".join(plain_lines) + "\n").encode("utf-8")))

    # --- one-page files ---------------------------------------------------------------------
    # 10 KB of blank lines before the page (template engines leave them): the page is still HTML
    write("html-leading-blank-lines.html", b"\r\n" * 5000 + en_page(55))
    write("empty-file.html", b"")
    write("whitespace-only.txt", b" \r\n\t\n" * 10)
    write("one-byte.warc", b"W")
    write("bom-only.html", b"\xef\xbb\xbf")
    # JSON-LD nested 3,000 deep beside a normal article
    write("html-deep-json-ld.html", en_page(40, extra_head='<script type="application/ld+json">'
                                           + '{"a":' * 3000 + '1' + '}' * 3000 + '</script>'))
    # unclosed tags, a stray </html> early, attributes without end
    write("html-tag-soup.html", (b"<html><body></html><div class=\"a><p>" + b"<table><tr><td>" * 200
                                 + en_page(41) + b"<p <div <<<>>> &#xffffffff; &#0; &bogus;"))


if __name__ == "__main__":
    main()
