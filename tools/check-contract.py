#!/usr/bin/env python3
"""Checks the SHAPE of `compute` output against the contract in docs/METRICS.md.

  python3 tools/check-contract.py DATA_DIR OUT_DIR

It checks file names, headers, that every required metric code is present for
every city-year with complete data, that values parse as finite numbers, and
the bounds the definitions imply (C, D in [0, 1]; subsystem scores in
[0.0001, 1]; LQ >= 0) and, when lisa.csv is there, that every LISA p-value
lies in (0, 1] and says how it was found (p_method exact or permutation).
It does not check the values themselves: the tests do.
Exit 0 when the shape holds; otherwise it lists what is wrong.
"""
import csv
import math
import os
import sys
from collections import defaultdict


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.reader(f)
        header = next(r, [])
        return header, list(r)


def main(data_dir, out_dir):
    problems = []
    _, regions = rows(os.path.join(data_dir, "regions.csv"))
    rh, _ = rows(os.path.join(data_dir, "regions.csv"))
    lvl = rh.index("level") if "level" in rh else None
    cities = {r[0] for r in regions if lvl is None or r[lvl] == "prefecture"}
    ih, inds = rows(os.path.join(data_dir, "indicators.csv"))
    sub = {r[ih.index("code")]: r[ih.index("subsystem")] for r in inds}
    ps = [c for c, s in sub.items() if s == "producer_services"]
    ph, panel = rows(os.path.join(data_dir, "panel.csv"))
    have = defaultdict(set)
    for r in panel:
        if r[3].strip():
            have[(r[0], int(r[1]))].add(r[2])
    years = sorted({y for _, y in have})

    rm = os.path.join(out_dir, "region_metrics.csv")
    am = os.path.join(out_dir, "aggregate_metrics.csv")
    for p in (rm, am):
        if not os.path.exists(p):
            problems.append(f"missing {os.path.basename(p)}")
    if problems:
        return report(problems)
    h, data = rows(rm)
    if h != ["region_code", "year", "metric", "value"]:
        problems.append(f"region_metrics.csv header is {h}")
    got = defaultdict(dict)
    for i, r in enumerate(data, start=2):
        try:
            v = float(r[3])
        except (ValueError, IndexError):
            problems.append(f"region_metrics.csv line {i}: value {r[3:]!r} is not a number")
            continue
        if not math.isfinite(v):
            problems.append(f"region_metrics.csv line {i}: {v}")
        got[(r[0], int(r[1]))][r[2]] = v
    ha, agg = rows(am)
    if ha != ["year", "metric", "value"]:
        problems.append(f"aggregate_metrics.csv header is {ha}")
    agg_codes = defaultdict(set)
    for r in agg:
        agg_codes[int(r[0])].add(r[1])

    need_emp = {c for c, s in sub.items() if s in ("employment_total", "manufacturing", "producer_services")}
    need_inn = {c for c, s in sub.items() if s.startswith("innovation_")}
    for c in sorted(cities):
        for y in years:
            m = got.get((c, y), {})
            if need_emp <= have[(c, y)]:
                want = ["lq.manufacturing", "lq.producer_services", "coagg"] + ["lq." + p for p in ps]
                for k in want:
                    if k not in m:
                        problems.append(f"{c} {y}: no {k}")
            if need_inn <= have[(c, y)]:
                for k in ("innov.input", "innov.output", "innov.benefit", "innov.c", "innov.t", "innov.d"):
                    if k not in m:
                        problems.append(f"{c} {y}: no {k}")
            if need_emp | need_inn <= have[(c, y)]:
                for k in ("agglo.u", "couple.c", "couple.t", "couple.d", "couple.ratio"):
                    if k not in m:
                        problems.append(f"{c} {y}: no {k}")
            for k, v in m.items():
                if k in ("innov.c", "innov.d", "couple.c", "couple.d") and not (-1e-12 <= v <= 1 + 1e-12):
                    problems.append(f"{c} {y}: {k} = {v} outside [0, 1]")
                if k in ("innov.input", "innov.output", "innov.benefit", "agglo.u") and not (1e-4 - 1e-12 <= v <= 1 + 1e-12):
                    problems.append(f"{c} {y}: {k} = {v} outside [0.0001, 1]")
                if k.startswith("lq.") and v < 0:
                    problems.append(f"{c} {y}: {k} = {v} < 0")
    for y in years:
        for k in ("eg.manufacturing", "eg.producer_services", "egk.coagg"):
            if k not in agg_codes[y]:
                problems.append(f"aggregate {y}: no {k}")
        for m in ("couple.d", "innov.d", "lq.producer_services"):
            for f in ("cv", "theil", "gini"):
                if f"{f}.{m}" not in agg_codes[y]:
                    problems.append(f"aggregate {y}: no {f}.{m}")
    problems += check_lisa(os.path.join(out_dir, "lisa.csv"))
    return report(problems, len(data), len(agg))


LISA_HEADER = ["weights", "metric", "year", "region_code", "value", "lag", "local_i", "p_sim", "p_method", "cluster"]


def check_lisa(path):
    if not os.path.exists(path):
        return []
    h, data = rows(path)
    if h != LISA_HEADER:
        return [f"lisa.csv header is {h}"]
    problems = []
    p_sim, p_method = h.index("p_sim"), h.index("p_method")
    for i, r in enumerate(data, start=2):
        if r[p_sim] == "":
            if r[p_method] != "":
                problems.append(f"lisa.csv line {i}: p_method {r[p_method]!r} without a p-value")
            continue
        if r[p_method] not in ("exact", "permutation"):
            problems.append(f"lisa.csv line {i}: p_method {r[p_method]!r} is not exact or permutation")
        try:
            p = float(r[p_sim])
        except ValueError:
            problems.append(f"lisa.csv line {i}: p_sim {r[p_sim]!r} is not a number")
            continue
        if not 0 < p <= 1:
            problems.append(f"lisa.csv line {i}: p_sim = {p} outside (0, 1]")
    return problems


def report(problems, n=0, na=0):
    for p in problems[:40]:
        print(p)
    if len(problems) > 40:
        print(f"... and {len(problems) - 40} more")
    print(f"contract shape: {'OK' if not problems else 'BROKEN'} "
          f"({n} region rows, {na} aggregate rows, {len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
