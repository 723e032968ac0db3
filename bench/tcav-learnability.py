#!/usr/bin/env python3
"""How close can any model trained on a synthetic city come to its interval truth? (docs/tcav.md, "The best a trained
model can do", issue 11.)

TCAV's ground truth is the outcome function; TCAV measures the trained model. Three measurements, per city size:

1. Threshold atoms. The tile-wide interaction switches vegetation's effect on where the other zones' terms are below 0.
   Tiles made only of zero-effect zones (agriculture, bare soil) and vegetation sit exactly on that threshold: the
   function jumps there, so no model fitted to it has the truth's one-sided marginal effect at those tiles.
2. The sampling bound. Even a learner told that income is linear in the zone shares within each income quintile
   (which holds in the cells where the truth is 0) estimates a cell's effect from that quintile's training tiles (60% of
   the labelled tiles, as the probe) with a standard error of noise_sd x sqrt(d' (X'X)^-1 d) (d the one-vs-all
   direction). The table gives the median standard error in the null cells and the expected share of null cells whose
   estimate leaves the TCAV effect test's margin (0.1 x the label's sd): P(|truth + N(0, se^2)| > margin).
3. An oracle-feature model. scikit-learn's MLPRegressor (64 ReLU units, standardised labels, early stopping) on the
   exact zone shares, 3 initialisations per city: its effect per cell (the directional derivative along the one-vs-all
   direction averaged over the quintile's labelled tiles) against the truth computed the same way.

The one-vs-all direction here is a pure concept image against pure images of the other six concepts (the truth's own
comparison up to the concept images' purity, 12-16 of 16 blocks). The function is re-evaluated from the shares and
checked against the generator's expected_income before anything is fitted.

    bash bench/tcav-learnability.sh [cache] [output]                 the sweep, then this script on its cities
    /usr/bin/python3 bench/tcav-learnability.py <city folder>...      folders with tiles_truth.csv and synthetic_city.json
    /usr/bin/python3 bench/tcav-learnability.py --ramp 4000 <city folder>...   the same tiles and label noise, labelled
        by a continuous gate (vegetation's effect fades in as the surroundings go from 0 to -4000 €; the truth is then the
        function's derivative, the gate's change included): is the step the problem, or the sample size?
"""
import csv
import json
import sys

import numpy as np
from scipy.stats import norm
from sklearn.neural_network import MLPRegressor

CONCEPTS = ["impervious", "vegetation", "dense_residential", "medium_residential", "sparse_residential", "agriculture", "water"]
TRUTH_MARGIN = 500  # ground_truth.csv's "0": |difference| within 500 euros
INITS = 3


def read_city(folder):
    meta = json.load(open(f"{folder}/synthetic_city.json"))
    if meta.get("interaction_ramp"):  # a city generated with interaction_ramp: its function is the ramp's
        meta["ramp"] = meta["interaction_ramp"]
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
    if not meta.get("interaction"):
        gate = np.ones(len(shares))
    elif meta.get("ramp"):  # --ramp W: vegetation's effect fades in linearly as the surroundings go from 0 to -W
        gate = np.clip(-rest / meta["ramp"], 0, 1)
    else:
        gate = (rest < 0).astype(float)
    return meta["base"] + rest + shares[:, veg] * effects[veg] * gate, effects, gate


def marginal_truth(meta, zones, shares, direction):
    """The truth's difference per tile: sum_z direction_z x marginal effect_z (vegetation's switched by the gate), as
    ground_truth_intervals.csv; with a ramp, the function's derivative along the direction (continuous: it includes
    the gate's own change)."""
    if meta.get("ramp"):
        eps = 1e-4
        return (outcome(meta, zones, shares + eps * direction)[0] - outcome(meta, zones, shares - eps * direction)[0]) / (2 * eps)
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


def atoms(meta, zones, shares):
    """Labelled tiles exactly on the interaction's threshold, and those of them with vegetation (where it jumps)."""
    _, effects, _ = outcome(meta, zones, shares)
    veg = zones.index("vegetation")
    rest = shares @ effects - shares[:, veg] * effects[veg]
    on = np.abs(rest) < 1e-6
    return on.sum(), (on & (shares[:, veg] > 0)).sum(), len(shares)


def bound(meta, zones, shares, labels, rng):
    """(cell, truth, standard error, margin) for every cell: the within-quintile least-squares estimate's spread."""
    n = len(labels)
    train = rng.permutation(n)[: int(0.6 * n)]
    bins = np.digitize(labels, np.quantile(labels, [0.2, 0.4, 0.6, 0.8]))
    margin = 0.1 * labels.std()
    keep = [i for i, z in enumerate(zones) if z != "bare_soil"]  # shares sum to 1: one zone is the intercept's
    cells = []
    for k in range(5):
        rows = train[bins[train] == k]
        x = np.c_[np.ones(len(rows)), shares[rows][:, keep]]
        inverse = np.linalg.pinv(x.T @ x)
        for concept, d in directions(zones):
            truth = marginal_truth(meta, zones, shares[bins == k], d).mean()
            direction = np.r_[0, d[keep]]
            cells.append((concept, k, truth, meta["noise_sd"] * np.sqrt(direction @ inverse @ direction), margin))
    return cells


def summarise(name, cells):
    null = [(t, e, m) for _, _, t, e, m in cells if abs(t) < TRUTH_MARGIN]
    real = [(t, e, m) for _, _, t, e, m in cells if abs(t) >= TRUTH_MARGIN]
    beyond = sum(abs(e) > m for _, e, m in null)
    rms = np.sqrt(np.mean([e * e for _, e, _ in null])) if null else float("nan")
    found = sum(np.sign(e) == np.sign(t) and abs(e) > m for t, e, m in real)
    wrong = sum(np.sign(e) != np.sign(t) and abs(e) > m for t, e, m in real)
    middle = sum(np.sign(e) != np.sign(t) and abs(e) > m and 1 <= k <= 3 for _, k, t, e, m in cells if abs(t) >= TRUTH_MARGIN)
    veg = [(k, t, e) for c, k, t, e, _ in cells if c == "vegetation"]
    veg_rich = [e for k, t, e in veg if k >= 3]
    print(f"| {name} | {len(null)} | {beyond} ({100 * beyond / max(1, len(null)):.0f}%) | {rms:,.0f} | {found}/{len(real)} | {wrong} ({middle}) | "
          f"{min(veg_rich):+,.0f} to {max(veg_rich):+,.0f} |")


def main(folders, ramp=None):
    rng = np.random.default_rng(0)
    cities = {}
    for folder in folders:
        meta, zones, shares, expected, labels = read_city(folder)
        recomputed, _, _ = outcome(meta, zones, shares)
        worst = np.abs(recomputed - expected).max()
        if worst > 0.5:
            sys.exit(f"{folder}: the re-evaluated function differs from expected_income by {worst:.1f}: this script's function is stale")
        if not meta.get("interaction"):
            sys.exit(f"{folder}: a city without the interaction has no interval truth of 0 to learn")
        if ramp:  # the same tiles and label noise, labelled by a continuous gate instead of the generator's step
            meta = dict(meta, ramp=ramp)
            labels = outcome(meta, zones, shares)[0] + (labels - expected)
        cities.setdefault(meta["tiles"], []).append((meta, zones, shares, labels))

    gates = sorted({f"a ramp over {m['ramp']:,.0f} €" if m.get("ramp") else "the step" for group in cities.values() for m, *_ in group})
    print(f"gate: {', '.join(gates)}{' (--ramp: the same tiles and noise, relabelled)' if ramp else ' (as generated)'}\n")
    print("## 1. Labelled tiles on the interaction's threshold (all / with vegetation: where a step jumps; a ramp has a kink there)")
    for tiles, group in sorted(cities.items()):
        counts = [atoms(m, z, s) for m, z, s, _ in group]
        print(f"- {tiles:,} tiles: " + ", ".join(f"{100 * a / n:.1f}% / {100 * v / n:.1f}%" for a, v, n in counts))

    print("\n## 2. The sampling bound: a least-squares fit within each income quintile, linear in the shares")
    print("| tiles (cities) | null cells | median standard error in them, € | margin, € | expected share of null cells beyond the margin |")
    print("|---|---:|---:|---:|---:|")
    for tiles, group in sorted(cities.items()):
        null = [c for m, z, s, y in group for c in bound(m, z, s, y, rng) if abs(c[2]) < TRUTH_MARGIN]
        beyond = np.mean([norm.sf((m - t) / se) + norm.cdf((-m - t) / se) for _, _, t, se, m in null])
        print(f"| {tiles:,} ({len(group)}) | {len(null)} | {np.median([c[3] for c in null]):,.0f} | "
              f"{np.mean([c[4] for c in null]):,.0f} | {100 * beyond:.0f}% |")

    print(f"\n## 3. An oracle-feature model ({INITS} initialisations per city; 7 concepts x 5 income quintiles per fit)")
    print("| tiles (cities) | null cells (truth within ±500 €) | beyond the margin | RMS effect in null cells, € | non-null cells found | wrong sign (in the middle quintiles) | vegetation, two richest quintiles, € |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for tiles, group in sorted(cities.items()):
        summarise(f"{tiles:,} ({len(group)})", [cell for m, z, s, y in group for cell in study(m, z, s, y, rng)])


if __name__ == "__main__":
    arguments = sys.argv[1:]
    ramp = None
    if arguments[:1] == ["--ramp"] and len(arguments) > 1:
        ramp, arguments = float(arguments[1]), arguments[2:]
    if not arguments:
        sys.exit(__doc__)
    main(arguments, ramp)
