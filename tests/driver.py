"""A ``LoopDriver`` stand-in for blocks tested without a compiled program (schedulers)."""

from __future__ import annotations

import torch

from blocks.runtime import Phase, Stats


class StatsDriver:
    """What a scheduler sees at ``step_end``: the run's ``stats``; it runs no phases."""

    def __init__(self, stats: Stats | None = None, batch_size: int = 64):
        self.stats = stats if stats is not None else Stats(torch.device("cpu"))
        self.batch_size = batch_size
        self.phases: dict[str, Phase] = {}

    def run(self, phase: Phase | str, step: int) -> None:
        raise AssertionError("a scheduler does not run phases")

    def reset_optimizer(self, net: str) -> None:
        raise AssertionError("not used by these schedulers")
