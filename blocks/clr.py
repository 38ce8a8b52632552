"""CLR-GAN: consistent latent representation and reconstruction (Sun, Luan, Zhao, Luo, Han;
ECCV 2024).

Spec: techniques-1.md §2 (head §2.1, losses §2.2, checks §2.3, block interface §2.4). Checked
against Petecheco/CLR-GAN @71ef6cf (``training/networks.py: DiscriminatorEpilogue``,
``training/loss.py: StyleGAN2Loss.accumulate_gradients``).

D gets a second task, recovering the latent z that made a fake: φ(G(z)) ≈ z (D-step, λ1 = 5);
G gets a second task, reconstructing reals from D's latent estimate: G(φ(x_r)) ≈ x_r (G-step,
λ2 = 0.5). Both are ``F.mse_loss`` (mean over batch and dimensions) in the authors' code.

Detach points (the authors get them from StyleGAN2-ADA's freezing: only the active network has
``requires_grad``):

- D-step: the fakes G(z) come from a frozen G (the engine's usual D-step detach); the target z is
  a constant. The consistency loss trains D's trunk and φ.
- G-step: φ(x_r) comes from a frozen D on a real image, so it carries no gradient; we detach it
  explicitly in :func:`reconstruct`, so D and φ get nothing from the reconstruction loss even if
  the engine does not freeze D. G gets the gradient through G(sg[φ(x_r)]).

Blocks (end of the module): ``discriminator.clr_dcgan`` / ``discriminator.clr_mlp`` (a critic
with the head, extras ``features`` and ``latent``) and ``regularizer.clr`` (both terms).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from typing import Literal

import torch
from pydantic import Field
from torch import Tensor, nn
from torch.nn import functional as F

from blocks.base import Block, BlockParams, BuildContext, Shape, handle, samples
from blocks.discriminators import DCGANDiscriminator, DCGANDParams
from blocks.layers import Init, MLPActivation, Width, dcgan_plan, init_linear, mlp
from blocks.runtime import Batch, CriticOutput, Regularizer, Stats
from schemas import PortType

Net = Callable[[Tensor], Tensor]
NormKind = Literal["l2", "l1"]

LAMBDA_CONSISTENCY = 5.0  # λ1, ``loss_Dgen = softplus(gen_logits) + 5 * mse_loss(gen_z, ...)``
LAMBDA_RECONSTRUCTION = 0.5  # λ2, ``loss_Gmain = softplus(-gen_logits) + 0.5 * mse_loss(...)``


class EqualizedLinear(nn.Module):
    """StyleGAN2's ``FullyConnectedLayer``: w ~ N(0, 1) scaled by 1/√in at run time, bias 0."""

    def __init__(self, in_features: int, out_features: int):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features))
        self.gain = 1 / math.sqrt(in_features)

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight * self.gain, self.bias)


def _linear(a: int, b: int, equalized: bool) -> nn.Linear | EqualizedLinear:
    return EqualizedLinear(a, b) if equalized else nn.Linear(a, b)


class LatentHead(nn.Module):
    """φ: D's penultimate features h [B, F] → (logits [B], latent estimate [B, Z]).

    ``mode="epilogue"`` (the authors' ``DiscriminatorEpilogue``): the latent *is* the last hidden
    layer, latent = √2·lrelu₀.₂(fc(h)) (StyleGAN's lrelu with gain √2), and
    logit = out(latent). This replaces D's final Linear(F → 1).

    ``mode="linear"`` (spec §2.4's adapter for a D whose own head is kept): logit = out(h) and a
    parallel latent = fc(h), no activation.

    ``equalized_lr`` uses StyleGAN2's equalized-learning-rate layers as the authors' D does;
    off by default to match gancanvas's plain-``nn.Linear`` trunks.
    """

    def __init__(
        self,
        in_features: int,
        latent_dim: int,
        mode: Literal["epilogue", "linear"] = "epilogue",
        equalized_lr: bool = False,
    ):
        super().__init__()
        if mode not in ("epilogue", "linear"):
            raise ValueError(f"unknown mode {mode!r}: 'epilogue' or 'linear'")
        self.mode = mode
        self.fc = _linear(in_features, latent_dim, equalized_lr)
        self.out = _linear(latent_dim if mode == "epilogue" else in_features, 1, equalized_lr)

    def forward(self, h: Tensor) -> tuple[Tensor, Tensor]:
        h = h.flatten(1)
        if self.mode == "epilogue":
            latent = F.leaky_relu(self.fc(h), 0.2) * math.sqrt(2)
            return self.out(latent).squeeze(1), latent
        return self.out(h).squeeze(1), self.fc(h)


def _distance(a: Tensor, b: Tensor, norm: NormKind) -> Tensor:
    if norm == "l2":
        return F.mse_loss(a, b)
    if norm == "l1":
        return F.l1_loss(a, b)
    raise ValueError(f"unknown norm {norm!r}: 'l2' or 'l1'")


def latent_consistency_loss(
    z: Tensor, latent_fake: Tensor, weight: float = LAMBDA_CONSISTENCY, norm: NormKind = "l2"
) -> Tensor:
    """λ1 · mean((z − φ(G(z)))²), the D-step term (l1: mean |·|, the paper summary's reading).

    z is the generator's input (not a mapped w) and a constant target; ``latent_fake`` must
    come from D run on fakes of a frozen/detached G, so only D's trunk and φ learn from it.
    """
    return weight * _distance(latent_fake.flatten(1), z.detach().flatten(1), norm)


def reconstruct(G: Net, latent_real: Tensor) -> Tensor:
    """G(sg[φ(x_r)]): the reconstruction of the reals from D's latent estimate (G-step).

    φ(x_r) is detached (the authors' D is frozen here). The authors run it through the full
    ``run_G``, style mixing (p = 0.9) included; here G is called plainly (spec §2.4:
    ``style_mixing_in_recon`` = False by default).
    """
    return G(latent_real.detach())


def real_reconstruction_loss(
    x_real: Tensor, recon: Tensor, weight: float = LAMBDA_RECONSTRUCTION, norm: NormKind = "l2"
) -> Tensor:
    """λ2 · mean((x_r − G(φ(x_r)))²), the G-step term.

    ``x_real`` is the *un-augmented* real batch (the authors compare with ``real_img``, while
    φ(x_r) was computed on the ADA-augmented image).
    """
    return weight * _distance(recon, x_real.detach(), norm)


def clr_d_loss(
    real_logits: Tensor,
    fake_logits: Tensor,
    z: Tensor,
    latent_fake: Tensor,
    weight: float = LAMBDA_CONSISTENCY,
    norm: NormKind = "l2",
) -> Tensor:
    """L_D = softplus(−D(x_r)) + softplus(D(G(z))) + λ1·MSE(z, φ(G(z))) (R1 added separately).

    With λ1 = 0 this is exactly (bit for bit) the non-saturating D loss.
    """
    loss = F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()
    return loss + latent_consistency_loss(z, latent_fake, weight, norm) if weight else loss


def clr_g_loss(
    fake_logits: Tensor,
    x_real: Tensor,
    recon: Tensor,
    weight: float = LAMBDA_RECONSTRUCTION,
    norm: NormKind = "l2",
) -> Tensor:
    """L_G = softplus(−D(G(z))) + λ2·MSE(x_r, G(sg[φ(x_r)])); λ2 = 0 gives the NS G loss exactly."""
    loss = F.softplus(-fake_logits).mean()
    return loss + real_reconstruction_loss(x_real, recon, weight, norm) if weight else loss


# ---------------------------------------------------------------------------------------------
# Blocks (contract v2): critics with the latent head, and the CLR terms as a regularizer
# ---------------------------------------------------------------------------------------------
#
# The CLR terms are a regularizer with phase "both", not a loss: the authors add them to
# StyleGAN2's non-saturating loss, and as a regularizer they add to any adversarial loss block
# (non-saturating, hinge, …) next to R1 or spectral norm, and are logged on their own
# (``loss/Dmain/<node>``, ``loss/Gmain/<node>``). They read the phase's shared critic outputs:
# ``batch.out_fake`` (D step, the forward the loss already made) and ``batch.out_real`` (G step).

PAPER = (
    "Sun, Luan, Zhao, Luo, Han, CLR-GAN: Improving GANs Stability and Quality via Consistent "
    "Latent Representation and Reconstruction, ECCV 2024"
)
HeadMode = Literal["epilogue", "linear"]
CLR_EXTRAS = frozenset({"features", "latent"})


class LatentHeadCritic(nn.Module):
    """A critic trunk x → h [B, F], then φ: ``CriticOutput(logit, {"features": h, "latent"})``."""

    def __init__(self, trunk: nn.Module, features: int, latent_dim: int, mode: HeadMode, eq: bool):
        super().__init__()
        self.trunk = trunk
        self.head = LatentHead(features, latent_dim, mode, eq)

    def forward(self, x: Tensor) -> CriticOutput:
        h = self.trunk(x).flatten(1)
        logits, latent = self.head(h)
        return CriticOutput(logits, {"features": h, "latent": latent})


CLR_D_INPUTS = (
    samples("real", "Real samples (after augmenters)."),
    samples("fake", "Generated samples (after the same augmenters)."),
)
CLR_D_OUTPUTS = (
    handle("critic", PortType.CRITIC, "This critic: logits, extras features and latent φ(x)."),
)


class _HeadParams(BlockParams):
    head: HeadMode = Field(
        "epilogue",
        description="epilogue: latent = √2·lrelu(fc(h)), logit = out(latent) (authors); "
        "linear: logit = out(h), latent = fc(h) beside it.",
    )
    equalized_lr: bool = Field(False, description="StyleGAN2's equalized-lr head layers.")


class CLRDCGANParams(DCGANDParams, _HeadParams):
    pass


class _CLRCritic(Block):
    paper = PAPER
    inputs = CLR_D_INPUTS
    outputs = CLR_D_OUTPUTS

    def critic_extras(self) -> frozenset[str]:
        return CLR_EXTRAS


class CLRDCGANDiscriminatorBlock(_CLRCritic):
    """DCGAN critic with CLR-GAN's latent head φ(x) ≈ z (Sun et al., ECCV 2024).

    The conv trunk of ``discriminator.dcgan``, then the head: by default the authors' epilogue,
    latent = √2·lrelu₀.₂(fc(h)) with fc: F → z_dim and logit = out(latent). Outputs the extras
    ``features`` (h) and ``latent`` (φ) that ``regularizer.clr`` reads.
    """

    type = "discriminator.clr_dcgan"
    title = "DCGAN discriminator + latent head (CLR)"
    Params = CLRDCGANParams
    params: CLRDCGANParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            dcgan_plan(shapes["real"])
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        base = DCGANDiscriminator(ctx.data_shape, p.width, p.norm, p.activation, None)
        return LatentHeadCritic(
            base.convs, base.head.in_features, ctx.z_dim, p.head, p.equalized_lr
        )


class CLRMLPParams(_HeadParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    activation: MLPActivation = Field(
        "leaky_relu", description="Hidden activation (leaky: 0.2; maxout: see maxout_pieces)."
    )
    maxout_pieces: int = Field(5, ge=2, le=16, description="Linear pieces per maxout unit.")
    init: Init = Field(
        "default", description="Linear weights: torch's, or N(0, 0.02) with zero biases."
    )


class CLRMLPDiscriminatorBlock(_CLRCritic):
    """MLP critic with CLR-GAN's latent head φ(x) ≈ z (Sun et al., ECCV 2024).

    The hidden layers of ``discriminator.mlp``, then the CLR head on the last hidden features
    (epilogue: fc to z_dim, √2·lrelu, then the logit). Outputs ``features`` and ``latent``.
    """

    type = "discriminator.clr_mlp"
    title = "MLP discriminator + latent head (CLR)"
    Params = CLRMLPParams
    params: CLRMLPParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        in_dim = math.prod(ctx.data_shape)
        layers = mlp([in_dim, *p.hidden, 1], p.activation, pieces=p.maxout_pieces)
        trunk = nn.Sequential(*list(layers)[:-1])  # drop the logit layer: φ's head replaces it
        init_linear(trunk, p.init)
        return LatentHeadCritic(trunk, p.hidden[-1], ctx.z_dim, p.head, p.equalized_lr)


class CLRParams(BlockParams):
    consistency_weight: float = Field(
        LAMBDA_CONSISTENCY, ge=0, le=1e4, description="λ1 of MSE(z, φ(G(z))) in D's step (5)."
    )
    reconstruction_weight: float = Field(
        LAMBDA_RECONSTRUCTION,
        ge=0,
        le=1e4,
        description="λ2 of MSE(x_r, G(sg[φ(x_r)])) in G's step (0.5).",
    )
    consistency_norm: NormKind = Field("l2", description="l2: F.mse_loss (code); l1: mean |·|.")
    reconstruction_norm: NormKind = Field("l2", description="l2: F.mse_loss (code); l1: mean |·|.")


class CLRReg(Regularizer):
    """D step: λ1·MSE(z, φ(G(z))); G step: λ2·MSE(x_r, G(sg[φ(x_r)])) (phase-A functions)."""

    phase = "both"

    def __init__(self, p: CLRParams, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node

    def _report(self, name: str, term: Tensor, weight: float) -> None:
        if self.stats is not None:  # the unweighted error: compare with Var z ≈ 1 (spec §2.3)
            self.stats.report(f"clr/{self.node}/{name}", term / weight)

    def term(self, batch: Batch) -> Tensor | None:
        p = self.p
        if batch.side == "D":
            if not p.consistency_weight:
                return None
            latent = batch.out_fake.extras["latent"]
            loss = latent_consistency_loss(
                batch.z, latent, p.consistency_weight, p.consistency_norm
            )
            self._report("consistency", loss, p.consistency_weight)
            return loss
        if not p.reconstruction_weight:
            return None
        latent = batch.out_real.extras["latent"]  # D on the (augmented) reals, D frozen
        y = batch.real_labels if batch.n_classes else None
        G = batch.G if y is None else partial(batch.G, y=y)
        recon = reconstruct(G, latent)
        loss = real_reconstruction_loss(
            batch.real, recon, p.reconstruction_weight, p.reconstruction_norm
        )
        self._report("reconstruction", loss, p.reconstruction_weight)
        return loss


class CLR(Block):
    """CLR-GAN's latent consistency (D) and real reconstruction (G) terms (Sun et al., ECCV 2024).

    D learns to recover the z of a fake, φ(G(z)) ≈ z (λ1 = 5); G learns to rebuild a real from
    D's estimate, G(sg[φ(x_r)]) ≈ x_r, against the un-augmented x_r (λ2 = 0.5); both MSE as in
    the authors' code. Needs a critic with a latent head (``discriminator.clr_dcgan``/``clr_mlp``)
    and adds to any adversarial loss (the authors': non-saturating).
    """

    type = "regularizer.clr"
    title = "CLR consistency + reconstruction"
    paper = PAPER
    Params = CLRParams
    inputs = (handle("critic", PortType.CRITIC, "The critic with the latent head φ."),)
    needs_extras = ("latent",)
    params: CLRParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return CLRReg(self.params, ctx.stats, ctx.node_id)


CLR_BLOCKS: list[type[Block]] = [CLRDCGANDiscriminatorBlock, CLRMLPDiscriminatorBlock, CLR]
