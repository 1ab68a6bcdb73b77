#!/usr/bin/env python3
"""expected.py OURS.tsv: compares our en16931 CII findings (ours.cs output over ../shared/einvoice) with the
reference results in expected/{examples,xrechnung,zugferd}.tsv, restricted to the ids of the EN16931-CII-Model
and EN16931-Codes patterns (flag fatal), for CII files on which the reference ran the en16931 rule set."""
import os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, "../../../shared/einvoice"))
sch = open(os.path.join(shared, "rules/en16931-1.3.16/EN16931-CII-validation-preprocessed.sch"), encoding="utf-8").read()
ids = {i for i in re.findall(r'assert id="(BR-[^"]+)"', sch)}
ours = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f, _, fired = line.rstrip("\n").partition("\t")
    ours[os.path.realpath(f)] = {x for x in fired.split(",") if x.split(":")[0] in ids}
total = bad = 0
for name in ("examples", "xrechnung", "zugferd"):
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(shared, "expected", name + ".tsv"), encoding="utf-8")]
    head = rows[0]
    for r in rows[1:]:
        row = dict(zip(head, r))
        if row.get("syntax") != "cii" or "en16931" not in re.split(r"[+,]", row.get("rulesets", "")) or row.get("container", "xml") == "pdf":
            continue
        path = os.path.realpath(os.path.join(shared, row["file"]))
        if path not in ours:
            continue
        exp = {x for x in row.get("fired", "").split(",") if x.split(":")[0] in ids and x.endswith(":fatal")}
        total += 1
        if exp != ours[path]:
            bad += 1
            print(f"{row['file']}: missing={sorted(exp - ours[path])} extra={sorted(ours[path] - exp)}")
print(f"{total} CII files with en16931: {total - bad} agree on BR ids, {bad} differ")
