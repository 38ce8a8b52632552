"""Domain Fréchet distance: Fréchet distance (Heusel et al. 2017) on the penultimate features of a
small classifier trained on the dataset itself, for image sets where Inception features mean
little (8x8 digits, 28x28 silhouettes). Reported as ``domain_fd/<dataset>``, never as FID: its
values are not comparable with FID or across datasets. The idea follows the "FID with a domain
classifier" practice (e.g. the LeNet-based FID of MNIST GAN papers).

Datasets, all offline: scikit-learn's ``load_digits`` (1797 images, 8x8, values 0..16) and
Animal-MNIST (PyPI ``animal-mnist``, 10,000 28x28 uint8 silhouettes, 10 classes), read directly
from the package's gzip pickles (its Python loader imports TensorFlow).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from blocks.metrics_image.inception import file_sha256

DomainName = Literal["digits", "animal_mnist"]
DOMAINS: tuple[str, ...] = ("digits", "animal_mnist")
#: native image size per dataset
DOMAIN_SIZE: dict[str, int] = {"digits": 8, "animal_mnist": 28}
WEIGHTS_DIR = Path(__file__).parent / "weights"
FEATURE_DIM = 128


class DomainWeightsMissing(FileNotFoundError):
    """The shipped classifier weights of a dataset are absent."""


class DomainDataMissing(FileNotFoundError):
    """The dataset files are not installed."""


def load_domain_dataset(name: str) -> tuple[Tensor, Tensor]:
    """Images as float32 ``[N, 1, H, W]`` in [-1, 1] and int64 labels ``[N]``."""
    if name == "digits":
        from sklearn.datasets import load_digits

        d = load_digits()
        x = torch.from_numpy(d.images.astype(np.float32)) / 8.0 - 1.0  # 0..16 -> [-1, 1]
        return x[:, None], torch.from_numpy(d.target.astype(np.int64))
    if name == "animal_mnist":
        from blocks.data import load_animal_mnist

        try:
            images, labels = load_animal_mnist()
        except FileNotFoundError as err:
            raise DomainDataMissing(str(err)) from None
        x = torch.from_numpy(images.astype(np.float32)) / 127.5 - 1.0
        return x[:, None], torch.from_numpy(labels)
    raise ValueError(f"unknown domain dataset {name!r}; known: {', '.join(DOMAINS)}")


def split_indices(n: int, test_fraction: float = 0.2, seed: int = 0) -> tuple[Tensor, Tensor]:
    """A fixed random train/held-out split of ``range(n)``."""
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    n_test = round(n * test_fraction)
    return perm[n_test:], perm[:n_test]


class DomainNet(nn.Module):
    """Small CNN: 3 convs, pooled to 2x2, a 128-d feature layer, a 10-way head (~90k params)."""

    def __init__(self, n_classes: int = 10, width: int = 32):
        super().__init__()
        w = width
        self.body = nn.Sequential(
            nn.Conv2d(1, w // 2, 3, padding=1),
            nn.ReLU(),
            nn.Conv2d(w // 2, w, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2, ceil_mode=True),
            nn.Conv2d(w, 2 * w, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(2),
            nn.Flatten(),
            nn.Linear(8 * w, FEATURE_DIM),
            nn.ReLU(),
        )
        self.head = nn.Linear(FEATURE_DIM, n_classes)

    def features(self, x: Tensor) -> Tensor:
        return self.body(x)

    def forward(self, x: Tensor) -> Tensor:
        return self.head(self.body(x))


def weights_file(name: str) -> Path:
    return WEIGHTS_DIR / f"{name}_cnn.pt"


def meta_file(name: str) -> Path:
    return WEIGHTS_DIR / f"{name}_cnn.json"


def load_domain_net(name: str) -> DomainNet:
    """The shipped classifier of ``name`` (eval mode, no grads)."""
    if name not in DOMAINS:
        raise ValueError(f"unknown domain dataset {name!r}; known: {', '.join(DOMAINS)}")
    path = weights_file(name)
    if not path.is_file():
        raise DomainWeightsMissing(
            f"{path} is missing: run `python scripts/train_domain_classifier.py {name}`"
        )
    net = DomainNet()
    net.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    return net.eval().requires_grad_(False)


def domain_meta(name: str) -> dict[str, Any]:
    """The training record written beside the weights (accuracy, split, epochs)."""
    return json.loads(meta_file(name).read_text())


def to_domain_input(x: Tensor, size: int) -> Tensor:
    """[-1, 1] images ``[N, C, H, W]`` -> 1-channel float ``[N, 1, size, size]`` (channel mean,
    antialiased bilinear resize when the size differs)."""
    x = x.float()
    if x.shape[1] != 1:
        x = x.mean(1, keepdim=True)
    if x.shape[-2:] != (size, size):
        x = F.interpolate(
            x, size=(size, size), mode="bilinear", align_corners=False, antialias=True
        )
    return x


@dataclass(frozen=True)
class DomainInfo:
    name: str
    size: int
    sha256: str


class DomainFeatures(nn.Module):
    """128-d penultimate features of the shipped domain classifier of one dataset."""

    dim = FEATURE_DIM

    def __init__(self, name: str):
        super().__init__()
        self.net = load_domain_net(name)
        self.info = DomainInfo(name, DOMAIN_SIZE[name], file_sha256(str(weights_file(name))))

    def train(self, mode: bool = True) -> DomainFeatures:
        return super().train(False)

    def forward(self, x: Tensor) -> Tensor:
        """``x``: float images in [-1, 1] ``[N, C, H, W]`` -> ``[N, 128]``."""
        return self.net.features(to_domain_input(x, self.info.size))


def accuracy(net: nn.Module, x: Tensor, y: Tensor, batch_size: int = 1000) -> float:
    """Top-1 accuracy of ``net`` on ``(x, y)``."""
    correct = 0
    with torch.inference_mode():
        for s in range(0, x.shape[0], batch_size):
            correct += int((net(x[s : s + batch_size]).argmax(1) == y[s : s + batch_size]).sum())
    return correct / max(1, x.shape[0])
