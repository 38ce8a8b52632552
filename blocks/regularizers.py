"""Regularizers of the critic: penalty terms, parametrizations and in-place weight edits.

Formulas and defaults follow techniques-2.md §1–3 (SN-GAN, WGAN, WGAN-GP, R1).
"""

from __future__ import annotations

import torch
from pydantic import Field
from torch import Tensor, autograd, nn

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.runtime import PhaseBatch, Regularizer
from schemas import PortType

ON_CRITIC = (handle("critic", PortType.CRITIC, "The discriminator to regularize."),)


def input_gradient(critic_out: Tensor, x: Tensor) -> Tensor:
    """∇ₓ Σ D(x), kept in the graph (create_graph) so the penalty trains D's parameters."""
    (grad,) = autograd.grad(critic_out.sum(), x, create_graph=True)
    return grad.flatten(1)


def gradient_penalty(critic, real: Tensor, fake: Tensor, center: float = 1.0) -> Tensor:  # type: ignore[no-untyped-def]
    """E[(‖∇D(x̂)‖ − center)²] at x̂ = εx + (1 − ε)G(z), ε ~ U[0,1] per sample (Gulrajani 2017).

    ``center=0`` gives the zero-centred GP of Mescheder et al. 2018.
    """
    eps = torch.rand(real.shape[0], *([1] * (real.dim() - 1)), device=real.device)
    x_hat = (eps * real.detach() + (1 - eps) * fake.detach()).requires_grad_(True)
    norm = input_gradient(critic(x_hat), x_hat).norm(2, dim=1)
    return (norm - center).square().mean()


def r1_penalty(critic, real: Tensor) -> Tensor:  # type: ignore[no-untyped-def]
    """E‖∇ₓD(x)‖² on real data (Mescheder, Geiger, Nowozin 2018), without the γ/2 factor."""
    x = real.detach().requires_grad_(True)
    return input_gradient(critic(x), x).square().sum(1).mean()


class SpectralNormParams(BlockParams):
    n_power_iterations: int = Field(1, ge=1, le=20, description="Power-method steps per forward.")
    eps: float = Field(1e-12, gt=0, le=1e-3, description="Normalisation epsilon (StudioGAN 1e-6).")


class SpectralNormReg(Regularizer):
    has_term = False

    def __init__(self, p: SpectralNormParams):
        self.p = p

    def attach(self, net: nn.Module) -> None:
        layers = (nn.Linear, nn.Conv2d, nn.ConvTranspose2d, nn.Embedding)
        for m in list(net.modules()):
            if isinstance(m, layers):
                dim = 1 if isinstance(m, nn.ConvTranspose2d) else 0
                nn.utils.parametrizations.spectral_norm(
                    m, n_power_iterations=self.p.n_power_iterations, eps=self.p.eps, dim=dim
                )


class SpectralNorm(Block):
    """Spectral normalisation W/σ(W) of every linear/conv layer (Miyato et al., ICLR 2018)."""

    type = "regularizer.spectral_norm"
    title = "Spectral norm"
    paper = "Miyato, Kataoka, Koyama, Yoshida, Spectral Normalization for GANs, ICLR 2018"
    Params = SpectralNormParams
    inputs = (
        handle(
            "net",
            PortType.CRITIC,
            "Network to normalise (D, or G as in SAGAN/BigGAN).",
            also=(PortType.GENERATOR,),
        ),
    )
    params: SpectralNormParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return SpectralNormReg(self.params)


class GPParams(BlockParams):
    weight: float = Field(10.0, ge=0, le=1e5, description="λ (paper 10; igul222's toy 0.1).")
    center: float = Field(1.0, ge=0, le=10, description="Target norm: 1 WGAN-GP, 0 zero-centred.")
    interval: int = Field(1, ge=1, le=64, description="Lazy interval in D steps' iterations.")


class GPReg(Regularizer):
    def __init__(self, p: GPParams):
        self.p, self.interval = p, p.interval

    def term(self, batch: PhaseBatch) -> Tensor:
        return self.p.weight * gradient_penalty(batch.critic, batch.real, batch.fake, self.p.center)


class GradientPenalty(Block):
    """Gradient penalty at real/fake interpolates (Gulrajani et al., WGAN-GP, NeurIPS 2017)."""

    type = "regularizer.gradient_penalty"
    title = "Gradient penalty"
    paper = "Gulrajani, Ahmed, Arjovsky, Dumoulin, Courville, Improved Training of WGANs, 2017"
    Params = GPParams
    inputs = ON_CRITIC
    params: GPParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return GPReg(self.params)


class R1Params(BlockParams):
    gamma: float = Field(10.0, ge=0, le=1e5, description="γ of (γ/2)·E‖∇D(x)‖² (paper form).")
    interval: int = Field(16, ge=1, le=64, description="Lazy interval (StyleGAN2: 16).")


class R1Reg(Regularizer):
    def __init__(self, p: R1Params):
        self.p, self.interval = p, p.interval

    def term(self, batch: PhaseBatch) -> Tensor:
        return 0.5 * self.p.gamma * r1_penalty(batch.critic, batch.real)


class R1(Block):
    """R1 penalty (γ/2)·E‖∇D(x_real)‖², lazy (Mescheder et al., ICML 2018; StyleGAN2)."""

    type = "regularizer.r1"
    title = "R1 penalty"
    paper = (
        "Mescheder, Geiger, Nowozin, Which Training Methods for GANs do actually Converge?, 2018"
    )
    Params = R1Params
    inputs = ON_CRITIC
    params: R1Params

    def build(self, ctx: BuildContext) -> Regularizer:
        return R1Reg(self.params)


class ClipParams(BlockParams):
    c: float = Field(0.01, gt=0, le=10, description="Clamp every critic parameter to [−c, c].")


class ClipReg(Regularizer):
    has_term = False

    def __init__(self, c: float):
        self.c = c

    @torch.no_grad()
    def after_step(self, net: nn.Module) -> None:
        for p in net.parameters():
            p.clamp_(-self.c, self.c)


class WeightClip(Block):
    """Weight clipping after every critic step (Arjovsky, Chintala, Bottou, WGAN, ICML 2017)."""

    type = "regularizer.weight_clip"
    title = "Weight clipping"
    paper = "Arjovsky, Chintala, Bottou, Wasserstein GAN, ICML 2017"
    Params = ClipParams
    inputs = ON_CRITIC
    params: ClipParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return ClipReg(self.params.c)


REGULARIZER_BLOCKS = [SpectralNorm, GradientPenalty, R1, WeightClip]
