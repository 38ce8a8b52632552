"""Named device-side statistics (the idea of StyleGAN2-ADA's ``training_stats``).

Any block reports a tensor under a name; the values are summed on the device (no host sync) in
running totals that only ``report`` changes. Every reader — the log window, an adaptive
augmentation rule, a regularizer's own readout — holds a ``Collector`` with its own starting
point, so no reader zeroes what another one reads.

Under ``torch.distributed`` (a process group of more than one rank) every read is global: a
collector sums its window's sums and counts over the ranks (one ``all_reduce`` per read), so an
adaptive rule reads the same value on every rank. Reads must then happen on all ranks in the same
order, which the loop guarantees: every rank runs the same phases and schedulers.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable
from typing import Any

import torch
import torch.distributed as dist
from torch import Tensor


def world_size() -> int:
    """Ranks of the active process group (1 without one)."""
    if dist.is_available() and dist.is_initialized():
        return dist.get_world_size()
    return 1


def broadcast_from_rank0(value: Tensor) -> None:
    """Make ``value`` rank 0's in place (a no-op without a process group).

    For state a block initialises from data (the manifold D's atoms from its first batch): each
    rank saw other data, and the gradient average only keeps equal tensors equal.
    """
    if world_size() > 1:
        dist.broadcast(value, src=0)


def global_mean(value: Tensor) -> Tensor:
    """The mean of ``value`` over the ranks (``value`` itself without a process group).

    For a statistic a block keeps itself (LeCam's EMAs of the mean logits): equal batches per
    rank make the mean of the ranks' means the mean over the global batch.
    """
    n = world_size()
    if n == 1:
        return value
    out = value.detach().clone()
    dist.all_reduce(out)
    return out / n


def global_logmeanexp(value: Tensor) -> Tensor:
    """log mean_r exp(value_r) over the ranks (``value`` itself without a process group).

    A log-mean-exp estimate from equal batches per rank (GEBM's Monte-Carlo log-partition):
    the global batch's estimate is the log-mean-exp of the ranks' estimates.
    """
    n = world_size()
    if n == 1:
        return value
    parts = [torch.empty_like(value) for _ in range(n)]
    dist.all_gather(parts, value.detach().contiguous())
    return torch.logsumexp(torch.stack(parts), dim=0) - math.log(n)


def _summed(sums: list[Tensor], counts: list[int], dtype: torch.dtype) -> tuple[Tensor, Tensor]:
    """Sums and counts added over the ranks in one ``all_reduce`` (same dtype and device)."""
    device = sums[0].device if sums else torch.device("cpu")
    flat = torch.cat(
        [
            torch.stack(sums).to(dtype) if sums else torch.zeros(0, dtype=dtype, device=device),
            torch.tensor(counts, dtype=dtype, device=device),
        ]
    )
    dist.all_reduce(flat)
    return flat[: len(sums)], flat[len(sums) :]


class Stats:
    """Running sums (float64 where the device has it) and element counts, by name."""

    def __init__(self, device: torch.device):
        self.device = device
        self.dtype = torch.float32 if device.type == "mps" else torch.float64
        self.sums: dict[str, Tensor] = {}
        self.counts: dict[str, int] = {}
        #: every reader, in creation order (the same on every rank)
        self._readers: list[weakref.ref[Collector]] = []

    def report(self, name: str, value: Tensor) -> None:
        """Add every element of ``value`` to the statistic ``name`` (a mean is sum / count)."""
        v = value.detach()
        total = v.sum(dtype=self.dtype) if v.dim() else v.to(self.dtype)
        if name in self.sums:
            self.sums[name] += total
        else:
            self.sums[name] = total.clone()
        self.counts[name] = self.counts.get(name, 0) + v.numel()

    def collector(self, names: Iterable[str] | None = None) -> Collector:
        """A reader of ``names`` (all names when None) from now on."""
        reader = Collector(self, names)
        self._readers.append(weakref.ref(reader))
        return reader

    def readers(self) -> list[Collector]:
        alive = [r() for r in self._readers]
        return [r for r in alive if r is not None]

    def merge_ranks(self) -> None:
        """Make rank 0 hold the global state and the other ranks none pending (collective).

        After it, every rank's running totals are the sums over the ranks; rank 0's readers start
        where the ranks' starts add up to (so its pending window is the global one), the other
        ranks' readers start now (nothing pending). Global reads are unchanged, and a checkpoint
        of rank 0 holds the whole run's statistics: it resumes on any number of ranks (the others
        call ``drop_pending`` after loading it).
        """
        if world_size() == 1:
            return
        gathered: list[list[str] | None] = [None] * world_size()
        dist.all_gather_object(gathered, sorted(self.sums))
        names = sorted({n for part in gathered for n in part or []})
        zero = torch.zeros((), device=self.device, dtype=self.dtype)
        sums, counts = _summed(
            [self.sums.get(n, zero) for n in names],
            [self.counts.get(n, 0) for n in names],
            self.dtype,
        )
        self.sums = {n: sums[i].clone() for i, n in enumerate(names)}
        self.counts = {n: int(counts[i].item()) for i, n in enumerate(names)}
        for reader in self.readers():
            starts, start_counts = _summed(
                [reader._sums.get(n, zero) for n in names],
                [reader._counts.get(n, 0) for n in names],
                self.dtype,
            )
            reader._sums = {n: starts[i].clone() for i, n in enumerate(names)}
            reader._counts = {n: int(start_counts[i].item()) for i, n in enumerate(names)}
            if dist.get_rank() != 0:
                reader.reset()

    def drop_pending(self) -> None:
        """Every reader starts now: a rank other than 0 after loading rank 0's statistics."""
        for reader in self.readers():
            reader.reset()

    def state_dict(self) -> dict[str, Any]:
        return {"sums": {k: v.clone() for k, v in self.sums.items()}, "counts": dict(self.counts)}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.sums = {k: v.to(self.device, self.dtype, copy=True) for k, v in state["sums"].items()}
        self.counts = {k: int(v) for k, v in state["counts"].items()}


class Collector:
    """A window onto ``Stats``: what was reported since this reader's last ``reset``."""

    def __init__(self, stats: Stats, names: Iterable[str] | None = None):
        self.stats = stats
        self.names = None if names is None else list(names)
        self._sums: dict[str, Tensor] = {}
        self._counts: dict[str, int] = {}

    def _keys(self) -> list[str]:
        return list(self.stats.sums) if self.names is None else self.names

    def _local_count(self, name: str) -> int:
        return self.stats.counts.get(name, 0) - self._counts.get(name, 0)

    def _local_sum(self, name: str) -> Tensor:
        now = self.stats.sums.get(name)
        if now is None:
            return torch.zeros((), device=self.stats.device, dtype=self.stats.dtype)
        start = self._sums.get(name)
        return now - start if start is not None else now.clone()

    def _global(self, names: list[str]) -> tuple[list[Tensor], list[int]]:
        sums = [self._local_sum(n) for n in names]
        counts = [self._local_count(n) for n in names]
        if world_size() == 1:
            return sums, counts
        total, n = _summed(sums, counts, self.stats.dtype)
        return list(total.unbind()), [int(c) for c in n.tolist()]

    def count(self, name: str) -> int:
        return self._global([name])[1][0]

    def sum(self, name: str) -> Tensor:
        return self._global([name])[0][0]

    def mean(self, name: str) -> Tensor | None:
        """Mean since the last reset (a device tensor), or None when nothing was reported."""
        (total,), (n,) = self._global([name])
        return total / n if n else None

    def means(self, local: bool = False) -> dict[str, Tensor]:
        """Every name's mean (over all ranks; ``local``: this rank's reports only)."""
        names = self._keys()
        if not local and world_size() > 1:  # a name one rank never reported still adds up
            gathered: list[list[str] | None] = [None] * world_size()
            dist.all_gather_object(gathered, names)
            names = list(dict.fromkeys(n for part in gathered for n in part or []))
        if local:
            sums = [self._local_sum(n) for n in names]
            counts = [self._local_count(n) for n in names]
        else:
            sums, counts = self._global(names)
        return {n: s / c for n, s, c in zip(names, sums, counts, strict=True) if c}

    def reset(self) -> None:
        for name in self._keys():
            if name in self.stats.sums:
                self._sums[name] = self.stats.sums[name].clone()
                self._counts[name] = self.stats.counts[name]

    def state_dict(self) -> dict[str, Any]:
        return {"sums": {k: v.clone() for k, v in self._sums.items()}, "counts": dict(self._counts)}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        dev, dt = self.stats.device, self.stats.dtype
        self._sums = {k: v.to(dev, dt, copy=True) for k, v in state.get("sums", {}).items()}
        self._counts = {k: int(v) for k, v in state.get("counts", {}).items()}
