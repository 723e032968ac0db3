"""scikit-learn reference for TsneBenchmarks: same data (CSV written by the benchmark with
TSNE_EXPORT_DIR set), TSNE(perplexity=30, init='pca', random_state=0, method='barnes_hut').
Usage: python3 sklearn_reference.py <export dir> <points>"""
import sys
import time

import numpy as np
from sklearn.manifold import TSNE, trustworthiness

folder, points = sys.argv[1], int(sys.argv[2])
data = np.loadtxt(f"{folder}/clusters-{points}.csv", delimiter=",", dtype=np.float32)
start = time.perf_counter()
tsne = TSNE(perplexity=30, init="pca", learning_rate="auto", random_state=0, method="barnes_hut")
embedding = tsne.fit_transform(data)
elapsed = time.perf_counter() - start
print(f"sklearn N={points}: time={elapsed:.1f}s KL={tsne.kl_divergence_:.4f} "
      f"trustworthiness(k=10)={trustworthiness(data, embedding, n_neighbors=10):.4f} iterations={tsne.n_iter_ + 1}")
ours = np.loadtxt(f"{folder}/map-{points}.csv", delimiter=",")
print(f"ours (checked by sklearn) trustworthiness(k=10)={trustworthiness(data, ours, n_neighbors=10):.4f}")
