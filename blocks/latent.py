"""Latent blocks: samplers of the generator's input z."""

from __future__ import annotations

import math

import torch
from pydantic import Field
from torch import Tensor

from blocks.base import Block, BlockParams, BuildContext, Shape
from blocks.runtime import LatentSampler
from schemas import Port, PortType

Z_OUT = (Port(name="z", type=PortType.LATENT, doc="Latent codes [B, dim]."),)


class NormalParams(BlockParams):
    dim: int = Field(16, ge=1, le=4096, description="Latent dimension.")
    std: float = Field(1.0, gt=0, le=100, description="Standard deviation of each component.")


class NormalSampler(LatentSampler):
    def __init__(self, dim: int, std: float):
        self.dim, self.std = dim, std

    def sample(self, n: int, device: torch.device) -> Tensor:
        z = torch.randn(n, self.dim, device=device)
        return z if self.std == 1.0 else z * self.std


class NormalLatent(Block):
    """Isotropic Gaussian z ~ N(0, std²·I), the default prior (Goodfellow et al. 2014)."""

    type = "latent.normal"
    title = "Normal latent"
    paper = "Goodfellow et al., Generative Adversarial Nets, NeurIPS 2014"
    Params = NormalParams
    outputs = Z_OUT
    params: NormalParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"z": (self.params.dim,)}

    def build(self, ctx: BuildContext) -> LatentSampler:
        return NormalSampler(self.params.dim, self.params.std)


class UniformParams(BlockParams):
    dim: int = Field(16, ge=1, le=4096, description="Latent dimension.")
    low: float = Field(-1.0, description="Lower bound of each component.")
    high: float = Field(1.0, description="Upper bound of each component (> low).")


class UniformSampler(LatentSampler):
    def __init__(self, dim: int, low: float, high: float):
        self.dim, self.low, self.span = dim, low, high - low

    def sample(self, n: int, device: torch.device) -> Tensor:
        return torch.rand(n, self.dim, device=device) * self.span + self.low


class UniformLatent(Block):
    """Uniform z ~ U[low, high]^dim, as in the original GAN and DCGAN code."""

    type = "latent.uniform"
    title = "Uniform latent"
    paper = "Radford, Metz, Chintala, DCGAN, ICLR 2016"
    Params = UniformParams
    outputs = Z_OUT
    params: UniformParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"z": (self.params.dim,)}

    def check(self):  # type: ignore[override]
        from blocks.base import BlockProblem

        if self.params.high <= self.params.low:
            return [BlockProblem("high", "bad_param", "high must be greater than low")]
        return []

    def build(self, ctx: BuildContext) -> LatentSampler:
        p = self.params
        return UniformSampler(p.dim, p.low, p.high)


def truncated_normal(
    shape: tuple[int, ...],
    tau: float,
    device: torch.device | str = "cpu",
    generator: torch.Generator | None = None,
) -> Tensor:
    """Exact samples of N(0, 1) truncated to [−τ, τ] (= resampling until |z| ≤ τ), no loop.

    Inverse CDF on the lower half, where float32 keeps its precision: v ~ U[Φ(−τ), ½],
    |z| = −Φ⁻¹(v), and an independent random sign (the distribution is symmetric).
    """
    lo = 0.5 * math.erfc(tau / math.sqrt(2.0))  # Φ(−τ), accurate in the tail
    u = torch.rand((2, *shape), device=device, generator=generator)
    v = lo + (0.5 - lo) * u[0]
    sign = torch.where(u[1] < 0.5, -1.0, 1.0)
    return (sign * torch.special.ndtri(v)).clamp_(-tau, tau)


class TruncatedNormalParams(BlockParams):
    dim: int = Field(16, ge=1, le=4096, description="Latent dimension.")
    tau: float = Field(
        0.5, gt=0, le=10, description="Threshold τ: smaller trades variety for fidelity."
    )


class TruncatedNormalSampler(LatentSampler):
    def __init__(self, dim: int, tau: float):
        self.dim, self.tau = dim, tau

    def sample(self, n: int, device: torch.device) -> Tensor:
        return truncated_normal((n, self.dim), self.tau, device)


class TruncatedNormalLatent(Block):
    """Truncated normal z, BigGAN's truncation trick (Brock, Donahue, Simonyan, ICLR 2019).

    z ~ N(0, I) with every component |z_i| > τ resampled until inside, i.e. exactly
    truncnorm(−τ, τ) per component (StudioGAN ``truncated_normal``; techniques-2.md §6.2), drawn by
    inverse-CDF sampling on the device. An evaluation/sampling-time knob: use it to draw samples
    from a trained G (small τ: fidelity over variety), not to train with.
    """

    type = "latent.truncated_normal"
    title = "Truncated normal latent"
    paper = "Brock, Donahue, Simonyan, Large Scale GAN Training (BigGAN), ICLR 2019"
    Params = TruncatedNormalParams
    outputs = Z_OUT
    params: TruncatedNormalParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"z": (self.params.dim,)}

    def build(self, ctx: BuildContext) -> LatentSampler:
        return TruncatedNormalSampler(self.params.dim, self.params.tau)
