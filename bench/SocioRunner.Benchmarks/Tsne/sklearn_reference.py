"""scikit-learn side of bench/tsne-compare.sh (and of TsneBenchmarks): the same data (clusters-N.csv, written by the
C# side), TSNE(perplexity=30, init='pca', learning_rate='auto', random_state=0, method='barnes_hut'), timed around
fit_transform. scikit-learn's map is always written to <folder>/map-N-sklearn.csv (as soon as fit_transform returns),
so the C# scorer (`tsne-score`) can score every map with one code path.
Trustworthiness (k=10) by sklearn.manifold.trustworthiness, of sklearn's map and, when the C# maps are there
(map-N-<method>.csv), of ours too, only up to TSNE_SKLEARN_TRUST_MAX points (default 20000): it builds N x N
distance matrices (80 GB at N = 100,000); above that the scores come from `tsne-score` alone.
TSNE_SKLEARN_VERBOSE=2 prints scikit-learn's progress (KL every 50 iterations) to stdout.
Usage: python3 sklearn_reference.py <folder> <points>   (appends one JSON line per map to <folder>/results.jsonl)
Run it with /usr/bin/python3 (Debian's python3-sklearn)."""
import glob
import json
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.manifold import TSNE, trustworthiness

folder, points = sys.argv[1], int(sys.argv[2])
trust_max = int(os.environ.get("TSNE_SKLEARN_TRUST_MAX", "20000"))
data = np.loadtxt(f"{folder}/clusters-{points}.csv", delimiter=",", dtype=np.float32)
start = time.perf_counter()
tsne = TSNE(perplexity=30, init="pca", learning_rate="auto", random_state=0, method="barnes_hut",
            verbose=int(os.environ.get("TSNE_SKLEARN_VERBOSE", "0")))
embedding = tsne.fit_transform(data)
elapsed = time.perf_counter() - start
np.savetxt(f"{folder}/map-{points}-sklearn.csv", embedding.astype(np.float64), delimiter=",", fmt="%.17g")
print(f"scikit-learn N={points}: {elapsed:.1f} s, KL {tsne.kl_divergence_:.4f}, map written", flush=True)
line = {"implementation": f"scikit-learn {sklearn.__version__} barnes-hut", "n": points, "seconds": elapsed,
        "kl": float(tsne.kl_divergence_), "iterations": int(tsne.n_iter_) + 1}
if points <= trust_max:
    line["trustworthiness"] = float(trustworthiness(data, embedding, n_neighbors=10))
lines = [line]
if points <= trust_max:
    for path in sorted(glob.glob(f"{folder}/map-{points}-*.csv")):
        method = os.path.basename(path)[len(f"map-{points}-"):-4]
        if method == "sklearn":
            continue
        ours = np.loadtxt(path, delimiter=",")
        lines.append({"implementation": f"SocioRunner {method} (checked by sklearn)", "n": points,
                      "trustworthiness": float(trustworthiness(data, ours, n_neighbors=10))})
with open(f"{folder}/results.jsonl", "a") as out:
    for line in lines:
        print(json.dumps(line))
        out.write(json.dumps(line) + "\n")
