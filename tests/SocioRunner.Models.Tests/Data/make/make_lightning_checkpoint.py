# Creates a tiny PyTorch Lightning-shaped checkpoint (as the original project writes them) around a small CNN
# with SocioRunner's small-cnn layout, plus expected outputs for a fixed input. Run with Debian's python3-torch 1.13.
import collections, json, sys, types
import torch, torch.nn as nn

torch.manual_seed(0)

def cbr(i, o, stride=1):
    return nn.Sequential(collections.OrderedDict(conv=nn.Conv2d(i, o, 3, stride, 1, bias=False), bn=nn.BatchNorm2d(o), relu=nn.ReLU()))

def block(i, o, pool):
    layers = collections.OrderedDict(conv_a=cbr(i, o), conv_b=cbr(o, o))
    if pool: layers['pool'] = nn.MaxPool2d(2)
    return nn.Sequential(layers)

class SmallCnn(nn.Module):
    def __init__(self, widths):
        super().__init__()
        self.stem = cbr(3, widths[0], 2)
        blocks, c = [], widths[0]
        for k, w in enumerate(widths):
            blocks.append(block(c, w, k < len(widths) - 1)); c = w
        self.blocks = nn.ModuleList(blocks)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
    def forward(self, x):
        x = self.stem(x)
        for b in self.blocks: x = b(x)
        return torch.flatten(self.avgpool(x), 1)

class Encoder(nn.Module):      # original: model.encoder.encoder = torchvision resnet50 with fc = Identity
    def __init__(self): super().__init__(); self.encoder = SmallCnn([4, 8])
    def forward(self, x): return self.encoder(x)

class Model(nn.Module):        # original: model.encoder + model.prediction_layer
    def __init__(self):
        super().__init__(); self.encoder = Encoder(); self.prediction_layer = nn.Linear(8, 1)
    def forward(self, x): return self.prediction_layer(self.encoder(x))

class Module(nn.Module):       # the LightningModule holds the model as self.model
    def __init__(self): super().__init__(); self.model = Model()

m = Module()
for mod in m.modules():        # non-trivial BN statistics so eval mode is really tested
    if isinstance(mod, nn.BatchNorm2d):
        mod.weight.data.uniform_(0.5, 1.5); mod.bias.data.uniform_(-0.2, 0.2)
m.train()
with torch.no_grad():
    for _ in range(5): m.model(torch.rand(8, 3, 16, 16))
m.eval()

# Lightning saves hyper_parameters as an AttributeDict; recreate the class path without Lightning installed.
parsing = types.ModuleType('pytorch_lightning.utilities.parsing')
class AttributeDict(dict): pass
AttributeDict.__module__ = 'pytorch_lightning.utilities.parsing'
parsing.AttributeDict = AttributeDict
for name in ['pytorch_lightning', 'pytorch_lightning.utilities', 'pytorch_lightning.utilities.parsing']:
    sys.modules.setdefault(name, types.ModuleType(name))
sys.modules['pytorch_lightning.utilities.parsing'] = parsing

opt = torch.optim.AdamW(m.parameters(), lr=0.005)
loss = m.model(torch.randn(2, 3, 16, 16)).sum(); loss.backward(); opt.step()
sched = torch.optim.lr_scheduler.ExponentialLR(opt, 0.95)
checkpoint = {
    'epoch': 3, 'global_step': 120, 'pytorch-lightning_version': '1.9.0',
    'state_dict': m.state_dict(),
    'loops': {}, 'callbacks': {"ModelCheckpoint{'monitor': 'val_r2'}": {'best_model_score': torch.tensor(0.61), 'dirpath': '/tmp/x'}},
    'optimizer_states': [opt.state_dict()], 'lr_schedulers': [sched.state_dict()],
    'hparams_name': 'kwargs', 'hyper_parameters': AttributeDict(lr=0.005, encoder='small-cnn'),
}
torch.save(checkpoint, sys.argv[1])

x = torch.rand(2, 3, 16, 16, generator=torch.Generator().manual_seed(5))
with torch.no_grad():
    emb = m.model.encoder(x); pred = m.model(x)
json.dump({'torch': torch.__version__, 'input_shape': list(x.shape), 'input': x.flatten().tolist(),
           'embedding': emb.flatten().tolist(), 'prediction': pred.flatten().tolist(),
           'keys': list(m.state_dict().keys())}, open(sys.argv[2], 'w'))
print(len(m.state_dict()), 'keys')
