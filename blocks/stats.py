"""Named device-side statistics (the idea of StyleGAN2-ADA's ``training_stats``).

Any block reports a tensor under a name; the values are summed on the device (no host sync) in
running totals that only ``report`` changes. Every reader — the log window, an adaptive
augmentation rule, a regularizer's own readout — holds a ``Collector`` with its own starting
point, so no reader zeroes what another one reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import torch
from torch import Tensor


class Stats:
    """Running sums (float64 where the device has it) and element counts, by name."""

    def __init__(self, device: torch.device):
        self.device = device
        self.dtype = torch.float32 if device.type == "mps" else torch.float64
        self.sums: dict[str, Tensor] = {}
        self.counts: dict[str, int] = {}

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
        return Collector(self, names)

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

    def count(self, name: str) -> int:
        return self.stats.counts.get(name, 0) - self._counts.get(name, 0)

    def sum(self, name: str) -> Tensor:
        now = self.stats.sums.get(name)
        if now is None:
            return torch.zeros((), device=self.stats.device, dtype=self.stats.dtype)
        start = self._sums.get(name)
        return now - start if start is not None else now.clone()

    def mean(self, name: str) -> Tensor | None:
        """Mean since the last reset (a device tensor), or None when nothing was reported."""
        n = self.count(name)
        return self.sum(name) / n if n else None

    def means(self) -> dict[str, Tensor]:
        out = {}
        for name in self._keys():
            m = self.mean(name)
            if m is not None:
                out[name] = m
        return out

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
