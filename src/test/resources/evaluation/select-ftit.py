#!/usr/bin/env python3
"""Draw the 'ftit' evaluation sample (labeller: ftit).

Usage (from the repository root /work/main):
  python3 src/test/resources/evaluation/select-ftit.py \
      /work/shared/data/real/francetravail/ft-2024-11-it-1049.json \
      /work/shared/data/real/hellowork/hellowork-2026-01.csv

Writes, next to this script:
  francetravail-it-eval.json  100 offers of ft-2024-11-it-1049.json, in sampled order,
                              JSON array like the original (ensure_ascii=False, indent=1)
  hellowork-eval.csv          header + 100 distinct rows (by URL) of hellowork-2026-01.csv,
                              lines copied byte-exact (UTF-8 BOM, ';', CRLF), in sampled order

Exclusions (decided before labelling), searched in every file under
src/test/resources/normalize/** and data/samples/**:
  FT: any offer whose `id` occurs as a string in one of those files.
  HelloWork: a distinct row (first occurrence of its URL) is excluded when its URL or
  URL number occurs in those files, when any file line holding that URL is cited as
  "hellowork-2026-01.csv ... line N", or when its exact title occurs in those files
  (titles-real.csv cites HelloWork titles by line; titles repeat, so exclusion by title
  text is the conservative reading).
Sampling: random.Random(2026).sample(candidates, 100), one fresh generator per file,
candidates in original file order.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
SEED = 2026
N = 100


def corpus_text():
    texts = []
    for top in ('src/test/resources/normalize', 'data/samples'):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                with open(os.path.join(dirpath, name), encoding='utf-8', errors='replace') as f:
                    texts.append(f.read())
    return '\n'.join(texts)


def main(ft_path, hw_path):
    text = corpus_text()

    # France Travail
    with open(ft_path, encoding='utf-8') as f:
        offers = json.load(f)
    ft_cand = [o for o in offers if o['id'] not in text]
    ft_sample = random.Random(SEED).sample(ft_cand, N)
    with open(os.path.join(HERE, 'francetravail-it-eval.json'), 'w', encoding='utf-8') as f:
        json.dump(ft_sample, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'FT: {len(offers)} offers, {len(offers) - len(ft_cand)} excluded, '
          f'{len(ft_cand)} candidates, {len(ft_sample)} sampled')

    # HelloWork
    raw = open(hw_path, 'rb').read()
    lines = raw.split(b'\r\n')
    header = lines[0]
    cited_lines = {int(m) for m in re.findall(r'hellowork-2026-01\.csv\W+line (\d+)', text)}
    url_lines = {}
    first = {}
    for lineno, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        url = line.decode('utf-8').split(';')[-1]
        url_lines.setdefault(url, []).append(lineno)
        first.setdefault(url, line)
    hw_cand = []
    excluded = 0
    for url, line in first.items():
        title = line.decode('utf-8').split(';')[0]
        number = re.search(r'/(\d+)\.html', url).group(1)
        if (url in text or number in text or title in text
                or any(n in cited_lines for n in url_lines[url])):
            excluded += 1
            continue
        hw_cand.append(line)
    hw_sample = random.Random(SEED).sample(hw_cand, N)
    with open(os.path.join(HERE, 'hellowork-eval.csv'), 'wb') as f:
        f.write(header + b'\r\n' + b''.join(l + b'\r\n' for l in hw_sample))
    print(f'HelloWork: {len(first)} distinct rows, {excluded} excluded, '
          f'{len(hw_cand)} candidates, {len(hw_sample)} sampled')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: select-ftit.py FT_IT_JSON HELLOWORK_CSV')
    main(sys.argv[1], sys.argv[2])
