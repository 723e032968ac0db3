#!/usr/bin/env python3
"""Re-decides finished explain/tcav outputs under other smallest effects of interest (min_effect, in label standard
deviations) and scores each against its city's ground truth, as bench/tcav-study.py does. The effect test's inputs
(effect_difference, effect_se, the sign-count p_value) are in the CSVs, so no model is needed.

    python3 bench/tcav-margins.py <member folder>... [--margins=0,0.05,0.1,0.2] [--setting=one-vs-all] [--rule=both|effect]

A member folder holds city/ground_truth*.csv and tcav/ (a run folder or a sweep member). Only the standard library.
"""
import csv
import importlib.util
import math
import os
import statistics
import sys
from collections import defaultdict

spec = importlib.util.spec_from_file_location("study", os.path.join(os.path.dirname(__file__), "tcav-study.py"))
study = importlib.util.module_from_spec(spec)
spec.loader.exec_module(study)


def betacf(a, b, x):
    """Continued fraction of the regularized incomplete beta function (Numerical Recipes)."""
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > 1e-300 else 1e-300)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; d = 1 / (d if abs(d) > 1e-300 else 1e-300)
        c = 1 + aa / c if abs(1 + aa / c) > 1e-300 else 1e-300
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; d = 1 / (d if abs(d) > 1e-300 else 1e-300)
        c = 1 + aa / c if abs(1 + aa / c) > 1e-300 else 1e-300
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return h


def t_two_sided(t, df):
    x = df / (df + t * t)
    a, b = df / 2, 0.5
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    return front * betacf(a, b, x) / a if x < (a + 1) / (a + b + 2) else 1 - front * betacf(b, a, 1 - x) / b


def holm(ps):
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    adjusted, running = [0.0] * len(ps), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def redecide(directory, margin_sd, alpha=0.05, rule="both"):
    """Rows of tcav_significance.csv and tcav_intervals.csv with significant/direction recomputed for the margin.
    rule "both": the node's rule (sign-count test and effect test reject in the same direction); "effect": the effect
    test alone (the sign count is then reported, not required)."""
    labels = [float(r["label"]) for r in study.read(os.path.join(directory, "tcav", "predictions.csv"))]
    margin = margin_sd * statistics.stdev(labels)
    overall = study.read(os.path.join(directory, "tcav", "tcav_significance.csv"))
    intervals = study.read(os.path.join(directory, "tcav", "tcav_intervals.csv"))
    rows = overall + intervals
    tested = [r for r in rows if r["direction"] != "?"]
    combined = []
    for r in tested:
        p_sign, d, se = float(r["p_value"]), float(r["effect_difference"]), float(r["effect_se"])
        repeats = int(r["repeats"])
        excess = (abs(d) - margin) / se if se > 0 else (math.inf if abs(d) > margin else -math.inf)
        p_effect = 1.0 if excess <= 0 else (0.0 if math.isinf(excess) else t_two_sided(excess, repeats - 1))
        same = (d > 0) == (float(r["difference"]) > 0)
        combined.append(p_effect if rule == "effect" else max(p_sign, p_effect) if same else 1.0)
    for r, p in zip(tested, holm(combined)):
        r["significant"] = "true" if p < alpha else "false"
        r["direction"] = ("+" if float(r["effect_difference"]) > 0 else "-") if p < alpha else "0"
    return overall, intervals


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    margins = [0, 0.05, 0.1, 0.2]
    setting = "one-vs-all"
    rule = "both"
    for flag in sys.argv[1:]:
        if flag.startswith("--margins="):
            margins = [float(m) for m in flag.split("=", 1)[1].split(",")]
        if flag.startswith("--setting="):
            setting = flag.split("=", 1)[1]
        if flag.startswith("--rule="):
            rule = flag.split("=", 1)[1]
    print("| min_effect (label SD) | members | recovered | wrong sign (overall + intervals) | distractor FP | nulls significant | control | vegetation: found where it exists / significant where absent |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for margin in margins:
        total = defaultdict(int)
        for directory in args:
            overall, intervals = redecide(directory, margin, rule=rule)
            original = study.read
            study.read = lambda path, o=overall, i=intervals, f=original: o if path.endswith("tcav_significance.csv") else i if path.endswith("tcav_intervals.csv") else f(path)
            try:
                s = study.member_scores(directory, setting)
            finally:
                study.read = original
            if "--members" in sys.argv:
                print(f"  {directory} margin {margin}: recovered {s['recovered']}/{s['nonnull']}, wrong {s['wrong_overall']}+{s['wrong_interval']}, "
                      f"distractor {s['distractor_sig']}/{s['distractor_tested']}; {', '.join(s['wrong_list'])}")
            for k, v in s.items():
                if k != "wrong_list":
                    total[k] += v
        t = total
        print(f"| {margin} | {len(args)} | {t['recovered']}/{t['nonnull']} | {t['wrong_overall']} + {t['wrong_interval']} | "
              f"{t['distractor_sig']}/{t['distractor_tested']} | {t['null_sig']}/{t['null_tested']} | {t['control_sig']}/{t['control_tested']} | "
              f"{t['veg_found']}/{t['veg_exists']}, {t['veg_absent_sig']}/{t['veg_absent']} |")


if __name__ == "__main__":
    main()
