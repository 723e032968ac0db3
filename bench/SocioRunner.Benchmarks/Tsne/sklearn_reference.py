"""scikit-learn side of bench/tsne-compare.sh (and of TsneBenchmarks): the same data (clusters-N.csv, written by the
C# side), TSNE(perplexity=30, init='pca', learning_rate='auto', random_state=0, method='barnes_hut'), timed around
fit_transform; trustworthiness (k=10) by sklearn.manifold.trustworthiness, of sklearn's map and, when the C# maps
are there (map-N-<method>.csv), of ours too, so both scores come from the same code.
Usage: python3 sklearn_reference.py <folder> <points>   (appends one JSON line per map to <folder>/results.jsonl)"""
import glob
import json
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.manifold import TSNE, trustworthiness

folder, points = sys.argv[1], int(sys.argv[2])
data = np.loadtxt(f"{folder}/clusters-{points}.csv", delimiter=",", dtype=np.float32)
start = time.perf_counter()
tsne = TSNE(perplexity=30, init="pca", learning_rate="auto", random_state=0, method="barnes_hut")
embedding = tsne.fit_transform(data)
elapsed = time.perf_counter() - start
lines = [{"implementation": f"scikit-learn {sklearn.__version__} barnes-hut", "n": points, "seconds": elapsed,
          "kl": float(tsne.kl_divergence_), "trustworthiness": float(trustworthiness(data, embedding, n_neighbors=10)),
          "iterations": int(tsne.n_iter_) + 1}]
for path in sorted(glob.glob(f"{folder}/map-{points}-*.csv")):
    method = os.path.basename(path)[len(f"map-{points}-"):-4]
    ours = np.loadtxt(path, delimiter=",")
    lines.append({"implementation": f"SocioRunner {method} (checked by sklearn)", "n": points,
                  "trustworthiness": float(trustworthiness(data, ours, n_neighbors=10))})
with open(f"{folder}/results.jsonl", "a") as out:
    for line in lines:
        print(json.dumps(line))
        out.write(json.dumps(line) + "\n")
