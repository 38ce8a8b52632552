"""Shared pieces of the data blocks: the two data sources, paths and image resizing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from blocks.base import BlockProblem, handle, samples
from blocks.runtime import DataSource
from schemas import PortType
from schemas.datapaths import Place, absolute, find_root, is_relative

REAL_OUT = (samples("real", "Real samples [B, *shape]."),)
#: a labelled dataset also gives the class of each sample (wire to G.y and D.y: conditional GANs)
LABELLED_OUT = (
    *REAL_OUT,
    handle("labels", PortType.LABELS, "Class labels [B] of the real batch (conditional GANs)."),
)

#: lower-case file extensions read by ``data.image_folder`` (torchvision's ``IMG_EXTENSIONS``)
IMG_EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")

#: images resized per chunk on the device (bounds the float32 working memory)
_RESIZE_CHUNK = 4096


# --------------------------------------------------------------------------------------------
# Pure helpers


def resolve_root(root: str) -> Path:
    """Absolute path of a root taken as typed: ``~`` expanded, relative roots from the cwd.

    ``..`` is normalised away (so messages show the real folder); symlinks are kept. Blocks look
    relative roots up with :func:`locate_root` (data folder, graph's folder, then the cwd).
    """
    return absolute(root)


def locate_root(root: str, holds_data: Callable[[Path], bool]) -> tuple[Path | None, list[Place]]:
    """The first place of ``root`` that ``holds_data``, and every place looked.

    See ``schemas.datapaths``: the data folder, the graph's folder, then the cwd.
    """
    return find_root(root, holds_data)


def root_problem(field: str, root: str) -> BlockProblem | None:
    """``bad_path`` when the root is unusable as a folder name or an absolute root is a file."""
    if not root.strip():
        return BlockProblem(field, "bad_path", "root is empty: give the folder holding the data")
    if "\x00" in root:
        return BlockProblem(field, "bad_path", "root contains a NUL character")
    path = resolve_root(root)
    if not is_relative(root) and path.exists() and not path.is_dir():
        return BlockProblem(field, "bad_path", f"root {path} is a file, not a folder")
    return None


def to_unit_range(x: Tensor) -> Tensor:
    """uint8 images in [0, 255] → float32 in [−1, 1] (0 → −1, 255 → 1); float passes through."""
    if x.dtype == torch.uint8:
        return x.float().div_(127.5).sub_(1.0)
    return x


def resize_images(x: Tensor, size: int) -> Tensor:
    """Bilinear resize of ``[N, C, H, W]`` to ``size×size`` (antialiased when shrinking).

    uint8 in → uint8 out (rounded), float in → float out; done in chunks on x's device.
    """
    if tuple(x.shape[-2:]) == (size, size):
        return x
    out = torch.empty((x.shape[0], x.shape[1], size, size), dtype=x.dtype, device=x.device)
    for i in range(0, x.shape[0], _RESIZE_CHUNK):
        chunk = x[i : i + _RESIZE_CHUNK].float()
        y = F.interpolate(
            chunk, size=(size, size), mode="bilinear", align_corners=False, antialias=True
        )
        out[i : i + _RESIZE_CHUNK] = y.round_().clamp_(0, 255) if x.dtype == torch.uint8 else y
    return out


# --------------------------------------------------------------------------------------------
# Data sources


class MixtureSource(DataSource):
    """Equal-weight isotropic Gaussian mixture; draws from the global RNG on the device."""

    def __init__(self, centres: Tensor, std: float, device: torch.device, cache_key: str):
        self.modes = centres.to(device=device, dtype=torch.float32)
        self.mode_std = float(std)
        self.shape = (int(centres.shape[1]),)
        pad = 3.0 * self.mode_std
        self.value_range = (float(centres.min()) - pad, float(centres.max()) + pad)
        self.cache_key = cache_key
        self._device = device

    def next(self, n: int) -> Tensor:
        modes = self.modes
        assert modes is not None
        idx = torch.randint(modes.shape[0], (n,), device=self._device)
        noise = torch.randn(n, self.shape[0], device=self._device)
        return noise.mul_(self.mode_std).add_(modes[idx])

    def sample_without_replacement(self, n: int, generator: torch.Generator) -> Tensor:
        """``n`` fresh points drawn with ``generator`` on the CPU (a mixture never runs out)."""
        modes = self.modes
        assert modes is not None
        idx = torch.randint(modes.shape[0], (n,), generator=generator)
        noise = torch.randn(n, self.shape[0], generator=generator).mul_(self.mode_std)
        return noise.to(self._device).add_(modes[idx.to(self._device)])


class TensorSource(DataSource):
    """A whole dataset as one tensor on the device, batched by a per-epoch permutation.

    ``data`` is ``[N, *shape]``, uint8 in [0, 255] or float32 already in [−1, 1]; ``labels``
    (int64 ``[N]``, optional) are gathered with the same indices into ``last_labels``. Batches wrap
    across epochs (the end of one permutation, then the start of the next), so every image is seen
    exactly once per epoch whatever the batch size. The permutation is drawn on the CPU from a
    ``torch.Generator`` seeded with ``seed`` and copied to the device once per epoch (pinned,
    non-blocking: no host sync).

    Sharded (``shard(rank, world)``, data-parallel training) every rank walks the same
    permutation, takes ``world·n`` indices per batch and keeps its own ``n`` of them (as
    PyTorch's ``DistributedSampler`` splits an epoch): the ranks' batches are disjoint, together
    they are the batch one process would draw at ``world·n``, and the state (generator,
    permutation, position) is the same on every rank, so a checkpoint resumes on any number.
    """

    def __init__(self, data: Tensor, seed: int, cache_key: str, labels: Tensor | None = None):
        if data.shape[0] == 0:
            raise ValueError("the dataset is empty")
        self.data = data
        self.labels = None if labels is None else labels.to(data.device, torch.long)
        self.n_classes = 0 if labels is None else int(labels.max()) + 1
        self.last_labels: Tensor | None = None
        self.shape = tuple(int(s) for s in data.shape[1:])
        self.value_range = (-1.0, 1.0)
        self.cache_key = cache_key
        self._device = data.device
        self._n = int(data.shape[0])
        self._gen = torch.Generator().manual_seed(int(seed))
        self._perm = self._new_perm()
        self._pos = 0
        self._rank, self._world = 0, 1

    def shard(self, rank: int, world: int) -> None:
        self._rank, self._world = int(rank), int(world)

    def __len__(self) -> int:
        return self._n

    def _new_perm(self) -> Tensor:
        perm = torch.randperm(self._n, generator=self._gen)
        if self._device.type == "cuda":
            return perm.pin_memory().to(self._device, non_blocking=True)
        return perm.to(self._device)

    def _indices(self, n: int) -> Iterator[Tensor]:
        need = n
        while need > 0:
            if self._pos == self._n:
                self._perm, self._pos = self._new_perm(), 0
            take = min(need, self._n - self._pos)
            yield self._perm[self._pos : self._pos + take]
            self._pos += take
            need -= take

    def next(self, n: int) -> Tensor:
        parts = list(self._indices(n * self._world))
        idx = parts[0] if len(parts) == 1 else torch.cat(parts)
        if self._world > 1:
            idx = idx[self._rank * n : (self._rank + 1) * n]
        if self.labels is not None:
            self.last_labels = self.labels.index_select(0, idx)
        return to_unit_range(self.data.index_select(0, idx))

    def sample_without_replacement(self, n: int, generator: torch.Generator) -> Tensor:
        """``min(n, len(self))`` distinct samples picked by ``generator``; the stream untouched."""
        idx = torch.randperm(self._n, generator=generator)[: min(n, self._n)]
        return to_unit_range(self.data.index_select(0, idx.to(self._device)))

    def state_dict(self) -> dict[str, Any]:
        return {
            "generator": self._gen.get_state(),
            "perm": self._perm.cpu(),
            "pos": self._pos,
            "n": self._n,
            "cache_key": self.cache_key,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if int(state["n"]) != self._n:
            raise ValueError(
                f"the checkpoint's data source had {state['n']} samples, this one has {self._n}:"
                " the dataset changed since the run was saved"
            )
        self._gen.set_state(state["generator"])
        self._perm = state["perm"].to(self._device)
        self._pos = int(state["pos"])
