#!/usr/bin/env python3
"""Table of the CAV-method study (docs/tcav.md): reads a finished sweep of experiments/tcav_study.yaml and scores every
member's explain/tcav output against its city's ground truth (ground_truth.csv, ground_truth_intervals.csv).

    python3 bench/tcav-study.py <sweep folder>... [--members]     (several folders: members are merged, each cell and
                                                                  seed counted once)

Per cell (CAV method x attribution x setting), summed over the cell's seeds:
  recovered    non-null overall effects (truth + or -) found significant with the truth's sign / all of them
  wrong        significant results whose sign contradicts a non-null truth, overall + per interval
  distr. FP    significant distractor scores / distractor scores tested, overall + per interval
  nulls sig.   significant scores where the truth is 0 (distractors, and concepts in intervals with no effect) / tested
  control      significant random-vs-random control scores / tested
  veg. int.    vegetation's interval truth: intervals where its effect exists found + / intervals where it exists,
               and intervals where it does not exist (truth 0) found significant
Only the standard library (no numpy). --members prints one line per member as well.
"""
import csv
import json
import os
import sys
from collections import defaultdict


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def member_scores(directory, setting):
    truth = {r["concept"]: r for r in read(os.path.join(directory, "city", "ground_truth.csv"))}
    column = "expected_one_vs_all" if setting == "one-vs-all" else "expected_vs_random"
    comparison = "one-vs-all" if setting == "one-vs-all" else "random"
    intervals = {(r["concept"], int(r["interval"])): r["expected"]
                 for r in read(os.path.join(directory, "city", "ground_truth_intervals.csv")) if r["comparison"] == comparison}
    overall = read(os.path.join(directory, "tcav", "tcav_significance.csv"))
    per_interval = read(os.path.join(directory, "tcav", "tcav_intervals.csv"))
    s = defaultdict(int)
    wrong = []
    s["wrong_list"] = wrong
    rows = [(r, truth[r["concept"]][column] if r["concept"] in truth else None) for r in overall]
    rows += [(r, intervals.get((r["concept"], int(r["interval"])))) for r in per_interval]
    for r, expected in rows:
        concept, significant, direction = r["concept"], r["significant"] == "true", r["direction"]
        is_interval = "interval" in r
        if concept == "random_control":
            s["control_tested"] += 1
            s["control_sig"] += significant
            continue
        if expected is None:
            continue
        kind = truth[concept]["kind"]
        tested = direction != "?"
        if not is_interval and expected in "+-":
            s["nonnull"] += 1
            s["recovered"] += significant and direction == expected
        if significant and expected in "+-" and direction != expected:
            s["wrong_interval" if is_interval else "wrong_overall"] += 1
            wrong.append(f"{concept}{' interval ' + r['interval'] if is_interval else ''} {direction} (truth {expected})")
        if kind == "distractor":
            s["distractor_tested"] += tested
            s["distractor_sig"] += significant
            if not is_interval:
                s["distractor_overall_tested"] += tested
                s["distractor_overall_sig"] += significant
        if expected == "0":
            s["null_tested"] += tested
            s["null_sig"] += significant
        if concept == "vegetation" and is_interval:
            if expected == "+":
                s["veg_exists"] += 1
                s["veg_found"] += significant and direction == "+"
            elif expected == "0":
                s["veg_absent"] += 1
                s["veg_absent_sig"] += significant
        if not tested:
            s["not_decodable"] += 1
    return s


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: tcav-study.py <sweep folder>... [--members]")
    folders = [a for a in sys.argv[1:] if not a.startswith("--")]
    members = [m for folder in folders for m in json.load(open(os.path.join(folder, "sweep.json")))["members"]]
    cells = defaultdict(lambda: defaultdict(int))
    seeds = defaultdict(set)
    missing = []
    seen = set()
    for m in members:
        values = dict(v.split("=", 1) for v in m["set"])
        method = values["nodes.tcav.cav_method"]
        setting = values["nodes.tcav.setting"]
        attribution = "gradient" if values["nodes.tcav.attribution"] == "gradient" else "IG " + values["nodes.tcav.baseline"]
        key = (method, attribution, setting)
        directory = m["directory"]
        if (key, m["seed"]) in seen:
            continue  # the same member in another sweep folder (same cache keys)
        if not os.path.exists(os.path.join(directory, "tcav", "tcav_significance.csv")):
            missing.append((key, m["seed"], m["name"]))
            continue
        seen.add((key, m["seed"]))
        s = member_scores(directory, setting)
        seeds[key].add(m["seed"])
        for k, v in s.items():
            if k != "wrong_list":
                cells[key][k] += v
        if "--members" in sys.argv:
            print(f"{m['name']} {m['label']}: recovered {s['recovered']}/{s['nonnull']}, wrong {s['wrong_overall']}+{s['wrong_interval']}, "
                  f"distractor {s['distractor_sig']}/{s['distractor_tested']}, control {s['control_sig']}/{s['control_tested']}"
                  + (f"; wrong: {', '.join(s['wrong_list'])}" if s["wrong_list"] else ""))
    print("| CAV method | attribution | setting | seeds | recovered | wrong sign (overall + intervals) | distractor FP | "
          "distractor FP overall | nulls significant | control significant | vegetation: found where it exists / significant where absent |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for key in sorted(cells):
        c = cells[key]
        share = c["recovered"] / c["nonnull"] if c["nonnull"] else float("nan")
        print(f"| {key[0]} | {key[1]} | {key[2]} | {len(seeds[key])} | {c['recovered']}/{c['nonnull']} ({share:.0%}) | "
              f"{c['wrong_overall']} + {c['wrong_interval']} | {c['distractor_sig']}/{c['distractor_tested']} | "
              f"{c['distractor_overall_sig']}/{c['distractor_overall_tested']} | "
              f"{c['null_sig']}/{c['null_tested']} | {c['control_sig']}/{c['control_tested']} | "
              f"{c['veg_found']}/{c['veg_exists']}, {c['veg_absent_sig']}/{c['veg_absent']} |")
    missing = sorted({f"{k[0]}/{k[1]}/{k[2]}/seed {seed}" for k, seed, _ in missing if (k, seed) not in seen})
    if missing:
        print(f"\n{len(missing)} cell-seed(s) without tcav output (not finished or failed): {', '.join(missing)}")


if __name__ == "__main__":
    main()
