"""Sampler blocks: the sampling path that metrics, sample grids and ``gancanvas sample`` use.

A sampler wraps a generator handle (G or G_ema) into another module ``z → x`` without owning its
weights (``blocks.runtime.SamplingPath``). Training never goes through it: truncation applies at
evaluation only, as BigGAN reports it. The graph's sampling path is the sampler block, else the
EMA, else G (``sampling_priority``).
"""

from __future__ import annotations

from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.latent import truncated_normal
from blocks.runtime import SamplingPath
from schemas import PortType

SAMPLER_IN = (handle("net", PortType.GENERATOR, "The generator to sample from (G or G_ema)."),)
SAMPLER_OUT = (
    handle("out", PortType.GENERATOR, "The sampling path: wire to metrics (sample grids use it)."),
)


def truncate(z: Tensor, tau: float) -> Tensor:
    """Components with |z| > τ redrawn from N(0, 1) truncated to [−τ, τ] (BigGAN).

    For z ~ N(0, I) the result is exactly truncnorm(−τ, τ) per component: the kept components
    already follow it, the redrawn ones are drawn from it. Components inside keep their value,
    so a fixed z gives a nearby picture at every τ.
    """
    outside = z.abs() > tau
    return z.where(~outside, truncated_normal(tuple(z.shape), tau, z.device)) if tau > 0 else z * 0


class TruncatedPath(SamplingPath):
    def __init__(self, generator: nn.Module, tau: float):
        super().__init__(generator)
        self.tau = tau

    def forward(self, z: Tensor) -> Tensor:
        return self.generator(truncate(z, self.tau))


class TruncationParams(BlockParams):
    tau: float = Field(
        0.5, ge=0, le=10, description="Threshold τ (BigGAN sweeps 0.04–2; 0: z = 0 for all)."
    )


class Truncation(Block):
    """The truncation trick at evaluation only: |z_i| > τ redrawn (Brock et al., BigGAN, 2019).

    Wire the generator (or its EMA) in and ``out`` into the metrics: FID/IS and the sample grids
    then use truncated latents while training draws from the full latent (techniques-2.md §6.2).
    Assumes a standard-normal latent.
    """

    type = "sampler.truncation"
    title = "Truncation (evaluation)"
    paper = "Brock, Donahue, Simonyan, Large Scale GAN Training (BigGAN), ICLR 2019"
    Params = TruncationParams
    inputs = SAMPLER_IN
    outputs = SAMPLER_OUT
    sampling_priority = 2
    params: TruncationParams

    def build(self, ctx: BuildContext) -> TruncatedPath:
        return TruncatedPath(ctx.one("net"), self.params.tau)


SAMPLER_BLOCKS: list[type[Block]] = [Truncation]
