"""Toy mixtures: the 25-Gaussians grid and the 8-Gaussians ring, sampled on the device."""

from __future__ import annotations

import math
from typing import ClassVar

import torch
from pydantic import Field
from torch import Tensor

from blocks.base import Block, BlockParams, BuildContext, Shape
from blocks.data.common import (
    REAL_OUT,
    MixtureSource,
)

# --------------------------------------------------------------------------------------------
# Pure helpers


def grid_centres(grid: int = 5, spacing: float = 2.0) -> Tensor:
    """``[grid², 2]`` centres of a square grid centred on 0, row-major (x slowest).

    ``grid=5, spacing=2`` gives {−4, −2, 0, 2, 4}², the 25-Gaussians grid.
    """
    axis = (torch.arange(grid, dtype=torch.float64) - (grid - 1) / 2) * spacing
    xs, ys = torch.meshgrid(axis, axis, indexing="ij")
    return torch.stack([xs.reshape(-1), ys.reshape(-1)], dim=1).float()


def ring_centres(n_modes: int = 8, radius: float = 2.0) -> Tensor:
    """``[n_modes, 2]`` centres evenly spaced on a circle, the first at angle 0: (radius, 0).

    Angles are 2πk/K for k < K. (Some reference notebooks use ``linspace(0, 2π, K)``, which puts
    the first and last centre on top of each other and so has only K−1 distinct modes.)
    """
    theta = torch.arange(n_modes, dtype=torch.float64) * (2 * math.pi / n_modes)
    return (radius * torch.stack([torch.cos(theta), torch.sin(theta)], dim=1)).float()


# --------------------------------------------------------------------------------------------
# Toy mixtures


class GaussianGridParams(BlockParams):
    grid: int = Field(5, ge=1, le=20, description="Modes per side (grid² modes in all).")
    spacing: float = Field(2.0, gt=0, le=100, description="Distance between neighbouring centres.")
    std: float = Field(0.05, gt=0, le=10, description="Standard deviation of each mode.")
    scale: float = Field(
        1.0, gt=0, le=100, description="Multiplies centres and std (1/2.828: igul222's gan_toy)."
    )


class GaussianGrid(Block):
    """25-Gaussians grid: 25 equal modes on {−4,−2,0,2,4}², std 0.05 (VEEGAN, PacGAN toy data).

    Centres are ``(k − (grid−1)/2)·spacing`` per axis, then centres and std are multiplied by
    ``scale``; ``scale = 1/2.828 ≈ 0.3536`` reproduces igul222/improved_wgan_training
    ``gan_toy.py`` (centres at ±0.707, ±1.414, std ≈ 0.0177). ``value_range`` is the bounding box
    of the centres widened by 3 mode std.
    """

    type = "data.gaussian_grid"
    title = "25-Gaussians grid"
    paper = "Srivastava et al., VEEGAN, NeurIPS 2017; Lin et al., PacGAN, NeurIPS 2018"
    Params = GaussianGridParams
    outputs = REAL_OUT
    #: read by the compiler: metric.modes needs a source with known modes
    has_modes: ClassVar[bool] = True
    params: GaussianGridParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"real": (2,)}

    def build(self, ctx: BuildContext) -> MixtureSource:
        p = self.params
        key = f"gaussian_grid:grid={p.grid}:spacing={p.spacing!r}:std={p.std!r}:scale={p.scale!r}"
        centres = grid_centres(p.grid, p.spacing) * p.scale
        return MixtureSource(centres, p.std * p.scale, ctx.device, key)


class GaussianRingParams(BlockParams):
    n_modes: int = Field(8, ge=2, le=64, description="Number of modes on the circle.")
    radius: float = Field(2.0, gt=0, le=100, description="Radius of the circle of centres.")
    std: float = Field(0.02, gt=0, le=10, description="Standard deviation of each mode.")


class GaussianRing(Block):
    """8-Gaussians ring: 8 equal modes on a circle of radius 2, std 0.02 (Unrolled GAN toy data).

    The defaults are the Unrolled GAN paper's (radius 2.0, std 0.02; its public notebook uses the
    same ratio at radius 1, std 0.01). VEEGAN/PacGAN use a ring too, with other constants: set
    ``radius``/``std`` to match them. Centres sit at angles 2πk/K, the first at (radius, 0).
    """

    type = "data.gaussian_ring"
    title = "8-Gaussians ring"
    paper = "Metz, Poole, Pfau, Sohl-Dickstein, Unrolled GANs, ICLR 2017"
    Params = GaussianRingParams
    outputs = REAL_OUT
    #: read by the compiler: metric.modes needs a source with known modes
    has_modes: ClassVar[bool] = True
    params: GaussianRingParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"real": (2,)}

    def build(self, ctx: BuildContext) -> MixtureSource:
        p = self.params
        key = f"gaussian_ring:n_modes={p.n_modes}:radius={p.radius!r}:std={p.std!r}"
        return MixtureSource(ring_centres(p.n_modes, p.radius), p.std, ctx.device, key)
