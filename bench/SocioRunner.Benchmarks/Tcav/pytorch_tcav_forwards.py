# Forward passes of the TCAV workload in plain PyTorch 1.13: ResNet-18 (torchvision layout, random weights, eval,
# no_grad) at 64x64, 420 concept images then 300 random-pool images, batch 64, 2 threads; best of 5 rounds after warm-up.
import time, torch
torch.set_num_threads(2)
try:
    import torchvision
    model = torchvision.models.resnet18()
except ImportError:
    raise SystemExit("needs Debian's python3-torchvision (apt-get install -y python3-torchvision)")
model.fc = torch.nn.Linear(512, 1)
model.eval()
g = torch.Generator().manual_seed(1)
def run(n):
    x = torch.rand(n, 3, 64, 64, generator=g)
    t = time.perf_counter()
    with torch.no_grad():
        for i in range(0, n, 64):
            model(x[i:i+64])
    return time.perf_counter() - t
run(128)
for label, n in (("concept activations", 420), ("pool", 300)):
    best = min(run(n) for _ in range(5))
    print(f"{label}: {best:.2f} s ({n} images)")
