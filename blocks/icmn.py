"""Stochastic orders with input convex maxout networks (Domingo-Enrich, Schiff, Mroueh, ICLR 2023).

techniques-2.md §10, read from ``yair-schiff/stochastic-orders-ICMN`` (``src/models.py``,
``src/choquet_utils.py``, ``src/model_module.py``). μ₊ is the generated distribution, μ₋ the
real one; every critic u is convex in x:

- VDC(μ₊‖μ₋) = inf_u ∫u d(μ₊ − μ₋) ≤ 0, 0 iff μ₊ dominates μ₋ in the convex order (within the
  class);
- D_CT = VDC + ½∫‖x‖² d(μ₋ − μ₊) (Choquet–Toland discrepancy);
- d_CT = inf_{u₀} ∫u₀ d(μ₊ − μ₋) + inf_{u₁} ∫u₁ d(μ₋ − μ₊) (CT distance, two critics).

The critics minimise the objective, G maximises it (its loss is −objective), and after every
critic step the hidden-to-hidden and output weights are projected to ≥ 0 (``weight.relu_()``).
"""

from __future__ import annotations

from typing import Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape, handle
from blocks.discriminators import D_INPUTS
from blocks.layers import Maxout
from blocks.runtime import AdversarialLoss, Batch, CriticOutput, Regularizer, Stats
from schemas import PortType

#: the second critic u₁ of the CT distance, carried as a critic extra ``[B]``
SECOND_CRITIC = "u1"


class ICMN(nn.Module):
    """u(x) = w_outᵀ h_L + b with h₁ = maxout(W₁x + b₁), h_ℓ = maxout(W_ℓ h_{ℓ−1} + b_ℓ) + Ax + a.

    The authors' ``DistributionDiscriminator`` (activation ``max_out``): ``input_to_hidden`` W₁
    and the shared ``residual`` A are unconstrained; ``main`` W_ℓ (ℓ ≥ 2) and ``main_output``
    w_out must be ≥ 0 (``project``). Maxout and non-negative sums of convex functions plus an
    affine map are convex, and maxout is non-decreasing, so u is convex in x once projected.
    ``units`` is the width after maxout (the code's ``dimh // max_out``).
    """

    def __init__(self, in_dim: int, units: int, layers: int, pieces: int):
        super().__init__()
        self.input_to_hidden = nn.Sequential(nn.Linear(in_dim, units * pieces), Maxout(pieces))
        self.main = nn.ModuleList(
            nn.Sequential(nn.Linear(units, units * pieces), Maxout(pieces))
            for _ in range(layers - 1)
        )
        self.residual = nn.Linear(in_dim, units)
        self.main_output = nn.Linear(units, 1)

    def forward(self, x: Tensor) -> Tensor:
        x = x.flatten(1)
        h = self.input_to_hidden(x)
        skip = self.residual(x) if len(self.main) else None
        for layer in self.main:
            h = layer(h) + skip
        return self.main_output(h).squeeze(1)

    def constrained_weights(self) -> list[Tensor]:
        """The weights that must stay ≥ 0 for convexity (``main`` and ``main_output``)."""
        linears = [m for m in self.main.modules() if isinstance(m, nn.Linear)]
        return [m.weight for m in linears] + [self.main_output.weight]


def project_to_nonnegative(weights: list[Tensor]) -> Tensor:
    """Clamp each weight to ≥ 0 in place (the code's ``weight.data.relu_()``).

    Returns the fraction of entries that were negative before the projection (0-d, on device).
    """
    negative = torch.zeros((), device=weights[0].device)
    total = 0
    with torch.no_grad():
        for w in weights:
            negative = negative + (w < 0).sum()
            total += w.numel()
            w.relu_()
    return negative / total


def convexity_fraction(
    u: nn.Module, x: Tensor, generator: torch.Generator | None = None, eps: float = 1e-6
) -> Tensor:
    """Share of random chords with u(λa + (1−λ)b) ≤ λu(a) + (1−λ)u(b) + eps.

    The repository's ``test_model_convexity``: a, b two random permutations of the batch ``x``,
    λ ~ U[0, 1] per pair.
    """
    with torch.no_grad():
        n = x.shape[0]
        lam = torch.rand(n, generator=generator).to(x)
        a = x[torch.randperm(n, generator=generator).to(x.device)]
        b = x[torch.randperm(n, generator=generator).to(x.device)]
        shape = (n, *([1] * (x.dim() - 1)))
        mid = u(lam.view(shape) * a + (1 - lam.view(shape)) * b)
        chord = lam * u(a) + (1 - lam) * u(b)
        return (mid <= chord + eps).float().mean()


class ICMNCritic(nn.Module):
    """One or two ICMNs on the same input: logits u₀(x), and u₁(x) as the extra ``u1``."""

    def __init__(self, in_dim: int, units: int, layers: int, pieces: int, critics: int):
        super().__init__()
        self.u0 = ICMN(in_dim, units, layers, pieces)
        self.u1 = ICMN(in_dim, units, layers, pieces) if critics == 2 else None
        self.critic_extras = frozenset({SECOND_CRITIC}) if critics == 2 else frozenset()

    def forward(self, x: Tensor) -> CriticOutput:
        extras = {SECOND_CRITIC: self.u1(x)} if self.u1 is not None else {}
        return CriticOutput(self.u0(x), extras)

    def constrained_weights(self) -> list[Tensor]:
        return [w for u in (self.u0, self.u1) if u is not None for w in u.constrained_weights()]

    def project(self) -> Tensor:
        """Project every critic to the convex class; the share of entries that were negative."""
        return project_to_nonnegative(self.constrained_weights())


class ICMNParams(BlockParams):
    units: int = Field(
        16, ge=1, le=4096, description="Width after maxout (code: dimh 32 // max_out 2 = 16)."
    )
    layers: int = Field(5, ge=1, le=32, description="Maxout layers (2-D script: 5).")
    maxout_k: int = Field(2, ge=1, le=16, description="Linear pieces per maxout unit (2-D: 2).")
    critics: Literal[1, 2] = Field(
        2, description="Convex critics: 2 for the CT distance (u₀ logits, u₁ extra), 1 for VDC."
    )


class ICMNDiscriminator(Block):
    """Input convex maxout critic(s) u(x), convex in x (Domingo-Enrich et al., ICLR 2023).

    The authors' 2-D critic: a maxout input layer, then maxout layers with non-negative weights
    plus one shared unconstrained skip from the input, and a non-negative linear output. Wire
    ``regularizer.convex_projection`` to it: it keeps the weights ≥ 0 after every step, which
    is what makes u convex. With two critics, u₁ is the ``u1`` extra that ``loss.vdc``'s CT
    distance reads.
    """

    type = "discriminator.icmn"
    title = "ICMN critic"
    paper = (
        "Domingo-Enrich, Schiff, Mroueh, Learning with Stochastic Orders, ICLR 2023 "
        "(arXiv 2205.13684)"
    )
    Params = ICMNParams
    inputs = D_INPUTS[:2]
    outputs = (
        handle("critic", PortType.CRITIC, "The convex critic(s): u₀ as logits, u₁ as extra 'u1'."),
    )
    params: ICMNParams

    def critic_extras(self) -> frozenset[str]:
        return frozenset({SECOND_CRITIC}) if self.params.critics == 2 else frozenset()

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        in_dim = 1
        for d in ctx.data_shape:
            in_dim *= d
        return ICMNCritic(in_dim, p.units, p.layers, p.maxout_k, p.critics)


# -- the objectives -----------------------------------------------------------------------------
Mode = Literal["vdc", "ct_discrepancy", "ct_distance"]
Combine = Literal["sum", "min"]


def u_integral(u_plus: Tensor, u_minus: Tensor) -> Tensor:
    """∫u d(μ₊ − μ₋) ≈ mean u(x₊) − mean u(x₋); its infimum over convex u is VDC(μ₊‖μ₋)."""
    return u_plus.mean() - u_minus.mean()


def half_sq_norm_gap(x_minus: Tensor, x_plus: Tensor) -> Tensor:
    """½∫‖x‖² d(μ₋ − μ₊) ≈ ½ mean‖x₋‖² − ½ mean‖x₊‖² (the Choquet–Toland term)."""
    return 0.5 * (
        x_minus.flatten(1).square().sum(1).mean() - x_plus.flatten(1).square().sum(1).mean()
    )


def ct_distance(
    u0_fake: Tensor, u0_real: Tensor, u1_fake: Tensor, u1_real: Tensor, combine: Combine
) -> Tensor:
    """∫u₀ d(μ₊ − μ₋) + ∫u₁ d(μ₋ − μ₊) (``sum``), or the smaller of the two (``min``).

    With ``min`` only the smaller term carries a gradient, as the code detaches the other.
    """
    a = u_integral(u0_fake, u0_real)
    b = u_integral(u1_real, u1_fake)
    return a + b if combine == "sum" else torch.minimum(a, b)


class ChoquetTolandLoss(AdversarialLoss):
    """The critic minimises the objective (plus λ·E[u²] if set); G minimises −objective."""

    def __init__(self, mode: Mode, combine: Combine, u_squared: float):
        self.mode, self.combine, self.u_squared = mode, combine, u_squared

    def objective(self, batch: Batch, with_norm_gradient: bool) -> Tensor:
        real, fake = batch.out_real, batch.out_fake
        if self.mode == "ct_distance":
            return ct_distance(
                fake.logits,
                real.logits,
                fake.extras[SECOND_CRITIC],
                real.extras[SECOND_CRITIC],
                self.combine,
            )
        value = u_integral(fake.logits, real.logits)
        if self.mode == "ct_discrepancy":
            gap = half_sq_norm_gap(batch.real, batch.fake)
            # u's step: the ‖x‖² term has no gradient (a constant, kept so the value is D_CT)
            value = value + (gap if with_norm_gradient else gap.detach())
        return value

    def d_loss(self, batch: Batch) -> Tensor:
        loss = self.objective(batch, with_norm_gradient=False)
        if self.u_squared > 0:  # the image script's ``reg_u_squared``, on every critic
            outs = [batch.out_real, batch.out_fake]
            squares = [o.logits.square().mean() for o in outs]
            if self.mode == "ct_distance":
                squares += [o.extras[SECOND_CRITIC].square().mean() for o in outs]
            sq = torch.stack(squares).sum()
            loss = loss + self.u_squared * sq
        return loss

    def g_loss(self, batch: Batch) -> Tensor:
        return -self.objective(batch, with_norm_gradient=True)


class VDCParams(BlockParams):
    mode: Mode = Field(
        "ct_distance",
        description="vdc: inf ∫u d(G − data); ct_discrepancy: + ½∫‖x‖²; ct_distance: 2 critics.",
    )
    combine: Combine = Field("sum", description="CT distance: sum of the two terms, or the min.")
    u_squared: float = Field(
        0.0, ge=0, le=1e4, description="λ·(E u(real)² + E u(fake)²) on the critics (images: 10)."
    )


class VDCLoss(Block):
    """Variational dominance criterion / Choquet–Toland objective (Domingo-Enrich et al. 2023).

    The critic (convex, ``discriminator.icmn``) minimises ∫u d(μ₊ − μ₋) with μ₊ = G's samples and
    μ₋ the data; G maximises it. ``ct_distance`` (the authors' 2-D default, ``disc_or_dist
    dist``) uses both directions with two critics, so it vanishes only when G matches the data;
    ``vdc`` alone is 0 whenever G dominates the data.
    """

    type = "loss.vdc"
    title = "VDC / Choquet–Toland"
    paper = (
        "Domingo-Enrich, Schiff, Mroueh, Learning with Stochastic Orders, ICLR 2023 "
        "(arXiv 2205.13684)"
    )
    Params = VDCParams
    inputs = (handle("critic", PortType.CRITIC, "The convex critic(s) (discriminator.icmn)."),)
    params: VDCParams

    @property
    def needs_extras(self) -> tuple[str, ...]:  # type: ignore[override]
        """The CT distance reads the second critic (checked when the graph is validated)."""
        return (SECOND_CRITIC,) if self.params.mode == "ct_distance" else ()

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        p = self.params
        if p.mode == "ct_distance":
            extras: frozenset[str] = getattr(ctx.one("critic"), "critic_extras", frozenset())
            if SECOND_CRITIC not in extras:
                raise UnsupportedShape(
                    "mode ct_distance needs two convex critics: set the ICMN's critics to 2"
                )
        return ChoquetTolandLoss(p.mode, p.combine, p.u_squared)


class ConvexProjectionReg(Regularizer):
    has_term = False

    def __init__(self, stats: Stats | None, node: str):
        self.stats, self.node = stats, node

    def attach(self, net: nn.Module) -> None:
        if not callable(getattr(net, "project", None)):
            raise UnsupportedShape(
                f"{type(net).__name__} has no convex weights to project: wire an ICMN critic"
            )
        net.project()  # type: ignore[operator]  # convex from the first step on

    def after_step(self, net: nn.Module) -> None:
        negative = net.project()  # type: ignore[operator]
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/negative_before_projection", negative)


class ConvexProjection(Block):
    """Projection of an ICMN's constrained weights to ≥ 0 after each step (Domingo-Enrich 2023).

    Projected gradient descent of the authors' code (``project_weights_to_positive``: the
    hidden-to-hidden and output weights, ``relu_``). Logs the share of entries the step had
    made negative.
    """

    type = "regularizer.convex_projection"
    title = "Convex projection"
    paper = (
        "Domingo-Enrich, Schiff, Mroueh, Learning with Stochastic Orders, ICLR 2023 "
        "(arXiv 2205.13684)"
    )
    inputs = (handle("critic", PortType.CRITIC, "The ICMN critic to keep convex."),)

    def build(self, ctx: BuildContext) -> Regularizer:
        return ConvexProjectionReg(ctx.stats, ctx.node_id)


ICMN_BLOCKS = [ICMNDiscriminator, VDCLoss, ConvexProjection]
