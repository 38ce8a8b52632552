"""Consistency regularisation of the critic: CR, bCR and zCR (techniques-2.md §3.4).

- CR (Zhang, Zhang, Odena, Lee; ICLR 2020): λ_real·MSE(D(x), D(T(x))) on reals, in the D step.
- bCR (Zhao, Singh, Lee, Zhang, Odena, Zhang; AAAI 2021): CR plus
  λ_fake·MSE(D(G(z)), D(T(G(z)))) on the D step's fakes (G frozen).
- zCR (same paper): with z' = z + r·ε, ε ~ N(0, I), the D step adds λ_dis·MSE(D(G(z)), D(G(z')))
  and the G step adds −λ_gen·MSE(G(z), G(z')): G is pushed to *separate* nearby latents.
- ICR = bCR + zCR (StudioGAN forbids CR with either; the modes here are exclusive by design).

T is StudioGAN's ``cr.py``: a horizontal flip with p = ½ and an integer translation of up to
int(size/8) pixels with reflect padding, per sample. For vector (toy) data, where no natural T
exists, T(x) = x + N(0, s²I) with s = ½·(the mixture's mode std) by default (the spec's
proposal). D(x) and D(G(z)) are the phase's shared forwards; D(T(·)) and D(G(z')) go through the
same critic path (``batch.critic``: augmenters, t, labels), so the terms see what the loss sees.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor

from blocks.ada import translate_reflect
from blocks.base import Block, BlockParams, BuildContext
from blocks.regularizers import ON_CRITIC
from blocks.runtime import Batch, Regularizer, Stats

CRMode = Literal["cr", "bcr", "zcr", "icr"]


def cr_flip_translate(x: Tensor, flip: bool, ratio: float) -> Tensor:
    """StudioGAN's CR augmentation: x-flip with p = ½, then an integer shift in [−m, m]² with
    m = int(size·ratio), reflect padding; independent draws per sample."""
    b, _, h, w = x.shape
    if flip:
        mask = torch.rand(b, device=x.device) < 0.5
        x = torch.where(mask.view(b, 1, 1, 1), x.flip(-1), x)
    m = min(int(h * ratio), int(w * ratio), h - 1, w - 1)
    if m > 0:
        tx = torch.randint(-m, m + 1, (b,), device=x.device)
        ty = torch.randint(-m, m + 1, (b,), device=x.device)
        x = translate_reflect(x, tx, ty, m)
    return x


def gaussian_jitter(x: Tensor, std: float) -> Tensor:
    """T(x) = x + N(0, std²I): the consistency transform for vector data."""
    return x + std * torch.randn_like(x) if std > 0 else x


def consistency(a: Tensor, b: Tensor) -> Tensor:
    """MSE(a, b), the mean over all entries (``torch.nn.MSELoss``)."""
    return F.mse_loss(a, b)


def perturb_latent(z: Tensor, radius: float) -> Tensor:
    """z' = z + r·ε, ε ~ N(0, I) (StudioGAN ``sample_zy`` with ``radius``)."""
    return z + radius * torch.randn_like(z)


class ConsistencyParams(BlockParams):
    mode: CRMode = Field(
        "bcr",
        description="cr: reals (Zhang 2020); bcr: reals and fakes; zcr: latent CR; icr: bcr + zcr.",
    )
    lambda_real: float = Field(10.0, ge=0, le=1e4, description="λ_real of CR/bCR on reals (10).")
    lambda_fake: float = Field(10.0, ge=0, le=1e4, description="λ_fake of bCR on fakes (10).")
    lambda_dis: float = Field(20.0, ge=0, le=1e4, description="λ_dis of zCR's D term (20).")
    lambda_gen: float = Field(0.5, ge=0, le=1e4, description="λ_gen of zCR's G term (0.5).")
    radius: float = Field(0.05, ge=0, le=10, description="r of z' = z + r·ε (zCR, 0.05).")
    flip: bool = Field(True, description="Images: random x-flip (p = ½) in T.")
    translation_ratio: float = Field(
        0.125, ge=0, le=0.5, description="Images: largest integer shift of T / size (1/8)."
    )
    jitter_std: float | None = Field(
        None,
        ge=0,
        le=100,
        description="Vector data: std of T's Gaussian jitter (null: ½ of the data's mode std).",
    )


class ConsistencyReg(Regularizer):
    """The D terms (and zCR's G term) of one mode; unweighted MSEs are reported to ``stats``."""

    def __init__(self, p: ConsistencyParams, jitter: float, stats: Stats | None, node: str):
        self.p, self.jitter, self.stats, self.node = p, float(jitter), stats, node
        self.phase = "both" if p.mode in ("zcr", "icr") else "D"

    def augment(self, x: Tensor) -> Tensor:
        if x.dim() == 4:
            return cr_flip_translate(x, self.p.flip, self.p.translation_ratio)
        return gaussian_jitter(x, self.jitter)

    def _report(self, name: str, value: Tensor) -> None:
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/{name}", value.detach())

    def d_term(self, batch: Batch) -> Tensor:
        p, total = self.p, torch.zeros((), device=batch.device)
        if p.mode in ("cr", "bcr", "icr"):
            aug = batch.critic(self.augment(batch.real), "real", batch.real_labels)
            mse = consistency(batch.logits_real, aug)
            self._report("real", mse)
            total = total + p.lambda_real * mse
        if p.mode in ("bcr", "icr"):
            aug = batch.critic(self.augment(batch.fake.detach()), "fake", batch.fake_labels)
            mse = consistency(batch.logits_fake, aug)
            self._report("fake", mse)
            total = total + p.lambda_fake * mse
        if p.mode in ("zcr", "icr"):
            fake_z = batch.generate_at(perturb_latent(batch.z, p.radius)).detach()
            mse = consistency(batch.logits_fake, batch.critic(fake_z, "fake", batch.fake_labels))
            self._report("z_dis", mse)
            total = total + p.lambda_dis * mse
        return total

    def g_term(self, batch: Batch) -> Tensor:
        """−λ_gen·MSE(G(z), G(z')): the sign of the paper (it repels the two outputs)."""
        mse = consistency(batch.fake, batch.generate_at(perturb_latent(batch.z, self.p.radius)))
        self._report("z_gen", mse)
        return -self.p.lambda_gen * mse

    def term(self, batch: Batch) -> Tensor | None:
        if batch.side == "D":
            return self.d_term(batch)
        return self.g_term(batch) if self.phase == "both" else None


class ConsistencyRegularization(Block):
    """Consistency regularisation CR/bCR/zCR of D (Zhang et al. ICLR 2020; Zhao et al. AAAI 2021).

    CR: λ_real·MSE(D(x), D(T(x))) (D step). bCR adds λ_fake·MSE(D(G(z)), D(T(G(z)))) (D step).
    zCR: λ_dis·MSE(D(G(z)), D(G(z + r·ε))) in the D step and −λ_gen·MSE(G(z), G(z + r·ε)) in the
    G step. T: flip + translation for images (StudioGAN ``cr.py``), Gaussian jitter for vectors.
    Defaults are StudioGAN's (λ 10 / 10; zCR 20 / 0.5, r = 0.05). Logs each unweighted MSE.
    """

    type = "regularizer.consistency"
    title = "Consistency reg (CR/bCR/zCR)"
    paper = (
        "Zhang et al., Consistency Regularization for GANs, ICLR 2020; Zhao et al., Improved "
        "Consistency Regularization for GANs, AAAI 2021"
    )
    Params = ConsistencyParams
    inputs = ON_CRITIC
    params: ConsistencyParams

    def build(self, ctx: BuildContext) -> Regularizer:
        p = self.params
        jitter = p.jitter_std
        if jitter is None:
            mode_std = float(getattr(ctx.data, "mode_std", 0.0) or 0.0)
            jitter = 0.5 * mode_std if mode_std > 0 else 0.05
        return ConsistencyReg(p, jitter, ctx.stats, ctx.node_id)


CONSISTENCY_BLOCKS = [ConsistencyRegularization]
