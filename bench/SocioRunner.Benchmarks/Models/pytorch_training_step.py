#!/usr/bin/env python3
"""PyTorch twin of TrainingStepBenchmarks.cs: one training step (forward + backward + AdamW) of the same networks on
the same batch shape (32 images x 2 views), supervised L1 and Rank-N-Contrast (the same sort-based formulation as
SocioRunner's RankNContrastLoss). Needs Debian's python3-torch (1.13); ResNet-18 from python3-torchvision when
installed, else an identical hand-written torchvision layout.

Usage: pytorch_training_step.py [--threads N] [--steps N] [--json out.json] [--models small-cnn-40,resnet18-64]
Prints one line per case: model, objective, median and mean seconds per step."""
import argparse, json, statistics, time
import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_bn_relu(cin, cout, stride=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class SmallCnn(nn.Module):
    """SmallCnnEncoder: stride-2 stem, per width two conv-bn-relu (+2x2 max pool except last), global average pool."""
    def __init__(self, widths=(32, 64, 128)):
        super().__init__()
        self.stem = conv_bn_relu(3, widths[0], stride=2)
        blocks, channels = [], widths[0]
        for i, w in enumerate(widths):
            layers = [conv_bn_relu(channels, w), conv_bn_relu(w, w)]
            if i < len(widths) - 1:
                layers.append(nn.MaxPool2d(2))
            blocks.append(nn.Sequential(*layers))
            channels = w
        self.blocks = nn.Sequential(*blocks)
        self.embedding_dim = widths[-1]

    def forward(self, x):
        return F.adaptive_avg_pool2d(self.blocks(self.stem(x)), 1).flatten(1)


def resnet18():
    try:
        import torchvision
        model = torchvision.models.resnet18()
    except ImportError:
        model = _resnet18_by_hand()
    model.fc = nn.Identity()
    model.embedding_dim = 512
    return model


def _resnet18_by_hand():
    class Basic(nn.Module):
        def __init__(self, cin, cout, stride):
            super().__init__()
            self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False); self.bn1 = nn.BatchNorm2d(cout)
            self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False); self.bn2 = nn.BatchNorm2d(cout)
            self.downsample = None if stride == 1 and cin == cout else nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

        def forward(self, x):
            out = F.relu(self.bn1(self.conv1(x)))
            out = self.bn2(self.conv2(out))
            return F.relu(out + (x if self.downsample is None else self.downsample(x)))

    class ResNet18(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(3, 64, 7, 2, 3, bias=False); self.bn1 = nn.BatchNorm2d(64)
            self.maxpool = nn.MaxPool2d(3, 2, 1)
            self.layer1 = nn.Sequential(Basic(64, 64, 1), Basic(64, 64, 1))
            self.layer2 = nn.Sequential(Basic(64, 128, 2), Basic(128, 128, 1))
            self.layer3 = nn.Sequential(Basic(128, 256, 2), Basic(256, 256, 1))
            self.layer4 = nn.Sequential(Basic(256, 512, 2), Basic(512, 512, 1))
            self.fc = nn.Identity()

        def forward(self, x):
            x = self.maxpool(F.relu(self.bn1(self.conv1(x))))
            x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
            return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))

    return ResNet18()


def rnc_loss(features, labels, temperature=2.0):
    """Sort-based Rank-N-Contrast (RankNContrastLoss.cs), L1 label distance, L2 feature distance."""
    n = features.shape[0]
    views = 2 * n
    flat = torch.cat([features[:, 0], features[:, 1]], 0)
    y = labels.reshape(n, -1).to(flat.dtype)
    y = torch.cat([y, y], 0)
    sq = flat.square().sum(1, keepdim=True)
    logits = -(sq + sq.t() - 2 * flat @ flat.t()).clamp_min(1e-12).sqrt() / temperature
    label_diffs = torch.cdist(y, y, p=1.0)
    rows = label_diffs.masked_fill(torch.eye(views, dtype=torch.bool), -1.0)
    all_sorted, all_order = rows.sort(dim=1)
    sorted_labels = all_sorted[:, 1:].contiguous()
    sorted_logits = logits.gather(1, all_order[:, 1:])
    if sorted_logits.shape[1] < 128:
        suffix = sorted_logits.flip(1).logcumsumexp(1).flip(1)
    else:
        row_max = sorted_logits.detach().max(1, keepdim=True).values
        sums = (sorted_logits - row_max).double().exp().flip(1).cumsum(1).flip(1)
        suffix = sums.log().to(sorted_logits.dtype) + row_max
    start = torch.searchsorted(sorted_labels, sorted_labels, right=False).clamp_max(views - 2)
    return (suffix.gather(1, start) - sorted_logits).mean()


def run(model_name, objective, steps, batch=32):
    torch.manual_seed(1)
    size = 40 if model_name == "small-cnn-40" else 64
    encoder = SmallCnn() if model_name == "small-cnn-40" else resnet18()
    head = nn.Linear(encoder.embedding_dim, 1)
    encoder.train()
    params = list(encoder.parameters()) + ([] if objective == "rnc" else list(head.parameters()))
    optimizer = torch.optim.AdamW(params, lr=5e-4, weight_decay=1e-4)
    g = torch.Generator().manual_seed(2)
    images = torch.rand(2 * batch, 3, size, size, generator=g)
    labels = torch.randint(0, 20, (batch,), generator=g).float()
    labels_twice = torch.cat([labels, labels])

    def step():
        emb = encoder(images)
        if objective == "rnc":
            loss = rnc_loss(torch.stack([emb[:batch], emb[batch:]], 1), labels)
        else:
            loss = F.l1_loss(head(emb).reshape(-1), labels_twice)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss.item()

    for _ in range(3):
        step()
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--json")
    parser.add_argument("--models", default="small-cnn-40,resnet18-64")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    results = []
    for model in [m for m in args.models.split(",") if m]:
        for objective in ("supervised", "rnc"):
            steps = args.steps if model == "small-cnn-40" else max(3, args.steps // 3)
            times = run(model, objective, steps)
            row = {"model": model, "objective": objective, "median_s": statistics.median(times), "mean_s": statistics.mean(times),
                   "min_s": min(times), "steps": len(times)}
            results.append(row)
            print(f"{model:14s} {objective:10s} median {row['median_s'] * 1e3:8.1f} ms  mean {row['mean_s'] * 1e3:8.1f} ms  min {row['min_s'] * 1e3:8.1f} ms")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"torch": torch.__version__, "threads": torch.get_num_threads(), "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
