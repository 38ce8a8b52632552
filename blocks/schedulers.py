"""Schedulers: the loop's D:G ratio, learning-rate decay and the generator EMA."""

from __future__ import annotations

import copy
from typing import Any, Literal

import torch
from pydantic import Field, model_validator
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


EMAMode = Literal["half_life", "decay"]


def half_life_beta(batch_size: int, cur_nimg: int, ema_kimg: float, rampup: float | None) -> float:
    """StyleGAN2-ADA's EMA β = 0.5^(B / max(ema_nimg, 1e-8)), a half-life of ema_kimg·1000 images.

    With a ramp-up, ema_nimg = min(ema_kimg·1000, cur_nimg·rampup): early on the half-life is a
    fixed fraction of the images seen so far (``training_loop.py``); cur_nimg = 0 gives β = 0.
    """
    ema_nimg = ema_kimg * 1000.0
    if rampup is not None:
        ema_nimg = min(ema_nimg, cur_nimg * rampup)
    return 0.5 ** (batch_size / max(ema_nimg, 1e-8))


class EMAParams(BlockParams):
    """A graph that names ``decay`` without a ``mode`` keeps the plain decay (the migration rule:
    graphs written before the half-life form train exactly as they did)."""

    mode: EMAMode = Field(
        "half_life",
        description="half_life: StyleGAN2-ADA's β = 0.5^(B/(ema_kimg·1000)) with ramp-up; "
        "decay: a constant β (BigGAN).",
    )
    decay: float = Field(0.999, ge=0, lt=1, description="β of θ_ema ← β·θ_ema + (1−β)·θ (decay).")
    ema_kimg: float = Field(
        10.0, gt=0, le=100_000, description="Half-life in thousands of images (StyleGAN2-ADA 10)."
    )
    ema_rampup: float | None = Field(
        0.05,
        ge=0,
        le=1,
        description="Half-life ≤ rampup × images seen (StyleGAN2-ADA 0.05; null: no ramp-up).",
    )
    start: int = Field(0, ge=0, description="Before this step the EMA copies G (β = 0).")

    @model_validator(mode="before")
    @classmethod
    def _named_decay_means_decay_mode(cls, data: Any) -> Any:
        if isinstance(data, dict) and "decay" in data and "mode" not in data:
            return {**data, "mode": "decay"}
        return data


class GeneratorEMA(Scheduler):
    """Keeps ``module``, an exponential moving average of G's parameters and buffers.

    In ``half_life`` mode the images seen before iteration ``step`` are step·batch_size (the
    driver's batch size), so β needs no state of its own and a resume is exact.
    """

    def __init__(self, G: nn.Module, p: EMAParams):
        self.G, self.p = G, p
        self.module = copy.deepcopy(G).requires_grad_(False).eval()
        self._src = [t for t in (*G.parameters(), *G.buffers()) if t.is_floating_point()]
        self._dst = [
            t for t in (*self.module.parameters(), *self.module.buffers()) if t.is_floating_point()
        ]
        self.beta = 0.0

    def beta_at(self, step: int, batch_size: int) -> float:
        if step < self.p.start:
            return 0.0
        if self.p.mode == "decay":
            return self.p.decay
        return half_life_beta(batch_size, step * batch_size, self.p.ema_kimg, self.p.ema_rampup)

    @torch.no_grad()
    def step_end(self, step: int, loop: LoopDriver) -> None:
        beta = self.beta_at(step, loop.batch_size)
        self.beta = beta
        # θ_ema ← θ + β(θ_ema − θ), one fused multi-tensor op instead of a Python loop per tensor
        torch._foreach_lerp_(self._dst, self._src, 1.0 - beta)

    def values(self) -> dict[str, Tensor | float]:
        return {"ema_beta": self.beta} if self.p.mode == "half_life" else {}

    def state_dict(self) -> dict[str, Any]:
        return {"module": self.module.state_dict()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.module.load_state_dict(state["module"])


class EMA(Block):
    """Exponential moving average of G's weights (Yazıcı et al. 2019; Karras 2018; BigGAN).

    Default: StyleGAN2-ADA's half-life form (Karras et al. 2020), β = 0.5^(B/(ema_kimg·1000))
    with ema_nimg ramped up as min(ema_kimg·1000, images_seen·ema_rampup). ``mode: decay`` is
    the constant β of BigGAN; a graph that sets ``decay`` without ``mode`` keeps that form.
    """

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
