"""Adaptive augmentation levels driven by live discriminator statistics: one rule, two blocks.

The StyleGAN2-ADA overfitting heuristic (Karras et al., NeurIPS 2020): every ``interval``
iterations, r_t = E[sign D(x_real)] over the D steps since the last adjustment and
p ← p + sign(r_t − target)·(batch·interval)/(ada_kimg·1000). ``AdaptiveLevel`` is that rule;

- ``scheduler.ada``: ADA's augmentation probability p (``augmenter.ada``), clamped at 0 only,
  as the official ``training_loop.py``;
- ``scheduler.adaptive_diffusion``: Diffusion-GAN's adaptive T (techniques-1.md §1.3), the same
  rule on the diffusion level p that ``augmenter.diffusion`` reads, clipped to [0, 1].
"""

from __future__ import annotations

from typing import Any

import torch
from pydantic import Field
from torch import Tensor

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.runtime import Collector, Control, LoopDriver, Scheduler, Stats
from schemas import PortType


def ada_step_size(batch_size: int, interval: int, ada_kimg: float) -> float:
    """Δp per adjustment: (batch_size · interval) / (ada_kimg · 1000)."""
    return batch_size * interval / (ada_kimg * 1000.0)


class AdaptiveLevel(Control, Scheduler):
    """The level p (``value``) and the rule that moves it; all on the device.

    Every ``interval`` iterations (after iterations interval−1, 2·interval−1, … counted from 0,
    i.e. after the 4th, 8th, … as the official ``batch_idx % ada_interval == 0`` after the
    increment): r_d = Σ sign(D(y_real)) / count over the D steps since the last adjustment,
    p ← clip(p + sign(r_d − target)·Δp, 0, upper) (``upper = None``: no upper clip, as ADA's
    ``p.copy_((p + adjust).max(0))``); its window of the ``D/real_sign`` statistic
    then starts anew (nobody else's reading of it changes).
    With no reported logits (count = 0) p and r_d are left unchanged (the code would get NaN).
    """

    def __init__(
        self,
        device: torch.device,
        stats: Stats,
        *,
        target: float,
        interval: int,
        step_size: float,
        initial: float = 0.0,
        upper: float | None = 1.0,
        ratio_name: str = "r_d",
    ):
        Control.__init__(self, device, initial)
        self.upper = upper
        self.ratio_name = ratio_name
        self.target = float(target)
        self.interval = int(interval)
        self.step_size = float(step_size)
        self.r_d = torch.zeros((), device=device)
        self.window: Collector = stats.collector(["D/real_sign"])

    @torch.no_grad()
    def step_end(self, step: int, loop: LoopDriver) -> None:
        if (step + 1) % self.interval != 0:
            return
        r_d = self.window.mean("D/real_sign")  # counts are known on the host: no sync
        if r_d is not None:
            r_d = r_d.to(self.r_d.dtype)
            adjust = torch.sign(r_d - self.target) * self.step_size
            self.value.copy_((self.value + adjust).clamp(0.0, self.upper))
            self.r_d.copy_(r_d)
        self.window.reset()

    def values(self) -> dict[str, Tensor | float]:
        return {"p": self.value, self.ratio_name: self.r_d}

    def state_dict(self) -> dict[str, Any]:
        return {
            "p": self.value.detach().clone(),
            "r_d": self.r_d.detach().clone(),
            "window": self.window.state_dict(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        # in place, so every reader of ``value`` (the diffusion augmenter) sees the resumed p
        self.value.copy_(state["p"] if "p" in state else state["value"])
        if "r_d" in state:
            self.r_d.copy_(state["r_d"])
        self.window.load_state_dict(state.get("window", {}))


def rule_for(ctx: BuildContext, p: Any, **kw: Any) -> AdaptiveLevel:
    """The rule from a block's ``target``/``interval``/``ada_kimg``/``initial_p`` and the run."""
    return AdaptiveLevel(
        ctx.device,
        ctx.stats,
        target=p.target,
        interval=p.interval,
        step_size=ada_step_size(ctx.run.batch_size, p.interval, p.ada_kimg),
        initial=p.initial_p,
        **kw,
    )


#: the name the diffusion tests and tools know the rule by
AdaptiveDiffusionLevel = AdaptiveLevel


def _ada_kimg(default: float) -> Any:
    return Field(
        default,
        gt=0,
        le=100_000,
        description=f"Speed: p can go 0 → 1 in this many thousand real images ({default:g}).",
    )


class AdaptiveLevelParams(BlockParams):
    """The rule's knobs (``rule_for``); the two blocks differ in the default speed."""

    target: float = Field(
        0.6,
        ge=-1,
        le=1,
        description="Target of r = E[sign(D(real))] (StyleGAN2(-ADA): 0.6; Projected GAN: 0.45).",
    )
    interval: int = Field(4, ge=1, le=10_000, description="Iterations between adjustments of p.")
    ada_kimg: float = _ada_kimg(100.0)
    initial_p: float = Field(0.0, ge=0, le=1, description="Level p at the start.")


class AdaptiveDiffusionParams(AdaptiveLevelParams):
    """Diffusion-GAN's defaults (p = 0: T = t_min at the start)."""


class AdaptiveDiffusionBlock(Block):
    """Diffusion-GAN's adaptive T: p follows sign(D) on reals (Wang et al., ICLR 2023).

    The official rule (diffusion-stylegan2 ``training_loop.py``): every ``interval`` iterations,
    r_d = mean sign of D's logits on the **diffused** reals of every D step since the last
    adjustment, p ← clip(p + sign(r_d − target)·(batch_size·interval)/(ada_kimg·1000), 0, 1).
    Wire ``control`` into ``augmenter.diffusion``'s ``level``: T = t_min + round(p·(t_max − t_min))
    there. batch_size is the run's. Logs p and r_d; the augmenter logs T.
    """

    type = "scheduler.adaptive_diffusion"
    title = "Adaptive diffusion T"
    paper = "Wang et al., Diffusion-GAN: Training GANs with Diffusion, ICLR 2023"
    Params = AdaptiveDiffusionParams
    outputs = (
        handle("control", PortType.CONTROL, "Level p ∈ [0, 1]: wire to augmenter.diffusion.level."),
    )
    params: AdaptiveDiffusionParams

    def build(self, ctx: BuildContext) -> AdaptiveLevel:
        return rule_for(ctx, self.params)


class ADASchedulerParams(AdaptiveLevelParams):
    """StyleGAN2-ADA's defaults (p: the augmentation probability)."""

    ada_kimg: float = _ada_kimg(500.0)


class ADAScheduler(Block):
    """ADA's adaptive p: augment more while D overfits (Karras et al., NeurIPS 2020).

    StyleGAN2-ADA's heuristic (``training_loop.py``): every ``interval`` iterations r_t =
    E[sign D(x_real)] over the D forwards on (augmented) reals since the last adjustment, and
    p ← max(p + sign(r_t − target)·(batch_size·interval)/(ada_kimg·1000), 0). The rule is the
    one ``scheduler.adaptive_diffusion`` uses (``AdaptiveLevel``); p is not capped at 1, as in the
    official code (every per-op probability p·multiplier saturates there). Wire ``control`` to
    ``augmenter.ada``'s ``level``. Logs p and r_t; p and its window are checkpointed.
    """

    type = "scheduler.ada"
    title = "ADA p (adaptive)"
    paper = "Karras et al., Training Generative Adversarial Networks with Limited Data, 2020"
    Params = ADASchedulerParams
    outputs = (handle("control", PortType.CONTROL, "Probability p: wire to augmenter.ada.level."),)
    params: ADASchedulerParams

    def build(self, ctx: BuildContext) -> AdaptiveLevel:
        return rule_for(ctx, self.params, upper=None, ratio_name="r_t")


ADAPTIVE_BLOCKS = [AdaptiveDiffusionBlock, ADAScheduler]
