"""``generator.coupling``: an invertible generator of RealNVP affine coupling layers.

Dinh, Sohl-Dickstein, Bengio, "Density estimation using Real NVP" (ICLR 2017): each layer keeps
the masked half x₁ = m ⊙ x and maps the rest by y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁), so the inverse is
x₂ = (y₂ − t(y₁)) ⊙ exp(−s(y₁)) exactly. Masks alternate between layers (even/odd coordinates).
The log-scale is bounded, s = c·tanh(ŝ/c) (RealNVP's tanh scaling), which keeps the forward and
inverse Lipschitz constants finite on bounded inputs; Behrmann et al. (AISTATS 2021) show why
the inverse still grows with ‖x₂‖·Lip(s) off the data — ``metric.lipschitz`` measures both.
The latent size equals the data size; the last layer of every s/t net starts at zero, so the
flow starts as the identity (Glow's practice).
"""

from __future__ import annotations

import math

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape
from blocks.generators import G_INPUTS, G_OUTPUTS
from blocks.layers import Width, mlp


class AffineCoupling(nn.Module):
    """One affine coupling layer: the coordinates where ``mask`` is 1 pass through."""

    def __init__(self, mask: Tensor, hidden: list[int], scale_max: float):
        super().__init__()
        dim = mask.numel()
        self.mask: Tensor
        self.register_buffer("mask", mask.float())
        self.net = mlp([dim, *hidden, 2 * dim], "leaky_relu")
        last = self.net[-1]
        assert isinstance(last, nn.Linear)
        nn.init.zeros_(last.weight)
        nn.init.zeros_(last.bias)
        self.scale_max = scale_max

    def _scale_shift(self, kept: Tensor) -> tuple[Tensor, Tensor]:
        raw_s, t = self.net(kept).chunk(2, dim=1)
        free = 1 - self.mask
        s = self.scale_max * torch.tanh(raw_s / self.scale_max)
        return s * free, t * free

    def forward(self, x: Tensor) -> Tensor:
        kept = x * self.mask
        s, t = self._scale_shift(kept)
        return kept + (1 - self.mask) * (x * torch.exp(s) + t)

    def inverse(self, y: Tensor) -> Tensor:
        kept = y * self.mask
        s, t = self._scale_shift(kept)
        return kept + (1 - self.mask) * ((y - t) * torch.exp(-s))

    def log_det(self, x: Tensor) -> Tensor:
        """log |det ∂y/∂x| per row: the sum of the free coordinates' log-scales."""
        s, _ = self._scale_shift(x * self.mask)
        return s.sum(dim=1)


class CouplingGenerator(nn.Module):
    """z ``[B, d]`` → a stack of affine couplings → data shape; ``inverse`` maps back exactly."""

    def __init__(self, shape: Shape, n_layers: int, hidden: list[int], scale_max: float):
        super().__init__()
        self.shape = tuple(shape)
        dim = math.prod(shape)
        even = (torch.arange(dim) % 2 == 0).float()
        self.layers: list[AffineCoupling] = nn.ModuleList(  # type: ignore[assignment]
            AffineCoupling(even if i % 2 == 0 else 1 - even, hidden, scale_max)
            for i in range(n_layers)
        )

    def forward(self, z: Tensor) -> Tensor:
        h = z.flatten(1)
        for layer in self.layers:
            h = layer(h)
        return h.view(z.shape[0], *self.shape)

    def inverse(self, x: Tensor) -> Tensor:
        h = x.flatten(1)
        for layer in reversed(self.layers):
            h = layer.inverse(h)
        return h

    def log_det(self, z: Tensor) -> Tensor:
        """log |det ∂G/∂z| per row."""
        h, total = z.flatten(1), z.new_zeros(z.shape[0])
        for layer in self.layers:
            total = total + layer.log_det(h)
            h = layer(h)
        return total


class CouplingParams(BlockParams):
    n_layers: int = Field(6, ge=2, le=32, description="Affine coupling layers (masks alternate).")
    hidden: list[Width] = Field(
        [64, 64], min_length=1, max_length=8, description="Widths of each s/t network."
    )
    scale_max: float = Field(
        2.0, gt=0, le=10, description="Bound c on the log-scale: s = c·tanh(ŝ/c)."
    )


class CouplingGeneratorBlock(Block):
    """Invertible generator of affine coupling layers, latent size = data size (RealNVP).

    Has an exact ``inverse`` (and ``log_det``), so ``metric.lipschitz`` reports its
    reconstruction error, σ_min of the Jacobian and bi-Lipschitz constants through the inverse.
    """

    type = "generator.coupling"
    title = "Coupling (invertible) generator"
    paper = "Dinh, Sohl-Dickstein, Bengio, Density estimation using Real NVP, ICLR 2017"
    Params = CouplingParams
    inputs = G_INPUTS
    outputs = G_OUTPUTS
    params: CouplingParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        dim = math.prod(data_shape)
        if dim < 2:
            raise UnsupportedShape("generator.coupling needs data of at least 2 values")
        z = shapes.get("z")
        if z is not None and math.prod(z) != dim:
            raise UnsupportedShape(
                f"generator.coupling is invertible: its latent size must equal the data size"
                f" ({dim}), got {math.prod(z)}; set the latent's dim to {dim}"
            )
        return {"fake": data_shape}

    def build(self, ctx: BuildContext) -> CouplingGenerator:
        p = self.params
        if ctx.z_dim != math.prod(ctx.data_shape):
            raise UnsupportedShape(
                f"latent size {ctx.z_dim} != data size {math.prod(ctx.data_shape)}"
            )
        return CouplingGenerator(ctx.data_shape, p.n_layers, list(p.hidden), p.scale_max)
