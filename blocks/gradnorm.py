"""Gradient-normalised critics: GraN-GAN (Bhaskara et al., WACV 2022) and GN-GAN (Wu et al., 2021).

The critic's *function* is reparametrised (not its weights): with g = ∇ₓD(x) per sample,

- GraN: D̂(x) = K·D(x)·‖g‖ / (‖g‖² + ε) — on a piecewise-linear D, ‖∇D̂‖ = K‖g‖²/(‖g‖² + ε) < K
  inside every linear region (piecewise K-Lipschitz; techniques-1.md §4.1);
- GN:   D̂(x) = K·D(x) / (‖g‖ + |D(x)|) — |D̂| < K (basiclab GN-GAN ``normalize_gradient``).

The block registers a forward pre-hook and a forward hook on D, so every call of D — the loss's
forward in the D and the G phase, penalties, DAT — sees D̂. ∇ₓD is taken with
``create_graph=True``: the loss differentiates through the gradient norm (double backprop, §4.2),
into D's weights in the D phase and into G through the fakes in the G phase.
"""

from __future__ import annotations

from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, autograd, nn

from blocks.base import Block, BlockParams, BuildContext
from blocks.regularizers import ON_CRITIC
from blocks.runtime import CriticOutput, Regularizer, Stats

Variant = Literal["gran", "gn"]


def gran_normalize(d: Tensor, grad_norm: Tensor, k: float = 1.0, eps: float = 1e-8) -> Tensor:
    """GraN: K·D·‖∇D‖ / (‖∇D‖² + ε) (Bhaskara et al. 2022, techniques-1.md §4.1)."""
    return k * d * grad_norm / (grad_norm.square() + eps)


def gn_normalize(d: Tensor, grad_norm: Tensor, k: float = 1.0, eps: float = 0.0) -> Tensor:
    """GN: K·D / (‖∇D‖ + |D| + ε); ε = 0 is GN-GAN's ``normalize_gradient`` exactly."""
    return k * d / (grad_norm + d.abs() + eps)


NORMALIZERS = {"gran": gran_normalize, "gn": gn_normalize}


def critic_grad_norm(logits: Tensor, x: Tensor) -> Tensor:
    """‖∇ₓD‖ per logit, in the graph (create_graph): a packed critic (PacGAN, m samples per
    logit, grouped as consecutive rows) gets the norm over its whole pack."""
    (grad,) = autograd.grad(logits.sum(), x, create_graph=True)
    return grad.reshape(logits.shape[0], -1).norm(2, dim=1)


def normalized_logits(
    logits: Tensor, x: Tensor, variant: Variant, k: float, eps: float
) -> tuple[Tensor, Tensor]:
    """(D̂, ‖∇ₓD‖) of raw logits ``[B]`` computed from ``x`` (which requires grad)."""
    norm = critic_grad_norm(logits, x)
    return NORMALIZERS[variant](logits, norm, k, eps), norm


class GradNormParams(BlockParams):
    variant: Variant = Field(
        "gran", description="gran: K·D‖∇D‖/(‖∇D‖²+ε) (GraN-GAN); gn: K·D/(‖∇D‖+|D|) (GN-GAN)."
    )
    k: float = Field(
        1.0, gt=0, le=1e3, description="K: the piecewise Lipschitz constant (output scale)."
    )
    eps: float = Field(
        1e-8, ge=0, le=1.0, description="ε in the denominator (GraN 1e-8; GN-GAN code has none)."
    )


class GradNormReg(Regularizer):
    """Hooks on D: the pre-hook makes D's input differentiable, the hook normalises its output."""

    phase = "both"
    has_term = False

    def __init__(self, p: GradNormParams, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node
        self._handles: list[Any] = []

    def attach(self, net: nn.Module) -> None:
        self._handles = [
            net.register_forward_pre_hook(self._pre, with_kwargs=True),
            net.register_forward_hook(self._post, with_kwargs=True),
        ]

    @staticmethod
    def _pre(
        module: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        x = args[0]
        if not x.requires_grad:  # reals, and fakes of a D phase (made without G's graph)
            x = x.detach().requires_grad_(True)
        return (x, *args[1:]), kwargs

    def _post(
        self, module: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any], out: Any
    ) -> Any:
        x = args[0]
        if not torch.is_grad_enabled():  # an evaluation under no_grad: D̂ needs ∇ₓD all the same
            with torch.enable_grad():
                again = module(x.detach(), *args[1:], **kwargs)
            if isinstance(again, CriticOutput):
                return CriticOutput(
                    again.logits.detach(), {k: v.detach() for k, v in again.extras.items()}
                )
            return again.detach()
        crit = CriticOutput.of(out)
        logits, norm = normalized_logits(crit.logits, x, self.p.variant, self.p.k, self.p.eps)
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/grad_norm_raw", norm)
        return CriticOutput(logits, crit.extras) if isinstance(out, CriticOutput) else logits


class GradientNormalization(Block):
    """Gradient-normalised critic D̂ = D‖∇D‖/(‖∇D‖²+ε) (GraN-GAN, WACV 2022) or GN-GAN's form.

    A parametrisation of the critic's function (techniques-1.md §4): hooks on D replace every
    output by D̂ in the D and the G phase, with ∇ₓD in the graph (double backprop). GraN is
    piecewise K-Lipschitz, so it stands in for GP or spectral norm under a Wasserstein loss.
    ``variant="gn"``: D/(‖∇D‖ + |D|) of Wu et al., "Gradient Normalization for GANs", ICCV 2021.
    """

    type = "regularizer.gradient_normalization"
    title = "Gradient normalisation"
    paper = (
        "Bhaskara, Aumentado-Armstrong, Jepson, Levinshtein, GraN-GAN: Piecewise Gradient "
        "Normalization for GANs, WACV 2022; Wu et al., Gradient Normalization for GANs, ICCV 2021"
    )
    Params = GradNormParams
    inputs = ON_CRITIC
    enforces_lipschitz = True
    # ‖∇ₓD‖ per sample: batch norm would couple the samples' gradients
    penalizes_input_gradients = True
    params: GradNormParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return GradNormReg(self.params, ctx.stats, ctx.node_id)


GRADNORM_BLOCKS = [GradientNormalization]
