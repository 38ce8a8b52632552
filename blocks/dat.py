"""DAT: Direct Adversarial Training (Ziqiang Li et al., arXiv 2008.09041).

Spec: techniques-1.md §5.1–5.2 and §5.4. Checked against the authors' code
(iceli1007/DAT-GAN @9d015d5, ``torch_mimicry/nets/gan/gan.py`` ``advtrain_step`` and
``nets/ssgan/ssgan_base.py``).

In each D-step, with D's current parameters, every real and every fake is moved by one gradient
step towards the *other* side's mean critic value:

    ℓ_f = | mean_i D(x̃_f,i) − sg[m_r] |,   x_f^adv = clip(x_f − clamp(∂ℓ_f/∂x̃_f, −τ, τ))
    ℓ_r = | mean_i D(x̃_r,i) − sg[m_f] |,   x_r^adv = clip(x_r − clamp(∂ℓ_r/∂x̃_r, −τ, τ))

with m_r, m_f the batch means of D on the clean reals and fakes. It is a unit step on the raw
gradient (not sign-FGSM, no ε-ball, no PGD); the batch mean puts a 1/B in each sample's
gradient, so the τ = 1 clamp rarely binds. The D loss is then the usual GAN loss on the
adversarial examples only; the G-step is unchanged.

The block (``augmenter.dat``, end of the module) is an augmenter of the D phases only: the
critic path hands it the clean real and fake batches, it perturbs both in one pass (memoised
on the phase's ``Batch``) and the loss, whatever it is, then reads D on the adversarial pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import torch
from pydantic import Field
from torch import Tensor, autograd

from blocks.augmenters import AUGMENTER_PORTS_IN, AUGMENTER_PORTS_OUT
from blocks.base import Block, BlockParams, BuildContext
from blocks.runtime import Augmenter, Batch, Origin, Stats

Critic = Callable[[Tensor], Tensor]
DLoss = Callable[[Tensor, Tensor], Tensor]
Reduction = Literal["mean", "sum"]


def dat_examples(
    critic: Critic,
    real: Tensor,
    fake: Tensor,
    tau: float = 1.0,
    step_scale: float = 1.0,
    reduction: Reduction = "mean",
    clip_range: tuple[float, float] | None = (-1.0, 1.0),
    critic_fake: Critic | None = None,
) -> tuple[Tensor, Tensor]:
    """(x_r^adv, x_f^adv): each side stepped towards the other's mean critic value (§5.1).

    δ = clamp(step_scale · ∂ℓ/∂x̃, −τ, τ) element-wise, x^adv = clip(x − δ, clip_range).

    - ℓ is the code's |batch mean − target|; ``reduction="sum"`` multiplies the gradient by B
      (the per-sample gradient without the 1/B), ``"mean"`` is the code.
    - The targets m_r = mean D(x_r), m_f = mean D(x_f) are read off the same forwards whose
      input gradients are taken (D(x̃) at x̃ = x *is* the clean pass), detached: two D
      forwards instead of the code's four, same values for a deterministic D.
    - One ``autograd.grad`` with ``inputs`` = the two leaves and no ``create_graph``: nothing
      is accumulated into D's parameters and the step is a constant; both outputs are detached.
    - ``clip_range`` is the data range, (−1, 1) for the authors' images; pass ``None`` for data
      outside it (the 25-Gaussians toy). Reals are clipped before D sees them (ssgan_base's
      order; gan.py clips after its last forward).
    - Where the mean already equals the target, |·| has gradient 0 and nothing moves.
    - ``critic_fake``: the critic of the fake side when it differs from the real side's (the
      graph's critic path: each side's own augmenter chain and labels); default ``critic``.
    """
    if reduction not in ("mean", "sum"):
        raise ValueError(f"reduction must be 'mean' or 'sum', got {reduction!r}")
    # enable_grad: the step needs autograd even if the caller runs under no_grad (it cannot
    # under inference_mode).
    with torch.enable_grad():
        x_r = real.detach().requires_grad_(True)
        x_f = fake.detach().requires_grad_(True)
        # Real and fake go through D separately, as in the code (batch-coupled layers see the
        # same batches as in the clean pass).
        mean_r = critic(x_r).mean()
        mean_f = (critic if critic_fake is None else critic_fake)(x_f).mean()
        # Fakes are pulled up to the real mean, reals down to the fake mean; with detached
        # targets ℓ_f depends on x_f only and ℓ_r on x_r only, so one backward gives both.
        loss_f = (mean_f - mean_r.detach()).abs()
        loss_r = (mean_r - mean_f.detach()).abs()
        g_r, g_f = autograd.grad(
            loss_f + loss_r, [x_r, x_f], allow_unused=True, materialize_grads=True
        )
    scale_r = step_scale * (real.shape[0] if reduction == "sum" else 1)
    scale_f = step_scale * (fake.shape[0] if reduction == "sum" else 1)
    real_adv = real.detach() - (scale_r * g_r).clamp(-tau, tau)
    fake_adv = fake.detach() - (scale_f * g_f).clamp(-tau, tau)
    if clip_range is not None:
        lo, hi = clip_range
        real_adv, fake_adv = real_adv.clamp(lo, hi), fake_adv.clamp(lo, hi)
    return real_adv, fake_adv


def dat_d_loss(
    critic: Critic,
    real: Tensor,
    fake: Tensor,
    d_loss: DLoss,
    tau: float = 1.0,
    step_scale: float = 1.0,
    reduction: Reduction = "mean",
    clip_range: tuple[float, float] | None = (-1.0, 1.0),
) -> Tensor:
    """L_D = ℓ_GAN(D(x_r^adv), D(sg[x_f^adv])) (§5.2): the D loss on the adversarial examples only.

    ``d_loss(real_logits, fake_logits)`` is any D loss in logit form (``blocks.losses``; the
    authors ran the hinge loss). There is no weight and no clean term; D's parameter gradients
    come from these two forwards alone.
    """
    real_adv, fake_adv = dat_examples(critic, real, fake, tau, step_scale, reduction, clip_range)
    return d_loss(critic(real_adv), critic(fake_adv))


# --------------------------------------------------------------------------------------------
# Block (contract v2)
# --------------------------------------------------------------------------------------------

ClipMode = Literal["data", "none"]


class DATParams(BlockParams):
    tau: float = Field(1.0, gt=0, le=1e3, description="Element-wise clamp τ of the step (code: 1).")
    step_scale: float = Field(
        1.0, gt=0, le=1e6, description="Multiplies the raw input gradient (code: 1, unit step)."
    )
    reduction: Reduction = Field(
        "mean", description="mean: the code's batch-mean ℓ (1/B per sample); sum: without 1/B."
    )
    clip: ClipMode = Field(
        "data",
        description="Clip to the data's range (code: [−1, 1]); none for an unbounded G (toy).",
    )


class DirectAdversarial(Augmenter):
    """The built ``augmenter.dat``: D phases only, skipped by penalties (``in_penalties``).

    ``transform`` must receive the clean batch of its side (DAT comes first in both chains): the
    first call of a phase perturbs reals *and* fakes against each other (``Batch.memo``), the
    second returns the other half. The perturbation critic is the graph's own critic path
    after DAT (``batch.critic_output``: the augmenters that follow, D with its labels), so the
    examples are adversarial for exactly the critic the loss reads.
    """

    sides = frozenset({"D"})
    in_penalties = False

    def __init__(
        self,
        node: str,
        p: DATParams,
        clip_range: tuple[float, float] | None,
        stats: Stats | None = None,
    ):
        super().__init__()
        self.node, self.p, self.clip_range, self._stats = node, p, clip_range, stats

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:
        raise TypeError("augmenter.dat needs both sides and the critic: the loop calls transform()")

    def transform(self, x: Tensor, origin: Origin, batch: Batch) -> tuple[Tensor, Tensor | None]:
        clean = batch.real if origin == "real" else batch.fake
        if x is not clean:
            raise ValueError(
                f"augmenter.dat ({self.node}) must be the first augmenter on both sides of D: it "
                "perturbs the real batch and G's batch against each other; put the other "
                "augmenters after it"
            )
        real_adv, fake_adv = batch.memo(f"dat:{self.node}", lambda: self.examples(batch))
        return (real_adv if origin == "real" else fake_adv), None

    def examples(self, batch: Batch) -> tuple[Tensor, Tensor]:
        """(x_r^adv, x_f^adv) of the phase's batch (``dat_examples`` on the critic path)."""

        def path(origin: Origin, labels: Tensor | None) -> Critic:
            return lambda x: batch.critic_output(x, origin, labels).logits

        real, fake = batch.real, batch.fake
        real_adv, fake_adv = dat_examples(
            path("real", batch.real_labels),
            real,
            fake,
            self.p.tau,
            self.p.step_scale,
            self.p.reduction,
            self.clip_range,
            critic_fake=path("fake", batch.fake_labels),
        )
        if self._stats is not None:  # mean |x^adv − x| per side: how far DAT moves the inputs
            self._stats.report(
                f"aug/{self.node}/step_real", (real_adv - real.detach()).abs().mean()
            )
            self._stats.report(
                f"aug/{self.node}/step_fake", (fake_adv - fake.detach()).abs().mean()
            )
        return real_adv, fake_adv

    def extra_repr(self) -> str:
        p = self.p
        return (
            f"tau={p.tau}, step_scale={p.step_scale}, reduction={p.reduction}, "
            f"clip_range={self.clip_range}"
        )


class DATBlock(Block):
    """DAT: D trains on reals and fakes, each stepped towards the other side (Li et al. 2020).

    Direct Adversarial Training (Li et al., arXiv 2008.09041; iceli1007/DAT-GAN): in every D
    step, each fake moves one raw-gradient step (clamped at τ) to raise D towards the reals'
    mean, each real to lower D towards the fakes' mean; the D loss (any loss block) is then
    computed on these adversarial examples only. G's step is unchanged. Put it first on both
    sides of D (data.real → dat.real → D.real, G.fake → dat.fake → D.fake). The authors ran it
    with SN-GAN's setting: hinge loss, spectral norm, n_dis 5, Adam 2e-4 β = (0, 0.9).
    Their clip to the images' [−1, 1] never moves a tanh G's fakes; with an unbounded G (toy
    MLPs) clipping to the data's range would, so use ``clip: none`` there.
    """

    type = "augmenter.dat"
    title = "Direct adversarial training"
    paper = "Li et al., Direct Adversarial Training of GANs, arXiv 2008.09041"
    Params = DATParams
    inputs = AUGMENTER_PORTS_IN
    outputs = AUGMENTER_PORTS_OUT
    params: DATParams

    def build(self, ctx: BuildContext) -> Augmenter:
        clip: tuple[float, float] | None = None
        if self.params.clip == "data":
            lo, hi = getattr(ctx.data, "value_range", (-1.0, 1.0))
            clip = (float(lo), float(hi))
        return DirectAdversarial(ctx.node_id, self.params, clip, ctx.stats)


DAT_BLOCKS: list[type[Block]] = [DATBlock]
