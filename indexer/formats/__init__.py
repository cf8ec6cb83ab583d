"""Readers for the forms a wire archive comes in, one module per form; `indexer.read` dispatches.

Every reader has the signature ``reader(data: bytes, path: str, key: str)`` and yields
`Document` items for the stories it finds and `ReadError` items for the parts it cannot read
(a broken record in a feed, a bad member of a zip), so one bad part never hides the others.

- base.py     Document, labels (``file#N``), safe XML, HTML fragments, author and language helpers
- html.py     saved web pages: trafilatura for the text, JSON-LD / Open Graph for the metadata
- jsonfeed.py JSON, JSON Lines, JSON Feed and IPTC ninjs
- nitf.py     NITF 3.x (also the NITF inside other envelopes)
- newsml1.py  IPTC NewsML 1.x (NewsML / NewsItem envelopes around NITF, XHTML or text)
- newsml.py   IPTC NewsML-G2 (newsMessage / newsItem)
- rss.py      RSS 2.0 and Atom feeds
- rcv.py      Reuters Corpus RCV1 / RCV2 <newsitem> XML
- xmlrecords.py XML of any other root (an archive's own export): elements read as JSON records
- mail.py     .eml messages and mbox mailboxes
- archive.py  .gz / .bz2 / .xz, .zip, .tar(.gz) with member labels ``archive.zip!inner/path``
- sgm.py      Reuters-21578 SGML
- csvtable.py CSV / TSV database exports: one story per row, columns mapped as JSON keys
- exports.py  Factiva / LexisNexis / Nexis Uni / ProQuest text exports: one file -> its documents
- trec.py     TREC / TIPSTER SGML <DOC> files (AP, WSJ, FT, LA Times, FBIS)
- wirefeed.py raw wire-feed captures (ZCZC/NNNN, SOH/STX/ETX/EOT, DataStream stamps): one file -> its items
- subtitles.py a bulletin's SubRip / WebVTT subtitle file saved as text: the cues' lines run together
"""
