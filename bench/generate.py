#!/usr/bin/env python3
"""Write a seeded corpus of synthetic wire stories for benchmarks: 10k, 100k or 1M files.

    python bench/generate.py OUT_DIR --count 100000 [--seed 7] [--words 600]

Stories look like real copy to the parser: a title line, a timestamp header, an optional
byline, a dateline in the agency's style, paragraphs of text, closing credits. The words
come from a per-language Zipf vocabulary built from syllables (no real text is used), so
term statistics resemble natural language. About 3 % of stories are near-duplicate
versions of an earlier one (an update with a later time and a changed paragraph).
Files are spread over subfolders of 1,000 so no folder grows huge.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

LANGS = {   # language -> (syllables, share of stories)
    "en": ("ba be con der en fi gar in la ment mo ness or pre ra sta ter tion un ver wa", 0.55),
    "fr": ("ai ban ce de é eu ger la lé ment mi on pou que ré son té tion un vé", 0.15),
    "de": ("ab be der ein en ge gen hei keit lich mit nach ri schaft sch ste ung ver zu", 0.15),
    "es": ("ba ca ción de do es la men mo na os pa que ra re ri sa ta to za", 0.15),
}
FUNCTION_WORDS = {
    "en": "the of and to in a is that for on said with as was by at it from".split(),
    "fr": "le la de et les des en un une du que pour dans est a sur par au".split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht".split(),
    "es": "el la de que y en los del se las por un para con no una su al".split(),
}
CITIES = ["SEOUL", "TOKYO", "WASHINGTON", "NEW YORK", "LONDON", "PARIS", "BERLIN", "KYIV",
          "MADRID", "HONG KONG", "SÃO PAULO", "RIO DE JANEIRO", "BEIJING", "NEW DELHI",
          "JOHANNESBURG", "SYDNEY", "MOSCOW", "BRUSSELS", "GENEVA", "FRANKFURT", "WIEN",
          "ROME", "CAIRO", "NAIROBI", "MEXICO CITY", "TORONTO", "SINGAPORE", "DUBAI"]
AGENCY_STYLES = [  # (agency, dateline template, credit template)
    ("Reuters", "{CITY} (Reuters) - ", "(Reporting by {A} and {B}; Editing by {C})"),
    ("Reuters", "{CITY}, {Mon} {d} (Reuters) - ", "(Reporting by {A}; Writing by {B}; Editing by {C})"),
    ("AP", "{CITY} (AP) — ", "Associated Press writer {B} contributed to this report."),
    ("AFP", "{City} (AFP) - ", "{desk}"),
    ("dpa", "{City} (dpa) - ", "(Bericht von {A}, redigiert von {C})"),
    ("EFE", "{CITY}, {d} {mon} (EFE).- ", "(Información de {A}; editado por {C})"),
]
FIRST = "Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kim Lena Marco Nadia Omar Paula Ravi Sofia Tomas Yuki".split()
LAST = "Adler Brandt Costa Dubois Evans Fischer Garcia Hansen Ito Jensen Kowalski Lopez Moreau Novak Okafor Park Rossi Schmidt Tanaka Weber".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def vocabulary(lang: str, rng: random.Random, size: int = 20000) -> list[str]:
    syl = LANGS[lang][0].split()
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syl) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words, key=lambda w: (len(w), w))


class Writer:
    def __init__(self, seed: int, words: int):
        self.rng = random.Random(seed)
        self.words = words
        self.vocab = {l: vocabulary(l, random.Random(seed + i)) for i, l in enumerate(LANGS)}
        # Zipf weights: the k-th word is drawn with weight 1/k.
        self.cum = []
        total = 0.0
        for k in range(1, 20001):
            total += 1.0 / k
            self.cum.append(total)
        self.langs = list(LANGS)
        self.lang_weights = [LANGS[l][1] for l in self.langs]

    def word(self, lang: str) -> str:
        r = self.rng.random() * self.cum[-1]
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        return self.vocab[lang][lo]

    def sentence(self, lang: str, n: int) -> str:
        fw = FUNCTION_WORDS[lang]
        ws = [self.rng.choice(fw) if self.rng.random() < 0.4 else self.word(lang) for _ in range(n)]
        ws[0] = ws[0].capitalize()
        return " ".join(ws) + "."

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def story(self, when: dt.datetime) -> tuple[str, str]:
        rng = self.rng
        lang = rng.choices(self.langs, self.lang_weights)[0]
        agency, dl_tpl, credit_tpl = rng.choice(AGENCY_STYLES)
        city = rng.choice(CITIES)
        title = " ".join(self.word(lang) for _ in range(rng.randint(5, 10))).capitalize()
        dateline = dl_tpl.format(CITY=city, City=city.title(), Mon=MONTHS[when.month - 1],
                                 mon=MONTHS[when.month - 1].lower(), d=when.day)
        paras, left = [], self.words
        while left > 0:
            n = min(left, rng.randint(30, 70))
            paras.append(" ".join(self.sentence(lang, k) for k in _split(n, rng)))
            left -= n
        paras[0] = dateline + paras[0]
        credit = credit_tpl.format(A=self.name(), B=self.name(), C=self.name(), desk="xx/yy/zz")
        byline = f"By {self.name()}\n" if rng.random() < 0.3 else ""
        stamp = when.strftime("%Y-%m-%d %H:%M UTC")
        return lang, f"{title}\n{stamp}\n{byline}\n" + "\n\n".join(paras) + f"\n\n{credit}\n"


def _split(n: int, rng: random.Random) -> list[int]:
    out = []
    while n > 0:
        k = min(n, rng.randint(8, 25))
        out.append(k)
        n -= k
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=600, help="words per story (mean)")
    ap.add_argument("--start", type=int, default=0, help="number of the first story (to add more later)")
    args = ap.parse_args(argv)
    w = Writer(args.seed + args.start, args.words)
    start = dt.datetime(2015, 1, 1)
    span = 10 * 365 * 24 * 3600
    previous: list[str] = []
    for i in range(args.start, args.start + args.count):
        folder = os.path.join(args.out, f"{i // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        if previous and w.rng.random() < 0.03:
            # a new version of a recent story: same text, one paragraph replaced
            base = w.rng.choice(previous)
            paras = base.split("\n\n")
            k = w.rng.randrange(1, max(2, len(paras) - 1))
            paras[k] = w.sentence("en", 30)
            text = "\n\n".join(paras)
        else:
            when = start + dt.timedelta(seconds=w.rng.randrange(span))
            _, text = w.story(when)
            previous = (previous + [text])[-50:]
        with open(os.path.join(folder, f"story-{i:07d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
    print(f"wrote {args.count} stories to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
