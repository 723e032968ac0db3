"""Markdown table of bench/tsne-compare.sh: joins <folder>/results.jsonl (runs: wall time, the implementation's own KL,
trustworthiness by sklearn.manifold.trustworthiness) with <folder>/scores.jsonl (tsne-score: one code path for every
map, exact KL against one shared P and exact trustworthiness). Writes <folder>/table.md and prints it.
Usage: python3 bench/tsne-table.py <folder> [load lines ...]"""
import json
import os
import sys

folder, loads = sys.argv[1], sys.argv[2:]


def read(name):
    path = os.path.join(folder, name)
    return [json.loads(line) for line in open(path)] if os.path.exists(path) else []


runs, scores = read("results.jsonl"), read("scores.jsonl")


def map_name(implementation):
    """results.jsonl names ('SocioRunner fft', 'scikit-learn 1.2.1 barnes-hut') -> map-N-<name>.csv names."""
    return "sklearn" if implementation.startswith("scikit-learn") else implementation.split()[1]


def number(value, digits):
    return "" if value is None else f"{value:.{digits}f}"


out = ["| N | implementation | wall (s) | x scikit-learn | KL reported | KL exact, common P | "
       "T sklearn.manifold | T common scorer | iterations |",
       "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
for n in sorted({r["n"] for r in runs} | {s["n"] for s in scores}):
    timed = [r for r in runs if r["n"] == n and "seconds" in r]
    sklearn = next((r for r in timed if r["implementation"].startswith("scikit-learn")), None)
    names = [map_name(r["implementation"]) for r in timed]
    names += [s["map"] for s in scores if s["n"] == n and s["map"] not in names]
    for name in names:
        run = next((r for r in timed if map_name(r["implementation"]) == name), {})
        score = next((s for s in reversed(scores) if s["n"] == n and s["map"] == name), {})
        if name == "sklearn":
            sklearn_trust = run.get("trustworthiness")
        else:
            checked = next((r for r in runs if r["n"] == n and r["implementation"] == f"SocioRunner {name} (checked by sklearn)"), {})
            sklearn_trust = checked.get("trustworthiness")
        ratio = run["seconds"] / sklearn["seconds"] if sklearn and run else None
        label = run.get("implementation", name)
        out.append(f'| {n} | {label} | {number(run.get("seconds"), 1)} | {number(ratio, 2)} | {number(run.get("kl"), 4)} | '
                   f'{number(score.get("exact_kl"), 4)} | {number(sklearn_trust, 5)} | {number(score.get("trustworthiness"), 5)} | '
                   f'{run.get("iterations", "")} |')
out += ["", "KL reported: each implementation's own final estimate (Barnes-Hut / FFT approximations of Z). KL exact, common P:",
        "tsne-score, every map against the same perplexity-30 P, Q over all pairs. T: trustworthiness (k = 10).",
        "", "Load (uptime) during the runs:", ""] + [f"- {line}" for line in loads]
text = "\n".join(out)
open(os.path.join(folder, "table.md"), "w").write(text + "\n")
print(text)
