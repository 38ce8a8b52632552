"""Latent blocks: samplers of the generator's input z."""

from __future__ import annotations

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
