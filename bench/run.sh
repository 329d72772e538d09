#!/usr/bin/env bash
# techdir benchmark: times the whole pipeline (bin/techdir run) on generated postings and, next to
# it, a plain single-threaded Java loop running the same readers and parsers over the same files
# (bin/techdir bench-loop), so Spark's overhead is visible.
#
#   bench/run.sh                 # 100 000 and 1 000 000 postings
#   bench/run.sh 20000 100000    # other sizes
#   BENCH_PARSERS=off bench/run.sh   # without the parsers-alone table at the end
#   BENCH_RUNS=off bench/run.sh      # without the warm-JVM runs of the largest size
#
# The warehouse is off (--no-warehouse): the figure is gather + normalize + report; a Delta merge
# of the postings comes on top in a scheduled run.
# Inputs are generated once into data/generated/bench-N/ (git-ignored) as PARTS files of N/PARTS
# rows each (seeds 1..PARTS): Spark reads one file per task, so a folder of parts uses every core.
# Prints, per size: wall time, peak resident memory (GNU time), postings/s per stage from the
# run's manifest, and the plain loop's postings/s; then the largest size run three times in one
# JVM, as `bin/techdir schedule` runs the jobs it fires (bin/techdir bench-runs: the first run pays
# the JVM's warm-up, the later ones show the steady state); then the parsers alone
# (bin/techdir bench-parsers).
set -euo pipefail
cd "$(dirname "$0")/.."
parts="${PARTS:-4}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000)
timer=/usr/bin/time
[[ -x $timer ]] || { echo "bench: needs GNU time (Debian: apt-get install time)" >&2; exit 1; }

bin/techdir --version >/dev/null   # builds first, so the build is not timed
# After a build, one untimed run on the samples writes the class-data sharing archive (about 15 s,
# once; see bin/techdir; the start above dropped any archive of an earlier build), so that the
# timed runs start as every later run does.
if [[ "${TECHDIR_CDS:-on}" != off ]] && ! compgen -G "target/cds/techdir-*.jsa" >/dev/null; then
  warm="$(mktemp -d)"
  bin/techdir run -q --no-warehouse --out "$warm/report" >/dev/null 2>&1
  rm -rf "$warm"
  bin/techdir --version >/dev/null   # adopts it
fi

for n in "${sizes[@]}"; do
  dir="data/generated/bench-$n"
  if [[ ! -f "$dir/.complete" ]]; then
    mkdir -p "$dir"
    for ((p = 1; p <= parts; p++)); do
      bin/techdir generate --postings $((n / parts)) --seed "$p" --out "$dir/part-$p.csv" >/dev/null
    done
    touch "$dir/.complete"
  fi
  out="$(mktemp -d)"
  $timer -f '%e %M' -o "$out/time.txt" bin/techdir run -q --no-warehouse --source "csv:$dir" --out "$out/report" \
    --as-of 2026-01-01 >/dev/null
  read -r wall rss_kb <"$out/time.txt"
  loop="$(bin/techdir bench-loop --source "csv:$dir" --warmup 0)"
  python3 - "$n" "$wall" "$rss_kb" "$out/report/manifest.json" "$loop" <<'PY'
import json, sys
n, wall, rss_kb, manifest, loop = sys.argv[1:]
m = json.load(open(manifest))
c, t = m["counts"], m["timings_ms"]
print(f"== {int(n):,} generated postings ({c['input']:,} records: {c['normalized']:,} normalized,"
      f" {c['rejected']:,} rejected, {c['duplicates']:,} duplicates)")
print(f"   wall {float(wall):.1f} s (JVM + Spark start included), peak RSS {int(rss_kb) / 1024:.0f} MB")
for stage in ["gather_normalize_check", "deduplicate", "statistics", "report", "total"]:
    ms = t.get(stage, 0)
    rate = c["input"] / (ms / 1000) if ms else float("nan")
    print(f"   {stage:<24}{ms / 1000:8.1f} s {rate:12,.0f} postings/s")
kv = dict(x.split("=") for x in loop.split())
print(f"   plain Java loop (1 thread): read {float(kv['read_per_s']):,.0f}/s,"
      f" read+normalize+check {float(kv['normalize_per_s']):,.0f}/s")
PY
  rm -rf "$out"
done

# The largest size again, three runs in one JVM (the first one cold, like every `bin/techdir run`
# above; the later ones warm, like a scheduled job's second run). BENCH_RUNS=off skips it.
if [[ "${BENCH_RUNS:-on}" != off ]]; then
  n="${sizes[${#sizes[@]}-1]}"
  echo "== $n generated postings, three runs in one JVM (bin/techdir bench-runs)"
  out="$(mktemp -d)"
  bin/techdir bench-runs --runs 3 --out "$out" -- --source "csv:data/generated/bench-$n" --no-warehouse \
    --as-of 2026-01-01 -q | grep -E '^(run|first run)' | sed 's/^/   /'
  rm -rf "$out"
fi

# The parsers alone, one thread, in the JVM every command runs in (issue 3's targets: a whole
# posting under 20 us, its short fields under 5 us). BENCH_PARSERS=off skips it.
if [[ "${BENCH_PARSERS:-on}" != off ]]; then
  echo "== parsers alone (bin/techdir bench-parsers: 20 000 generated postings, seed 7, the first 5 000)"
  bin/techdir bench-parsers --steps | sed 's/^/   /'
  # the same on the real postings shipped with the project (their descriptions are about three
  # times as long as the generated ones)
  echo "== parsers alone on the shipped real samples (France Travail, Glassdoor)"
  bin/techdir bench-parsers --steps --from francetravail:data/samples/francetravail --from csv:data/samples/glassdoor \
    | sed 's/^/   /'
fi
