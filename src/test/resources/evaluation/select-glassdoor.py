#!/usr/bin/env python3
"""Draw the Glassdoor part of the hand-labelled evaluation set.

Usage (from /work/main):
  python3 src/test/resources/evaluation/select-glassdoor.py \
      /work/shared/data/real/glassdoor/glassdoor-2020.csv \
      src/test/resources/normalize data/samples/glassdoor \
      src/test/resources/evaluation/glassdoor-eval.csv

Candidates: every record of glassdoor-2020.csv (record id = first, unnamed column) except
  - records cited in the normalizer's rule tables (any file under the normalize folder that
    names glassdoor-2020.csv followed by a record number: "glassdoor/glassdoor-2020.csv,NN",
    "glassdoor-2020.csv | index NN", "glassdoor-2020.csv row NN");
  - records shipped in the Glassdoor samples folder (first column of every *.csv there).
Sample: random.Random(2026).sample(candidates, 100), kept in the drawn order.
Output: the original header line + each sampled record copied byte-exact (CSV quoting kept).
"""
import csv
import io
import pathlib
import random
import re
import sys

SEED = 2026
SIZE = 100
CITE = re.compile(r"glassdoor[\w/.-]*?-2020\.csv\s*[,|;]?\s*\|?\s*(?:index|row|record)?\s*(\d+)",
                  re.IGNORECASE)


def raw_records(data: bytes):
    """Split CSV bytes into raw records (quote-aware), each with its line end."""
    out, start, quoted, i, n = [], 0, False, 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:  # "
            quoted = not quoted  # a doubled "" toggles twice: fine
        elif c == 0x0A and not quoted:
            out.append(data[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(data[start:])
    return out


def main(src, normalize_dir, samples_dir, out):
    data = pathlib.Path(src).read_bytes()
    recs = raw_records(data)
    header, body = recs[0], recs[1:]
    ids = [next(csv.reader(io.StringIO(r.decode("utf-8"))))[0] for r in body]
    assert len(ids) == len(set(ids)), "duplicate record ids"

    cited = set()
    for f in pathlib.Path(normalize_dir).rglob("*"):
        if f.is_file():
            cited.update(CITE.findall(f.read_text(encoding="utf-8", errors="replace")))
    shipped = set()
    for f in pathlib.Path(samples_dir).rglob("*.csv"):
        with open(f, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        shipped.update(r[0] for r in rows[1:] if r)

    candidates = [i for i, rid in enumerate(ids) if rid not in cited and rid not in shipped]
    picked = random.Random(SEED).sample(candidates, SIZE)
    pathlib.Path(out).write_bytes(header + b"".join(body[i] for i in picked))

    # check: the eval file parses to the same fields as the originals
    with open(out, newline="", encoding="utf-8") as fh:
        got = list(csv.reader(fh))
    with open(src, newline="", encoding="utf-8") as fh:
        orig = {r[0]: r for r in list(csv.reader(fh))[1:]}
    assert len(got) == SIZE + 1 and all(orig[r[0]] == r for r in got[1:])
    print(f"records {len(ids)}, cited in normalize {len(cited & set(ids))}, "
          f"shipped in samples {len(shipped & set(ids))}, excluded {len(ids) - len(candidates)}, "
          f"candidates {len(candidates)}, sampled {SIZE}")
    print("sampled ids:", " ".join(ids[i] for i in picked))


if __name__ == "__main__":
    main(*sys.argv[1:5])
