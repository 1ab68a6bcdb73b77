#!/usr/bin/env python3
"""compare.py ORACLE.tsv OURS.tsv [MANIFEST.tsv] [--show N]
Compares the BR-* findings (ID:flag) of the reference validator (batch.sh --flags) with ours (ours.cs),
file by file; CII-SR/CII-DT (syntax pattern) are ignored. Prints the disagreeing files and per-rule counts."""
import collections, os, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = 40
if "--show" in sys.argv:
    show = int(sys.argv[sys.argv.index("--show") + 1])
    args.remove(str(show))


def load(path, col):
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "file" or len(parts) <= col - 1:
            continue
        fired = parts[col] if len(parts) > col else ""
        if "ORACLE-ERROR" in fired or (len(parts) > 1 and parts[1] == "error"):
            out[os.path.basename(parts[0])] = None
            continue
        out[os.path.basename(parts[0])] = {x for x in fired.split(",") if x.startswith("BR-")}
    return out


oracle = load(args[0], 2)
ours = load(args[1], 1)
manifest = {}
if len(args) > 2:
    for line in open(args[2], encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        manifest[p[0]] = (os.path.basename(p[1]), p[2] if len(p) > 2 else "")
agree = disagree = errors = 0
missing = collections.Counter()
extra = collections.Counter()
shown = 0
for f in sorted(oracle):
    if oracle[f] is None:
        errors += 1
        continue
    mine = ours.get(f, set())
    if mine == oracle[f]:
        agree += 1
        continue
    disagree += 1
    m, x = sorted(oracle[f] - mine), sorted(mine - oracle[f])
    for i in m:
        missing[i] += 1
    for i in x:
        extra[i] += 1
    if shown < show:
        shown += 1
        seed, log = manifest.get(f, ("", ""))
        print(f"{f} [{seed}: {log}] missing={m} extra={x}")
total = agree + disagree
print(f"\n{total} files compared ({errors} oracle errors skipped): {agree} agree, {disagree} disagree ({100.0 * disagree / max(total, 1):.2f} %)")
print("missing by rule:", dict(missing.most_common()))
print("extra by rule:", dict(extra.most_common()))
