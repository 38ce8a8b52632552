"""Sampling for the paper metrics and class-conditional grids: G(z, y=c) through any sampling path.

Contract v2: a conditional generator is called ``G(z, y=labels)``. Samplers (truncation,
Langevin…) pass only ``z`` on, so the labels reach the wrapped generator through a forward
pre-hook while ``with_labels`` is open.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch import Tensor, nn

from blocks.base import UnsupportedShape
from blocks.metrics_image.features import _seeded, batches
from blocks.metrics_image.stats_cache import Progress
from blocks.runtime import LatentSampler


def label_target(generator: nn.Module) -> nn.Module | None:
    """The module of a sampling path that takes ``y`` (G or G_ema itself, or the generator a
    sampler wraps); None for an unconditional path."""
    m: Any = generator
    for _ in range(8):
        if isinstance(m, nn.Module) and "y" in inspect.signature(m.forward).parameters:
            return m
        m = getattr(m, "generator", None)
        if m is None:
            return None
    return None


@contextmanager
def with_labels(generator: nn.Module, holder: list[Tensor]) -> Iterator[None]:
    """While open, every call of the labelled module without ``y`` gets ``holder[0]`` (contract
    v2: ``G(z, y=labels)``), also through samplers that only pass z on."""
    target = label_target(generator)
    if target is None:
        raise UnsupportedShape("the sampling path takes no labels (wire data.labels to G.y)")

    def hook(m: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if "y" in kwargs or len(args) > 1:
            return None
        y = holder[0]
        if args[0].shape[0] != y.shape[0]:
            raise ValueError(f"labels for {y.shape[0]} samples, batch of {args[0].shape[0]}")
        return args, {**kwargs, "y": y}

    handle = target.register_forward_pre_hook(hook, with_kwargs=True)
    try:
        yield
    finally:
        handle.remove()


def embed_fakes(
    generator: nn.Module,
    latent: LatentSampler,
    n: int,
    embed: Callable[[Tensor], None],
    device: torch.device,
    batch_size: int,
    seed: int,
    progress: Progress,
    label: int | None = None,
) -> bool:
    """Feed ``n`` generated images batch by batch to ``embed`` (eval mode, no grad, seeded; mode
    and RNG restored); ``label``: G(z, y=label). False when a sample was NaN/inf."""
    was_training = generator.training
    generator.eval()
    finite = torch.ones((), dtype=torch.bool, device=device)
    holder: list[Tensor] = []
    ctx = with_labels(generator, holder) if label is not None else _nothing()
    try:
        with _seeded(device, seed), torch.no_grad(), ctx:
            for b in batches(n, batch_size):
                holder[:] = [torch.full((b,), int(label or 0), dtype=torch.long, device=device)]
                x = generator(latent.sample(b, device))
                finite &= torch.isfinite(x).all()
                embed(x)
                progress.add(b, "generated" if label is None else f"generated, class {label}")
    finally:
        generator.train(was_training)
    return bool(finite)


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def labelled_reals(node_id: str, data: Any, seed: int) -> tuple[Tensor, Tensor]:
    """All real images, shuffled by a generator seeded with ``seed``, and their labels.

    The dataset draws ``randperm(len, generator)`` (``sample_without_replacement``); a twin
    generator gives the same permutation, which picks the labels.
    """
    labels = getattr(data, "labels", None)
    if labels is None or not getattr(data, "n_classes", 0):
        raise UnsupportedShape(f"{node_id}: intra-class FID needs a labelled data source")
    n = len(data)
    images = data.sample_without_replacement(n, torch.Generator().manual_seed(seed))
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    return images, labels.index_select(0, perm.to(labels.device))
