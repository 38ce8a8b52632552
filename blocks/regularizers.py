"""Regularizers of the critic: penalty terms, parametrizations and in-place weight edits.

Formulas and defaults follow techniques-2.md §1–3 (SN-GAN, WGAN, WGAN-GP, R1/R2, LeCam).
"""

from __future__ import annotations

from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, autograd, nn

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.runtime import Batch, Regularizer, Stats
from blocks.stats import global_mean
from schemas import PortType

ON_CRITIC = (handle("critic", PortType.CRITIC, "The discriminator to regularize."),)


def input_gradient(critic_out: Tensor, x: Tensor) -> Tensor:
    """∇ₓ Σ D(x), kept in the graph (create_graph) so the penalty trains D's parameters."""
    (grad,) = autograd.grad(critic_out.sum(), x, create_graph=True)
    return grad.flatten(1)


def norm_penalty(norm: Tensor, center: float, one_sided: bool = False) -> Tensor:
    """E[(‖∇‖ − center)²]; ``one_sided``: E[max(‖∇‖ − center, 0)²] (only steeper is penalised)."""
    dev = norm - center
    return (dev.clamp(min=0) if one_sided else dev).square().mean()


def gradient_penalty(  # type: ignore[no-untyped-def]
    critic, real: Tensor, fake: Tensor, center: float = 1.0, one_sided: bool = False
) -> Tensor:
    """E[(‖∇D(x̂)‖ − center)²] at x̂ = εx + (1 − ε)G(z), ε ~ U[0,1] per sample (Gulrajani 2017).

    ``center=0`` gives the zero-centred GP of Mescheder et al. 2018; ``one_sided`` the
    E[max(‖∇D(x̂)‖ − 1, 0)²] of Gulrajani et al.'s appendix and TTC (`--plus`).
    """
    eps = torch.rand(real.shape[0], *([1] * (real.dim() - 1)), device=real.device)
    x_hat = (eps * real.detach() + (1 - eps) * fake.detach()).requires_grad_(True)
    norm = input_gradient(critic(x_hat), x_hat).norm(2, dim=1)
    return norm_penalty(norm, center, one_sided)


def point_penalty(critic, x: Tensor, center: float = 0.0, one_sided: bool = False) -> Tensor:  # type: ignore[no-untyped-def]
    """E[(‖∇ₓD(x)‖ − center)²] at the given points (detached first).

    ``center=0`` is computed as E‖∇D‖² (no square root, so its gradient is defined where ∇D = 0):
    on reals it is R1, on fakes R2 (GAN_stability ``compute_grad2``), both without the γ/2.
    """
    x = x.detach().requires_grad_(True)
    grad = input_gradient(critic(x), x)
    if center == 0.0:
        return grad.square().sum(1).mean()
    return norm_penalty(grad.norm(2, dim=1), center, one_sided)


GPWhere = Literal["interp", "real", "fake", "real_fake"]


def located_gradient_penalty(  # type: ignore[no-untyped-def]
    critic, real: Tensor, fake: Tensor, where: GPWhere, center: float, one_sided: bool = False
) -> Tensor:
    """The gradient penalty at interpolates, reals, fakes, or reals and fakes (summed).

    ``real_fake`` is the sum of the two point penalties, as GAN_stability's ``reg_type:
    real_fake`` (each half is a mean over its own batch). ``one_sided`` (center > 0) penalises
    only norms above the center.
    """
    if where == "interp":
        return gradient_penalty(critic, real, fake, center, one_sided)
    if where == "real":
        return point_penalty(critic, real, center, one_sided)
    if where == "fake":
        return point_penalty(critic, fake, center, one_sided)
    return point_penalty(critic, real, center, one_sided) + point_penalty(
        critic, fake, center, one_sided
    )


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
            # a layer already normalised (a critic with its own spectral norm) is left as is
            if isinstance(m, layers) and not nn.utils.parametrize.is_parametrized(m, "weight"):
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
    enforces_lipschitz = True
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
    interval: int = Field(1, ge=1, le=64, description="Lazy interval, in D optimizer steps.")
    where: GPWhere = Field(
        "interp",
        description="Points: interp (WGAN-GP); with center 0, real R1, fake R2, real_fake both.",
    )
    one_sided: bool = Field(
        False,
        description="Penalise only norms above center: max(‖∇D‖ − c, 0)² (TTC: on, λ 1000).",
    )


class GPReg(Regularizer):
    def __init__(self, p: GPParams):
        self.p, self.interval = p, p.interval

    def term(self, batch: Batch) -> Tensor:
        pen = located_gradient_penalty(
            batch.critic, batch.real, batch.fake, self.p.where, self.p.center, self.p.one_sided
        )
        return self.p.weight * pen


class GradientPenalty(Block):
    """Gradient penalty at real/fake interpolates (Gulrajani et al., WGAN-GP, NeurIPS 2017).

    ``where`` moves the points (Mescheder et al. 2018): ``real`` with ``center=0`` is R1,
    ``fake`` R2, ``real_fake`` both, in GAN_stability's scaling (weight = reg_param = γ/2).
    ``one_sided`` penalises only gradients steeper than ``center`` (Gulrajani et al. 2017 App.;
    Trust the Critics uses it with λ = 1000).
    """

    type = "regularizer.gradient_penalty"
    title = "Gradient penalty"
    paper = "Gulrajani, Ahmed, Arjovsky, Dumoulin, Courville, Improved Training of WGANs, 2017"
    Params = GPParams
    inputs = ON_CRITIC
    enforces_lipschitz = True
    penalizes_input_gradients = True
    params: GPParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return GPReg(self.params)


class R1Params(BlockParams):
    gamma: float = Field(10.0, ge=0, le=1e5, description="γ of (γ/2)·E‖∇D(x)‖² (paper form).")
    interval: int = Field(16, ge=1, le=64, description="Lazy interval (StyleGAN2: 16).")


class R1Reg(Regularizer):
    def __init__(self, p: R1Params):
        self.p, self.interval = p, p.interval

    def term(self, batch: Batch) -> Tensor:
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
    penalizes_input_gradients = True
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

    enforces_lipschitz = True

    def build(self, ctx: BuildContext) -> Regularizer:
        return ClipReg(self.params.c)


def lecam_penalty(
    r: Tensor, f: Tensor, alpha_r: Tensor, alpha_f: Tensor, relu_form: bool = True
) -> Tensor:
    """LeCam R_LC = E[ReLU(D(x) − α_F)²] + E[ReLU(α_R − D(G(z)))²] (code form).

    ``relu_form=False`` gives the paper's unclipped E(D(x) − α_F)² + E(D(G(z)) − α_R)².
    """
    if relu_form:
        return (r - alpha_f).relu().square().mean() + (alpha_r - f).relu().square().mean()
    return (r - alpha_f).square().mean() + (f - alpha_r).square().mean()


def ema_update(alpha: Tensor, value: Tensor, decay: Tensor) -> None:
    """α ← decay·α + (1 − decay)·value, in place on the device (no host sync)."""
    alpha.copy_(torch.lerp(value.detach().to(alpha.dtype), alpha, decay.to(alpha.dtype)))


class LeCamParams(BlockParams):
    weight: float = Field(0.3, ge=0, le=1e5, description="λ_LC (BigGAN CIFAR 0.3; StyleGAN2 1e-6).")
    decay: float = Field(
        0.99, ge=0, lt=1, description="EMA decay of the mean logits (StudioGAN 0.99, lecam 0.9)."
    )
    start_step: int = Field(
        1000, ge=0, le=10_000_000, description="Step from which the EMA decays and λ applies."
    )
    relu_form: bool = Field(True, description="One-sided ReLU code form; False: paper's squares.")


class LeCamReg(Regularizer):
    """α_R, α_F: 0-d device tensors, updated in each D term before the penalty is computed.

    Before ``start_step`` the decay is 0 (α = the current batch mean) and the term is 0
    (lecam-gan adds it from ``itr > start_itr``, with a 1-based itr: step ≥ start_step here).
    """

    def __init__(self, p: LeCamParams, device: torch.device, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node
        self.alpha_real = torch.zeros((), device=device)
        self.alpha_fake = torch.zeros((), device=device)

    def term(self, batch: Batch) -> Tensor:
        r, f = batch.logits_real, batch.logits_fake  # the loss's forward, shared
        started = batch.step >= self.p.start_step
        decay = torch.where(started, self.p.decay, 0.0)
        # the means over every rank's batch: the anchors stay the same on all ranks
        ema_update(self.alpha_real, global_mean(r.detach().mean()), decay)
        ema_update(self.alpha_fake, global_mean(f.detach().mean()), decay)
        pen = lecam_penalty(r, f, self.alpha_real, self.alpha_fake, self.p.relu_form)
        if self.stats is not None:  # the anchors, logged by the block itself
            self.stats.report(f"reg/{self.node}/alpha_real", self.alpha_real)
            self.stats.report(f"reg/{self.node}/alpha_fake", self.alpha_fake)
        return torch.where(started, self.p.weight, 0.0) * pen

    def state_dict(self) -> dict[str, Any]:
        return {"alpha_real": self.alpha_real.clone(), "alpha_fake": self.alpha_fake.clone()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.alpha_real.copy_(state["alpha_real"])
        self.alpha_fake.copy_(state["alpha_fake"])


class LeCam(Block):
    """LeCam regularisation of D's logits towards EMA anchors (Tseng et al., CVPR 2021).

    R_LC = E[ReLU(D(x) − α_F)²] + E[ReLU(α_R − D(G(z)))²], with α_R, α_F EMAs of the batch-mean
    real and fake logits (techniques-2.md §3.3; google/lecam-gan, StudioGAN ``lecam_reg``). Reads
    the logits of the D step's loss; the EMAs are checkpointed.
    """

    type = "regularizer.lecam"
    title = "LeCam"
    paper = (
        "Tseng, Jiang, Liu, Yang, Yang, Regularizing Generative Adversarial Networks under "
        "Limited Data, CVPR 2021"
    )
    Params = LeCamParams
    inputs = ON_CRITIC
    params: LeCamParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return LeCamReg(self.params, ctx.device, ctx.stats, ctx.node_id)


REGULARIZER_BLOCKS = [SpectralNorm, GradientPenalty, R1, WeightClip, LeCam]
