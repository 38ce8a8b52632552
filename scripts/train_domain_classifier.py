"""Train the small domain classifiers behind ``domain_fd/<dataset>`` and write their weights.

Usage: ``python scripts/train_domain_classifier.py [digits] [animal_mnist] [--epochs N]``

Writes ``blocks/metrics_image/weights/<dataset>_cnn.pt`` (float32 state dict, < 1 MB) and
``<dataset>_cnn.json`` (held-out accuracy, split, epochs, sha256, command). Deterministic on CPU
for a given torch version: fixed split seed, fixed init and shuffling seed, random ±shift
augmentation drawn from the same seeded generator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from blocks.metrics_image.domain import (
    DOMAINS,
    DomainNet,
    accuracy,
    load_domain_dataset,
    meta_file,
    split_indices,
    weights_file,
)
from blocks.metrics_image.inception import file_sha256

#: epochs and max shift (pixels) of the augmentation, per dataset
DEFAULTS = {"digits": (60, 1), "animal_mnist": (12, 2)}
SPLIT_SEED = 0
TEST_FRACTION = 0.2


def random_shift(x: torch.Tensor, max_shift: int, gen: torch.Generator) -> torch.Tensor:
    """Translate each image by an integer offset in [-max_shift, max_shift] (background fill)."""
    if max_shift == 0:
        return x
    n, c, h, w = x.shape
    pad = F.pad(x, (max_shift,) * 4, value=-1.0)
    dy = torch.randint(0, 2 * max_shift + 1, (n,), generator=gen)
    dx = torch.randint(0, 2 * max_shift + 1, (n,), generator=gen)
    rows = (dy[:, None] + torch.arange(h))[:, None, :, None].expand(n, c, h, pad.shape[3])
    cols = (dx[:, None] + torch.arange(w))[:, None, None, :].expand(n, c, h, w)
    return pad.gather(2, rows).gather(3, cols)


def train(name: str, epochs: int, max_shift: int, batch_size: int = 128, seed: int = 0) -> dict:
    x, y = load_domain_dataset(name)
    tr, te = split_indices(x.shape[0], TEST_FRACTION, SPLIT_SEED)
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    net = DomainNet()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=2e-3, total_steps=epochs * ((len(tr) + batch_size - 1) // batch_size)
    )
    t0 = time.perf_counter()
    for epoch in range(epochs):
        net.train()
        perm = tr[torch.randperm(len(tr), generator=gen)]
        for s in range(0, len(perm), batch_size):
            idx = perm[s : s + batch_size]
            loss = F.cross_entropy(net(random_shift(x[idx], max_shift, gen)), y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
        net.eval()
        if epoch == epochs - 1 or epoch % 5 == 0:
            print(
                f"{name} epoch {epoch + 1}/{epochs} loss {loss.item():.4f} "
                f"held-out acc {accuracy(net, x[te], y[te]):.4f}",
                flush=True,
            )
    net.eval()
    out = weights_file(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save({k: v.contiguous() for k, v in net.state_dict().items()}, out)
    meta = {
        "dataset": name,
        "image_size": int(x.shape[-1]),
        "feature_dim": 128,
        "params": sum(p.numel() for p in net.parameters()),
        "n_train": len(tr),
        "n_heldout": len(te),
        "split_seed": SPLIT_SEED,
        "test_fraction": TEST_FRACTION,
        "epochs": epochs,
        "max_shift": max_shift,
        "seed": seed,
        "train_accuracy": round(accuracy(net, x[tr], y[tr]), 4),
        "heldout_accuracy": round(accuracy(net, x[te], y[te]), 4),
        "train_seconds": round(time.perf_counter() - t0, 1),
        "torch": torch.__version__,
        "sha256": file_sha256.__wrapped__(str(out)),
        "bytes": out.stat().st_size,
        "command": f"python scripts/train_domain_classifier.py {name} --epochs {epochs}",
    }
    meta_file(name).write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return meta


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="*", choices=DOMAINS, default=list(DOMAINS))
    ap.add_argument("--epochs", type=int, default=None, help="default: per dataset")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    for name in args.datasets or DOMAINS:
        epochs, shift = DEFAULTS[name]
        train(name, args.epochs or epochs, shift)


if __name__ == "__main__":
    main()
