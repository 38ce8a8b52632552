"""LCR (Lipschitz continuity retained; Shang et al., ECCV 2022) as a discriminator regularizer.

What the authors' code computes (``42Shawn/LCR_BNN`` ``LCR/imagenet/LCR.py``, techniques-2.md
§11.1), for consecutive features F_i → F_{i+1} of a network:

- the retention matrix RM = X Yᵀ / HW (X: F_i as ``[C_i, HW]``, average-pooled to F_{i+1}'s size;
  Y: F_{i+1} as ``[C_{i+1}, HW]``), per sample;
- a spectral estimate of RM from K = RM RMᵀ: the code's one power step from the all-ones vector,
  √‖K𝟏‖ (biased by C^{1/4}), or a normalised power iteration (unit start, ``n_iter`` steps) whose
  limit is σ_max(RM);
- pair weights 2^{−(L−i−1)} (deeper pairs weigh more).

As a D regularizer (§11.2, a [proposal] of the spec: no GAN use exists in the source), the
*target form* λ·Σ_i w_i·E ReLU(σ̂_i − τ)² is computed on the D step's real and fake batches:
a soft, data-dependent stand-in for spectral norm, acting only where the data lie. Features are
the input of D's first linear/conv layer and the output of every linear/conv layer, in call order;
vector features ``[B, C]`` use the batch as the HW axis (one RM per batch), as a per-sample RM of
a vector is rank one.
"""

from __future__ import annotations

import itertools
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn
from torch.nn import functional as F

from blocks.base import Block, BlockParams, BuildContext
from blocks.regularizers import ON_CRITIC
from blocks.runtime import Batch, Regularizer, Stats

LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d)


def retention_matrix(x: Tensor, y: Tensor) -> Tensor:
    """RM = X Yᵀ / HW: ``[N, C_i, C_{i+1}]`` for features ``[B, C, *spatial]`` or ``[B, C]``.

    Maps ``[B, C, H, W]`` give one RM per sample (X average-pooled to Y's size, the code's
    ``retention_matrix``); when either feature is a vector, both are reduced to vectors (spatial
    mean) and the B samples are the HW axis: one RM of the batch (N = 1).
    """
    if x.dim() == 2 or y.dim() == 2:
        xv = x.flatten(2).mean(2) if x.dim() > 2 else x
        yv = y.flatten(2).mean(2) if y.dim() > 2 else y
        return (xv.T @ yv / xv.shape[0]).unsqueeze(0)
    if x.shape[2:] != y.shape[2:]:
        x = F.adaptive_avg_pool2d(x, (y.shape[-2], y.shape[-1]))
    xs, ys = x.flatten(2), y.flatten(2)  # [B, C, HW]
    return xs @ ys.transpose(1, 2) / xs.shape[2]


def code_top_eigenvalue(rm: Tensor) -> Tensor:
    """The code's ``TopEigenvalue``: one step from 𝟏, √(n / ‖m/n‖) = √‖K𝟏‖ with K = RM RMᵀ."""
    k = rm @ rm.transpose(-1, -2)
    m = k @ torch.ones(k.shape[-1], 1, dtype=k.dtype, device=k.device)
    n = m.norm(dim=(-2, -1))
    return (n / (m / n[..., None, None]).norm(dim=(-2, -1))).sqrt()


def power_sigma(rm: Tensor, n_iter: int) -> Tensor:
    """σ̂(RM) ≈ σ_max by ``n_iter`` normalised power steps on K = RM RMᵀ (unit start 𝟏/√C).

    The iterations run without gradients (as spectral norm's u); σ̂ = √‖K v‖ then carries the
    gradient to the features.
    """
    k = rm @ rm.transpose(-1, -2)
    v = torch.ones(*k.shape[:-1], 1, dtype=k.dtype, device=k.device)
    v = v / v.norm(dim=-2, keepdim=True)
    with torch.no_grad():
        for _ in range(n_iter - 1):
            v = k @ v
            v = v / v.norm(dim=-2, keepdim=True).clamp_min(1e-12)
    return (k @ v).norm(dim=(-2, -1)).clamp_min(1e-24).sqrt()


def pair_weights(n_pairs: int, depth_weighting: str) -> list[float]:
    """2^{−(L−i−1)} for pair i of L = n_pairs + 1 features (the code's), or all 1."""
    if depth_weighting == "none":
        return [1.0] * n_pairs
    return [2.0 ** -(n_pairs - i) for i in range(n_pairs)]


def lcr_target_penalty(sigmas: list[Tensor], weights: list[float], tau: float) -> Tensor:
    """Σ_i w_i·E ReLU(σ̂_i − τ)²: zero when every σ̂_i ≤ τ."""
    return torch.stack(
        [w * (s - tau).relu().square().mean() for s, w in zip(sigmas, weights, strict=True)]
    ).sum()


class FeatureTap:
    """Records D's layer features while ``recording``: the first layer's input, every output."""

    def __init__(self) -> None:
        self.recording = False
        self.features: list[Tensor] = []

    def attach(self, net: nn.Module) -> None:
        for m in net.modules():
            if isinstance(m, LAYERS):
                m.register_forward_hook(self._hook)

    def _hook(self, module: nn.Module, args: tuple[Any, ...], out: Tensor) -> None:
        if not self.recording:
            return
        if not self.features:
            self.features.append(args[0])
        self.features.append(out)

    def record(self, call: Any) -> list[Tensor]:
        self.recording, self.features = True, []
        try:
            call()
        finally:
            self.recording = False
        feats, self.features = self.features, []
        return feats


class LCRParams(BlockParams):
    weight: float = Field(
        0.01, ge=0, le=1e3, description="λ (spec: 1e-3–1e-1, to be tuned; no GAN default)."
    )
    tau: float = Field(1.0, gt=0, le=100, description="τ: penalise pair estimates above it.")
    n_iter: int = Field(
        3, ge=1, le=50, description="Normalised power steps per estimate (spec: ≥ 3)."
    )
    normalized_power: bool = Field(
        True, description="Normalised power iteration; False: the code's √‖K𝟏‖ (C^¼-biased)."
    )
    depth_weighting: Literal["pow2", "none"] = Field(
        "pow2", description="Pair weights 2^−(L−i−1) as the code (deeper weigh more), or 1."
    )


class LCRReg(Regularizer):
    def __init__(self, p: LCRParams, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node
        self.tap = FeatureTap()

    def attach(self, net: nn.Module) -> None:
        self.tap.attach(net)

    def sigmas(self, feats: list[Tensor]) -> list[Tensor]:
        """σ̂ of every consecutive pair (``[N]`` each)."""
        out = []
        for x, y in itertools.pairwise(feats):
            rm = retention_matrix(x, y)
            if self.p.normalized_power:
                out.append(power_sigma(rm, self.p.n_iter))
            else:
                out.append(code_top_eigenvalue(rm))
        return out

    def term(self, batch: Batch) -> Tensor:
        # D on the phase's real and fake batches with the tap on (the loss's own forward ran
        # before the regularizers, with the tap off)
        real = self.sigmas(self.tap.record(lambda: batch.critic(batch.real, "real")))
        fake = self.sigmas(self.tap.record(lambda: batch.critic(batch.fake, "fake")))
        sigmas = [torch.cat(pair) for pair in zip(real, fake, strict=True)]
        if self.stats is not None:
            for i, s in enumerate(sigmas):
                self.stats.report(f"reg/{self.node}/sigma_{i}", s)
        weights = pair_weights(len(sigmas), self.p.depth_weighting)
        return self.p.weight * lcr_target_penalty(sigmas, weights, self.p.tau)


class LCR(Block):
    """LCR: penalise D's layer-wise retention-matrix spectra above τ (Shang et al., ECCV 2022).

    The target form λ·Σ_i w_i·E ReLU(σ̂_i − τ)² of techniques-2.md §11.2 (the spec's proposal
    for a GAN use) over consecutive linear/conv features of D on the D step's real and fake
    batches, with the retention matrix and spectral estimate of the LCR-BNN code (§11.1).
    """

    type = "regularizer.lcr"
    title = "LCR (retention Lipschitz)"
    paper = (
        "Shang, Xu, Duan, Zong, Nie, Yan, Lipschitz Continuity Retained Binary Neural Network, "
        "ECCV 2022"
    )
    Params = LCRParams
    inputs = ON_CRITIC
    params: LCRParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return LCRReg(self.params, ctx.stats, ctx.node_id)


LCR_BLOCKS = [LCR]
