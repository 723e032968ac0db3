#!/usr/bin/env python3
"""How close can any model trained on a synthetic city come to its interval truth? (docs/tcav.md, "The best a trained
model can do", issue 11.)

TCAV's ground truth is the outcome function; TCAV measures the trained model. This gives the model every advantage:
its features are the tile's exact zone shares (an oracle feature extractor), its head is a flexible one that can
represent the tile-wide interaction (scikit-learn MLPRegressor, 64 ReLU units, standardised labels), and it is fitted to
the city's noisy labels on the probe's training share of tiles (60%). Its effect per concept and income quintile is the
directional derivative along one-vs-all (the concept's share up, the other six concepts' down equally, the truth's
comparison for pure concept images) averaged over the quintile's labelled tiles, the same quantity the truth states;
the truth is computed the same way from the outcome function. A cell is "beyond the margin" when |effect| exceeds
min_effect (0.1 x the label's sd, as the TCAV effect test): with no TCAV noise at all, what an ideal explainer would
report as significant.

It fits each city as generated and, to show what the tile count does, cities of 2400 and 8000 tiles drawn from the same
tiles' shares (resampled, with fresh label noise). The function is re-evaluated from the shares and checked against the
generator's expected_income before anything is fitted.

    /usr/bin/python3 bench/tcav-learnability.py <city folder>...   (folders with tiles_truth.csv and synthetic_city.json,
                                                                     e.g. the city/ of each member of a study sweep)
"""
import csv
import json
import sys

import numpy as np
from sklearn.neural_network import MLPRegressor

CONCEPTS = ["impervious", "vegetation", "dense_residential", "medium_residential", "sparse_residential", "agriculture", "water"]
TRUTH_MARGIN = 500  # ground_truth.csv's "0": |difference| within 500 euros
INITS = 3


def read_city(folder):
    meta = json.load(open(f"{folder}/synthetic_city.json"))
    rows = [r for r in csv.DictReader(open(f"{folder}/tiles_truth.csv")) if r["income"] != ""]
    zones = [k[len("share_"):] for k in rows[0] if k.startswith("share_")]
    shares = np.array([[float(r["share_" + z]) for z in zones] for r in rows])
    expected = np.array([float(r["expected_income"]) for r in rows])
    labels = np.array([float(r["income"]) for r in rows])
    return meta, zones, shares, expected, labels


def outcome(meta, zones, shares):
    effects = np.array([meta["effects"].get(z, 0.0) for z in zones], dtype=float)
    veg = zones.index("vegetation")
    rest = shares @ effects - shares[:, veg] * effects[veg]
    gate = (rest < 0) if meta.get("interaction") else np.ones(len(shares), dtype=bool)
    return meta["base"] + rest + shares[:, veg] * effects[veg] * gate, effects, gate


def marginal_truth(meta, zones, shares, direction):
    """The truth's difference per tile: sum_z direction_z x marginal effect_z (vegetation's switched by the gate)."""
    _, effects, gate = outcome(meta, zones, shares)
    veg = zones.index("vegetation")
    marginal = np.tile(effects, (len(shares), 1))
    marginal[:, veg] *= gate
    return marginal @ direction


def directions(zones):
    for concept in CONCEPTS:
        d = np.zeros(len(zones))
        d[zones.index(concept)] = 1
        for other in CONCEPTS:
            if other != concept:
                d[zones.index(other)] -= 1 / (len(CONCEPTS) - 1)
        yield concept, d


def study(meta, zones, shares, labels, rng):
    n = len(shares)
    order = rng.permutation(n)
    train = order[: int(0.6 * n)]
    mean, sd = labels[train].mean(), labels[train].std()
    margin = 0.1 * labels.std()
    bins = np.digitize(labels, np.quantile(labels, [0.2, 0.4, 0.6, 0.8]))
    cells = []
    for init in range(INITS):
        model = MLPRegressor((64,), max_iter=2000, early_stopping=True, random_state=init).fit(shares[train], (labels[train] - mean) / sd)
        predict = lambda x: model.predict(x) * sd + mean
        eps = 0.01
        for concept, d in directions(zones):
            effect = (predict(shares + eps * d) - predict(shares - eps * d)) / (2 * eps)
            truth = marginal_truth(meta, zones, shares, d)
            for k in range(5):
                t, e = truth[bins == k].mean(), effect[bins == k].mean()
                cells.append((concept, k, t, e, margin))
    return cells


def summarise(name, cells):
    null = [(t, e, m) for _, _, t, e, m in cells if abs(t) < TRUTH_MARGIN]
    real = [(t, e, m) for _, _, t, e, m in cells if abs(t) >= TRUTH_MARGIN]
    beyond = sum(abs(e) > m for _, e, m in null)
    rms = np.sqrt(np.mean([e * e for _, e, _ in null])) if null else float("nan")
    found = sum(np.sign(e) == np.sign(t) and abs(e) > m for t, e, m in real)
    wrong = sum(np.sign(e) != np.sign(t) and abs(e) > m for t, e, m in real)
    veg = [(k, t, e) for c, k, t, e, _ in cells if c == "vegetation"]
    veg_rich = [e for k, t, e in veg if k >= 3]
    print(f"| {name} | {len(null)} | {beyond} ({100 * beyond / max(1, len(null)):.0f}%) | {rms:,.0f} | {found}/{len(real)} | {wrong} | "
          f"{min(veg_rich):+,.0f} to {max(veg_rich):+,.0f} |")


def main(folders):
    rng = np.random.default_rng(0)
    variants = {"as generated": None, "2400 tiles": 2400, "8000 tiles": 8000}
    results = {v: [] for v in variants}
    for folder in folders:
        meta, zones, shares, expected, labels = read_city(folder)
        recomputed, _, _ = outcome(meta, zones, shares)
        worst = np.abs(recomputed - expected).max()
        if worst > 0.5:
            sys.exit(f"{folder}: the re-evaluated function differs from expected_income by {worst:.1f}: this script's function is stale")
        for variant, tiles in variants.items():
            if tiles is None:
                s, y = shares, labels
            else:
                s = shares[rng.integers(0, len(shares), tiles)]
                y = outcome(meta, zones, s)[0] + rng.normal(0, meta["noise_sd"], tiles)
            results[variant].extend(study(meta, zones, s, y, rng))
    print(f"{len(folders)} cities, {INITS} initialisations each; cells: 7 concepts x 5 income quintiles per fit")
    print("| tiles | null cells (truth within ±500 €) | beyond the margin | RMS effect in null cells, € | non-null cells found | wrong sign | vegetation, two richest quintiles, € |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for variant in variants:
        summarise(variant, results[variant])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
