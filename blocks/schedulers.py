"""Schedulers: the loop's D:G ratio, learning-rate decay and the generator EMA."""

from __future__ import annotations

import copy
from typing import Any

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, handle
from blocks.runtime import LoopDriver, LoopPlan, Scheduler
from schemas import PortType


class AlternatingParams(BlockParams):
    n_dis: int = Field(1, ge=1, le=100, description="D steps per iteration (WGAN: 5).")
    n_gen: int = Field(1, ge=1, le=100, description="G steps per iteration.")
    warm_steps: int = Field(
        0, ge=0, le=1000, description="D steps during warm-up iterations (WGAN: 100; 0 = off)."
    )
    warm_until: int = Field(0, ge=0, description="Warm-up for the first N iterations (WGAN: 25).")
    warm_every: int = Field(0, ge=0, description="…and every N-th iteration (WGAN: 500).")
    simultaneous: bool = Field(
        False,
        description="D and G step from one batch and one forward (PacGAN's loop; n_dis = 1).",
    )


class Alternating(Block):
    """The alternating loop: n_dis D steps, then n_gen G steps (Goodfellow 2014; WGAN warm-up)."""

    type = "scheduler.alternating"
    title = "Alternating loop"
    paper = "Goodfellow et al. 2014 (k D steps); Arjovsky et al., WGAN, ICML 2017 (warm critic)"
    Params = AlternatingParams
    params: AlternatingParams
    loop_role = "plan"

    def check(self) -> list[BlockProblem]:
        p = self.params
        if p.simultaneous and (p.n_dis, p.n_gen, p.warm_steps) != (1, 1, 0):
            return [
                BlockProblem(
                    "simultaneous",
                    "bad_param",
                    "a simultaneous update is one D and one G step: keep n_dis = n_gen = 1 "
                    "and no warm-up",
                )
            ]
        return []

    def build(self, ctx: BuildContext) -> LoopPlan:
        p = self.params
        return LoopPlan(p.n_dis, p.n_gen, p.warm_steps, p.warm_until, p.warm_every, p.simultaneous)


class LinearLRParams(BlockParams):
    start: float = Field(0.0, ge=0, le=1, description="Fraction of the run where decay begins.")
    end_factor: float = Field(0.0, ge=0, le=1, description="lr multiplier reached at the end.")


class LinearLR(Scheduler):
    """lr(step) = base · (1 − (1 − end)·clamp((step/steps − start)/(1 − start), 0, 1))."""

    def __init__(self, optimizers: list[torch.optim.Optimizer], steps: int, p: LinearLRParams):
        self.optimizers, self.steps, self.p = optimizers, steps, p
        self.base = [[g["lr"] for g in o.param_groups] for o in optimizers]
        self.factor = 1.0

    def factor_at(self, step: int) -> float:
        s = self.p.start
        frac = min(max((step / self.steps - s) / max(1 - s, 1e-12), 0.0), 1.0)
        return 1.0 - (1.0 - self.p.end_factor) * frac

    def step_end(self, step: int, loop: LoopDriver) -> None:
        self.factor = self.factor_at(step + 1)
        for opt, bases in zip(self.optimizers, self.base, strict=True):
            for group, base in zip(opt.param_groups, bases, strict=True):
                group["lr"] = base * self.factor

    def values(self) -> dict[str, Tensor | float]:
        return {"lr_factor": self.factor}

    def state_dict(self) -> dict[str, Any]:
        return {"factor": self.factor}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.factor = float(state["factor"])


class LinearDecay(Block):
    """Linear learning-rate decay to end_factor·lr (SN-GAN, WGAN-GP ResNet, DAT)."""

    type = "scheduler.linear_lr"
    title = "Linear lr decay"
    paper = "Gulrajani et al., WGAN-GP, 2017; Miyato et al., SN-GAN, ICLR 2018"
    Params = LinearLRParams
    inputs = (handle("opt", PortType.OPTIMIZER, "Optimizers to decay.", multiple=True),)
    params: LinearLRParams

    def build(self, ctx: BuildContext) -> Scheduler:
        return LinearLR(list(ctx.inputs["opt"]), ctx.run.steps, self.params)


class EMAParams(BlockParams):
    decay: float = Field(0.999, ge=0, lt=1, description="β of θ_ema ← β·θ_ema + (1−β)·θ.")
    start: int = Field(0, ge=0, description="Before this step the EMA copies G (β = 0).")


class GeneratorEMA(Scheduler):
    """Keeps ``module``, an exponential moving average of G's parameters and buffers."""

    def __init__(self, G: nn.Module, p: EMAParams):
        self.G, self.p = G, p
        self.module = copy.deepcopy(G).requires_grad_(False).eval()
        self._src = [t for t in (*G.parameters(), *G.buffers()) if t.is_floating_point()]
        self._dst = [
            t for t in (*self.module.parameters(), *self.module.buffers()) if t.is_floating_point()
        ]

    @torch.no_grad()
    def step_end(self, step: int, loop: LoopDriver) -> None:
        beta = self.p.decay if step >= self.p.start else 0.0
        # θ_ema ← θ + β(θ_ema − θ), one fused multi-tensor op instead of a Python loop per tensor
        torch._foreach_lerp_(self._dst, self._src, 1.0 - beta)

    def state_dict(self) -> dict[str, Any]:
        return {"module": self.module.state_dict()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.module.load_state_dict(state["module"])


class EMA(Block):
    """Exponential moving average of G's weights (Yazıcı et al. 2019; Karras 2018; BigGAN)."""

    type = "scheduler.ema"
    title = "Generator EMA"
    paper = "Yazıcı et al., The Unusual Effectiveness of Averaging in GAN Training, ICLR 2019"
    Params = EMAParams
    sampling_priority = 1
    inputs = (handle("net", PortType.GENERATOR, "The generator to average."),)
    outputs = (handle("ema", PortType.GENERATOR, "The averaged generator (sampling, metrics)."),)
    params: EMAParams

    def build(self, ctx: BuildContext) -> GeneratorEMA:
        return GeneratorEMA(ctx.one("net"), self.params)

    @staticmethod
    def output_value(built: GeneratorEMA, port: str) -> nn.Module:
        return built.module


SCHEDULER_BLOCKS = [Alternating, LinearDecay, EMA]
