"""Feature extractors for the image metrics, sampling of generated/real images, real-feature cache.

Two extractors, both offline:
- ``inception``: FID Inception pool3 (2048-d) of Heusel et al. 2017, via ``InceptionFeatures``.
- ``domain``: the 128-d features of the small classifier shipped for a dataset (``domain.py``).

Real features are cached per (data identity, extractor, weights hash, n, seed) for the life of
the process, when the data source exposes a ``cache_key`` string; without one they are recomputed.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import torch
from torch import Tensor, nn

from blocks.metrics_image.domain import DOMAIN_SIZE, DomainFeatures, domain_meta
from blocks.metrics_image.fid import GaussianStats, feature_stats
from blocks.metrics_image.inception import InceptionFeatures, find_inception_weights, to_uint8_rgb

INCEPTION_NAME = "inception_v3_tf_2015_12_05_pool3"
INCEPTION_RESIZE = "uint8 quantisation, TF1-compatible bilinear to 299x299 (torch-fidelity)"


@dataclass
class FeatureExtractor:
    """A feature network plus its input preparation and the labels its numbers carry."""

    name: str
    dim: int
    sha256: str
    net: nn.Module
    prepare: Callable[[Tensor], Tensor]
    resize: Callable[[tuple[int, ...]], str]
    extra: dict[str, Any] = field(default_factory=dict)

    @torch.inference_mode()
    def features(self, images: Tensor) -> Tensor:
        """Images in [-1, 1] ``[N, C, H, W]`` -> float32 features ``[N, dim]`` on their device."""
        return self.net(self.prepare(images)).float()

    def protocol(self, image_shape: tuple[int, ...]) -> dict[str, Any]:
        return {
            "extractor": self.name,
            "weights_sha256": self.sha256[:16],
            "resize": self.resize(image_shape),
            **self.extra,
        }


# The extractors are built the first time a metric runs, in the middle of training. Their
# layers are constructed with the usual random init (drawn from the global CPU RNG) before the
# shipped weights overwrite it, so the build runs on a forked RNG: a run with metrics draws the
# same training randomness as one without, and a resumed run (which builds them again) the same
# as an uninterrupted one. Built on the CPU, then moved: no device RNG is touched.


@lru_cache(maxsize=4)
def _inception(path: str, device: str) -> InceptionFeatures:
    with torch.random.fork_rng(devices=[]):
        net = InceptionFeatures(path)
    return net.to(torch.device(device))


@lru_cache(maxsize=8)
def _domain(name: str, device: str) -> DomainFeatures:
    with torch.random.fork_rng(devices=[]):
        net = DomainFeatures(name)
    return net.to(torch.device(device))


def inception_extractor(
    weights_path: str | os.PathLike[str] | None = None, device: torch.device | str = "cpu"
) -> FeatureExtractor:
    """The FID Inception (raises ``InceptionWeightsMissing`` naming the options)."""
    path = str(find_inception_weights(weights_path))
    net = _inception(path, str(torch.device(device)))
    return FeatureExtractor(
        INCEPTION_NAME,
        net.dim,
        net.weights_sha256,
        net,
        to_uint8_rgb,
        lambda shape: INCEPTION_RESIZE,
        {"weights_file": os.path.basename(path)},
    )


def domain_extractor(dataset: str, device: torch.device | str = "cpu") -> FeatureExtractor:
    """The shipped classifier of ``dataset`` (``digits`` or ``animal_mnist``)."""
    net = _domain(dataset, str(torch.device(device)))
    size = DOMAIN_SIZE[dataset]

    def resize(shape: tuple[int, ...]) -> str:
        if tuple(shape[-2:]) == (size, size):
            return "none" if shape[0] == 1 else "channel mean"
        return f"bilinear antialias {shape[-2]}x{shape[-1]} -> {size}x{size}"

    acc = domain_meta(dataset).get("heldout_accuracy")
    return FeatureExtractor(
        f"domain_cnn/{dataset}",
        net.dim,
        net.info.sha256,
        net,
        lambda x: x,
        resize,
        {"classifier_heldout_accuracy": acc},
    )


def batches(n: int, batch_size: int) -> Iterator[int]:
    """Sizes of consecutive batches that add up to ``n``."""
    for s in range(0, n, batch_size):
        yield min(batch_size, n - s)


@contextmanager
def _seeded(device: torch.device, seed: int) -> Iterator[None]:
    """Run a block with the global RNGs seeded, restoring them after (training is unaffected)."""
    cuda = device.type == "cuda"
    with torch.random.fork_rng(devices=[device] if cuda else []):
        torch.default_generator.manual_seed(seed)
        if cuda:
            with torch.cuda.device(device):
                torch.cuda.manual_seed(seed)  # this device only: the one that was forked
        yield


class NonFiniteSamples(ValueError):
    """The generator produced NaN or inf: the metric is undefined (reported as NaN)."""


def fake_features(
    generator: nn.Module,
    latent: Any,
    n: int,
    extractor: FeatureExtractor,
    device: torch.device,
    batch_size: int = 100,
    seed: int = 2020,
) -> tuple[Tensor, tuple[int, ...]]:
    """Features of ``n`` generated images ``G(latent.sample(b))`` (eval mode, no grad, seeded
    global RNG; the generator's mode and the RNG states are restored). Returns (features,
    image shape)."""
    was_training = generator.training
    generator.eval()
    out: list[Tensor] = []
    shape: tuple[int, ...] = ()
    finite = torch.ones((), dtype=torch.bool, device=device)
    try:
        with _seeded(device, seed), torch.no_grad():
            for b in batches(n, batch_size):
                x = generator(latent.sample(b, device))
                shape = tuple(x.shape[1:])
                finite &= torch.isfinite(x).all()
                out.append(extractor.features(x))
    finally:
        generator.train(was_training)
    if not bool(finite):  # one host sync per evaluation
        raise NonFiniteSamples("the generator produced NaN/inf samples")
    return torch.cat(out), shape


@dataclass
class RealBank:
    """Cached real features and, computed once when asked, their Gaussian fit."""

    features: Tensor
    shape: tuple[int, ...]
    _stats: GaussianStats | None = None

    def stats(self) -> GaussianStats:
        if self._stats is None:
            self._stats = feature_stats(self.features)
        return self._stats


_REAL_CACHE: OrderedDict[tuple[Any, ...], RealBank] = OrderedDict()
REAL_CACHE_SIZE = 8


def clear_real_cache() -> None:
    _REAL_CACHE.clear()


def real_features(
    data: Any,
    n: int,
    extractor: FeatureExtractor,
    device: torch.device,
    batch_size: int = 100,
    seed: int = 2020,
) -> RealBank:
    """Features of up to ``n`` real images drawn without replacement by a generator seeded with
    ``seed`` (``data.sample_without_replacement``), never from the training stream: the subset
    depends on the seed only, not on where training stands, and a small dataset is not wrapped
    around (it gives all its images; ``len(bank.features)`` says how many). Cached by
    ``data.cache_key`` when the source has one."""
    key_id = getattr(data, "cache_key", None)
    key = (key_id, extractor.name, extractor.sha256, n, seed, str(device))
    if key_id is not None and key in _REAL_CACHE:
        _REAL_CACHE.move_to_end(key)
        return _REAL_CACHE[key]
    with torch.no_grad():
        images = data.sample_without_replacement(n, torch.Generator().manual_seed(seed))
        out = [
            extractor.features(images[i : i + batch_size].to(device))
            for i in range(0, images.shape[0], batch_size)
        ]
    bank = RealBank(torch.cat(out), tuple(images.shape[1:]))
    if key_id is not None:
        _REAL_CACHE[key] = bank
        while len(_REAL_CACHE) > REAL_CACHE_SIZE:
            _REAL_CACHE.popitem(last=False)
    return bank
