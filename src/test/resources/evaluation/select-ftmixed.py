#!/usr/bin/env python3
"""Re-draws the France Travail 'mixed' evaluation sample (labeller: ftmixed).

Usage (from the repository root /work/main):
  python3 src/test/resources/evaluation/select-ftmixed.py \
      /work/shared/data/real/francetravail/ft-2024-11-mixed-521.json \
      src/test/resources/evaluation/francetravail-mixed-eval.json

Rule (see notes-ftmixed.md): candidates = every offer of the original, in file order, whose
France Travail `id` does not occur anywhere in src/test/resources/normalize/** (the rule tables
the normalizer was developed on) nor in data/samples/francetravail/*.json (shipped samples).
Then random.Random(2026).sample(candidates, 100); records are kept in the sampled order and
written as a JSON array (the original's wrapper) with json.dumps(ensure_ascii=False, indent=1),
which reproduces the original's formatting byte for byte.
"""
import glob
import json
import os
import random
import sys

SEED = 2026
SIZE = 100


def main(original, out, repo='.'):
    with open(original, encoding='utf-8') as f:
        offers = json.load(f)
    excluded_files = [p for p in glob.glob(os.path.join(repo, 'src/test/resources/normalize/**'), recursive=True)
                      if os.path.isfile(p)]
    excluded_files += glob.glob(os.path.join(repo, 'data/samples/francetravail/*.json'))
    texts = []
    for p in sorted(excluded_files):
        with open(p, encoding='utf-8', errors='replace') as f:
            texts.append(f.read())
    blob = '\n'.join(texts)
    candidates = [o for o in offers if o['id'] not in blob]
    sample = random.Random(SEED).sample(candidates, SIZE)
    with open(out, 'w', encoding='utf-8') as f:
        f.write(json.dumps(sample, ensure_ascii=False, indent=1))
    print(f'{len(offers)} offers, {len(offers) - len(candidates)} excluded, '
          f'{len(candidates)} candidates, {len(sample)} written to {out}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
