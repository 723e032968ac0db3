#!/usr/bin/env python3
"""Lists, per member, what bench/tcav-margins.py counts but does not name: the non-null overall effects missed (truth
+ or -, not significant with that sign) and the significant scores whose truth is 0 (distractors, and concepts in
intervals where their effect is absent), each with the measured effect ± its standard error, the margin (min_effect in
outcome units), how many standard errors the effect clears the margin by, the adjusted p, and the truth's relative
difference (euros; the truth calls it 0 within max(500, 2 standard errors of the finite patch sets)).

    python3 bench/tcav-misses.py <member folder>... [--margin 0.1] [--setting one-vs-all]

Only the standard library; re-decides with bench/tcav-margins.py's code (so the same Holm family as the node).
"""
import importlib.util
import os
import statistics
import sys

spec = importlib.util.spec_from_file_location("margins", os.path.join(os.path.dirname(__file__), "tcav-margins.py"))
margins = importlib.util.module_from_spec(spec)
spec.loader.exec_module(margins)
read = margins.study.read


def describe(r, margin_eur, truth_difference, expected):
    if not r["effect_difference"]:  # a concept whose CAV is not decodable is not scored
        where = f" interval {r['interval']}" if "interval" in r else ""
        return f"{r['concept']}{where}: not scored (CAV not decodable), TCAV {r['direction']}; truth {truth_difference:+,.0f} ({expected})"
    d, se = float(r["effect_difference"]), float(r["effect_se"])
    excess = (abs(d) - margin_eur) / se if se > 0 else float("inf")
    where = f" interval {r['interval']}" if "interval" in r else ""
    return (f"{r['concept']}{where}: effect {d:+,.0f} ± {se:,.0f} (margin {margin_eur:,.0f}, "
            f"(|d|-margin)/se {excess:+.1f}, sign count {float(r['sign_count_mean']):.2f} vs {float(r['random_mean']):.2f}), "
            f"p adj. {float(r['p_adjusted']):.2g}, TCAV {r['direction']}; truth {truth_difference:+,.0f} ({expected})")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    margin_sd, setting = 0.1, "one-vs-all"
    for flag in sys.argv[1:]:
        if flag.startswith("--margin="):
            margin_sd = float(flag.split("=", 1)[1])
        if flag.startswith("--setting="):
            setting = flag.split("=", 1)[1]
    column = "one_vs_all" if setting == "one-vs-all" else "vs_random"
    comparison = "one-vs-all" if setting == "one-vs-all" else "random"
    for directory in args:
        labels = [float(r["label"]) for r in read(os.path.join(directory, "tcav", "predictions.csv"))]
        margin_eur = margin_sd * statistics.stdev(labels)
        overall, intervals = margins.redecide(directory, margin_sd)
        truth = {r["concept"]: r for r in read(os.path.join(directory, "city", "ground_truth.csv"))}
        truth_int = {(r["concept"], r["interval"]): r for r in read(os.path.join(directory, "city", "ground_truth_intervals.csv"))
                     if r["comparison"] == comparison}
        print(f"## {directory} (min_effect {margin_sd} = {margin_eur:,.0f} €)")
        for r in overall:
            t = truth.get(r["concept"])
            if t is None:
                continue
            expected, diff = t[f"expected_{column}"], float(t[f"difference_{column}"])
            if expected in "+-" and not (r["significant"] == "true" and r["direction"] == expected):
                print("  missed    " + describe(r, margin_eur, diff, expected))
            if expected == "0" and r["significant"] == "true":
                print("  null sig. " + describe(r, margin_eur, diff, expected))
        for r in intervals:
            t = truth_int.get((r["concept"], r["interval"]))
            if t is None or r["significant"] != "true":
                continue
            if t["expected"] == "0":
                print("  null sig. " + describe(r, margin_eur, float(t["difference"]), t["expected"]))
            elif r["direction"] != t["expected"]:
                print("  WRONG     " + describe(r, margin_eur, float(t["difference"]), t["expected"]))


if __name__ == "__main__":
    main()
