"""Manifold-learning discriminator (Ni, Koniusz, Hartley, Nock, "Manifold Learning Benefits GANs",
CVPR 2022), as techniques-2.md §9.2 interprets it.

The official repository (``MaxwellYaoNi/LCSAGAN``) holds only a README, so this is the spec's
**[proposal]**: a coding layer inside D maps features h onto a learned dictionary M = [m₁..m_K]
(the "manifold view" ĥ) and passes the blend h' = h + ρ(ĥ − h), ρ = sigmoid(learned). Two
VQ-style terms (``regularizer.manifold``) realise "refining the manifold" (atoms move to the
features) and "denoising on the manifold" (features move to their codes). Variants:

- ``lcsa``: locality-constrained soft assignment over the κ nearest atoms (non-linear);
- ``llc``: locality-constrained linear coding (Wang et al., CVPR 2010), affine weights;
- ``subspace``: LCSA over local affine subspaces m_k + span(U_k).
"""

from __future__ import annotations

import math
from typing import Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import (
    Block,
    BlockParams,
    BlockProblem,
    BuildContext,
    Shape,
    UnsupportedShape,
    handle,
)
from blocks.discriminators import D_INPUTS, D_OUTPUTS
from blocks.layers import MLPActivation, Width, mlp
from blocks.runtime import Batch, CriticOutput, Regularizer, Stats
from blocks.stats import broadcast_from_rank0
from schemas import PortType

REFINE = "manifold_refine"
DENOISE = "manifold_denoise"
MANIFOLD_EXTRAS = frozenset({REFINE, DENOISE})

Variant = Literal["lcsa", "llc", "subspace"]


def nearest_atoms(h: Tensor, atoms: Tensor, knn: int) -> tuple[Tensor, Tensor]:
    """(squared distances ``[B, κ]``, indices ``[B, κ]``) of the κ atoms nearest to each h."""
    d = torch.cdist(h, atoms).square()
    dist, idx = d.topk(min(knn, atoms.shape[0]), dim=1, largest=False)
    return dist, idx


def lcsa_weights(dist: Tensor, beta: float) -> Tensor:
    """α_k = exp(−β d_k) / Σ_{j∈N(h)} exp(−β d_j) over the κ nearest atoms (α ≥ 0, Σα = 1)."""
    return torch.softmax(-beta * dist, dim=1)


def lcsa_code(h: Tensor, atoms: Tensor, knn: int, beta: float) -> tuple[Tensor, Tensor, Tensor]:
    """ĥ = Mα with LCSA weights; also (α ``[B, κ]``, indices ``[B, κ]``)."""
    dist, idx = nearest_atoms(h, atoms, knn)
    alpha = lcsa_weights(dist, beta)
    return (alpha.unsqueeze(2) * atoms[idx]).sum(1), alpha, idx


def llc_code(
    h: Tensor, atoms: Tensor, knn: int, lam: float, delta: float = 1e-4
) -> tuple[Tensor, Tensor, Tensor]:
    """LLC: α̃ = (C + λ·diag(d_N) + δ·tr(C)·I)⁻¹𝟏, α = α̃/𝟏ᵀα̃, ĥ = Bα, C = (B − h𝟏ᵀ)ᵀ(B − h𝟏ᵀ).

    B holds the κ nearest atoms; δ is scaled by tr(C) (Wang et al.'s code conditions C the same
    way), so the solve stays well posed when h sits on an atom. α sums to 1; it may be negative.
    """
    dist, idx = nearest_atoms(h, atoms, knn)
    b = atoms[idx]  # [B, κ, d]
    diff = b - h.unsqueeze(1)
    c = diff @ diff.transpose(1, 2)  # [B, κ, κ]
    eye = torch.eye(c.shape[1], device=h.device, dtype=h.dtype)
    trace = c.diagonal(dim1=1, dim2=2).sum(1).clamp(min=1e-12)
    system = c + lam * torch.diag_embed(dist) + delta * trace.view(-1, 1, 1) * eye
    ones = torch.ones(c.shape[0], c.shape[1], 1, device=h.device, dtype=h.dtype)
    raw = torch.linalg.solve(system, ones).squeeze(2)
    alpha = raw / raw.sum(1, keepdim=True)
    return (alpha.unsqueeze(2) * b).sum(1), alpha, idx


def subspace_code(
    h: Tensor, atoms: Tensor, bases: Tensor, knn: int, beta: float
) -> tuple[Tensor, Tensor, Tensor]:
    """ĥ = Σ_k α_k (m_k + U_k U_kᵀ (h − m_k)), α the LCSA weights, U_k orthonormal ``[d, r]``.

    ``bases`` ``[K, d, r]`` is orthonormalised here (QR), so U_k U_kᵀ is a projection.
    """
    dist, idx = nearest_atoms(h, atoms, knn)
    alpha = lcsa_weights(dist, beta)
    u = torch.linalg.qr(bases[idx]).Q  # [B, κ, d, r]
    m = atoms[idx]
    off = (h.unsqueeze(1) - m).unsqueeze(3)  # [B, κ, d, 1]
    local = m + (u @ (u.transpose(2, 3) @ off)).squeeze(3)
    return (alpha.unsqueeze(2) * local).sum(1), alpha, idx


class ManifoldCoding(nn.Module):
    """h → h + ρ(ĥ − h) with ĥ h's code on a learned dictionary; the VQ terms per sample.

    ``refine`` = ‖sg[h] − ĥ(sg[h])‖² moves the dictionary, ``denoise`` = ‖h − sg[ĥ]‖² the
    features (both summed over the features, ``[B]``). The atoms start on features of the first
    training batch (K of them, drawn with replacement, plus a little noise: atoms drawn far from
    the features would never be among anyone's nearest and so never move).
    """

    ready: Tensor

    def __init__(
        self,
        dim: int,
        atoms: int,
        variant: Variant,
        knn: int,
        beta: float,
        lambda_llc: float,
        rank: int,
        rho_init: float,
        learn_rho: bool,
    ):
        super().__init__()
        self.variant, self.knn, self.beta, self.lambda_llc = variant, knn, beta, lambda_llc
        self.atoms = nn.Parameter(torch.randn(atoms, dim))
        self.bases = nn.Parameter(torch.randn(atoms, dim, rank)) if variant == "subspace" else None
        rho = min(max(rho_init, 1e-6), 1 - 1e-6)
        logit = torch.tensor(math.log(rho / (1 - rho)))
        if learn_rho:
            self.rho_logit: Tensor = nn.Parameter(logit)
        else:
            self.register_buffer("rho_logit", logit)
        self.fixed_rho = None if learn_rho else rho_init  # exact ρ (0 → the base D bit for bit)
        self.register_buffer("ready", torch.tensor(False))
        self._ready = False  # host-side copy of ``ready``: one sync at most per process

    @property
    def rho(self) -> Tensor:
        if self.fixed_rho is not None:
            return torch.full((), self.fixed_rho, device=self.atoms.device)
        return torch.sigmoid(self.rho_logit)

    def code(self, h: Tensor) -> Tensor:
        if self.variant == "llc":
            return llc_code(h, self.atoms, self.knn, self.lambda_llc)[0]
        if self.variant == "subspace":
            assert self.bases is not None
            return subspace_code(h, self.atoms, self.bases, self.knn, self.beta)[0]
        return lcsa_code(h, self.atoms, self.knn, self.beta)[0]

    @torch.no_grad()
    def _init_atoms(self, h: Tensor) -> None:
        if self._ready or h.is_meta:  # the validator's dry run builds on the meta device
            return
        if not bool(self.ready):  # a fresh layer (a resumed one has ``ready`` set)
            pick = torch.randint(0, h.shape[0], (self.atoms.shape[0],), device=h.device)
            spread = h.std(0, keepdim=True).nan_to_num(0.0) + 1e-3
            self.atoms.copy_(h[pick] + 0.05 * spread * torch.randn_like(self.atoms))
            broadcast_from_rank0(self.atoms.data)  # ranks saw other batches
            self.ready.fill_(True)
        self._ready = True

    def forward(self, h: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        if self.training:
            self._init_atoms(h.detach())
        h_hat = self.code(h)
        refine = (h.detach() - self.code(h.detach())).square().sum(1)
        denoise = (h - h_hat.detach()).square().sum(1)
        return h + self.rho * (h_hat - h), refine, denoise

    def _load_from_state_dict(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super()._load_from_state_dict(*args, **kwargs)
        self._ready = False  # re-read ``ready`` from the loaded state


class ManifoldMLPDiscriminator(nn.Module):
    """The MLP critic of ``discriminator.mlp`` with a coding layer after hidden layer ``at``.

    ``at = 0`` codes the input itself (the spec's 25-Gaussians check). The MLP is built first,
    with the same calls as ``discriminator.mlp``, so under one seed its weights are that
    critic's and ρ = 0 gives its logits bit for bit.
    """

    critic_extras = MANIFOLD_EXTRAS

    def __init__(self, in_dim: int, hidden: list[int], act: MLPActivation, at: int, **coding):  # type: ignore[no-untyped-def]
        super().__init__()
        net = mlp([in_dim, *hidden, 1], act)
        cut = 2 * at  # each hidden layer is Linear, act
        self.before, self.after = net[:cut], net[cut:]
        self.coding = ManifoldCoding([in_dim, *hidden][at], **coding)

    def forward(self, x: Tensor) -> CriticOutput:
        h, refine, denoise = self.coding(self.before(x.flatten(1)))
        return CriticOutput(self.after(h).squeeze(1), {REFINE: refine, DENOISE: denoise})


class ManifoldDParams(BlockParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    activation: MLPActivation = Field("leaky_relu", description="Hidden activation (leaky: 0.2).")
    coding_after: int = Field(
        1, ge=0, le=16, description="Code after this hidden layer (0: on the input itself)."
    )
    variant: Variant = Field(
        "lcsa", description="lcsa: soft assignment (best in the paper); llc: linear; subspace."
    )
    atoms: int = Field(64, ge=1, le=4096, description="Dictionary size K (spec: 64–512).")
    knn: int = Field(5, ge=1, le=64, description="Nearest atoms κ per feature (spec: 5–10).")
    beta: float = Field(1.0, gt=0, le=1e6, description="LCSA temperature β of exp(−β‖h − m‖²).")
    lambda_llc: float = Field(
        1e-4, ge=0, le=1e3, description="LLC locality weight λ on diag(‖h − m‖²)."
    )
    rank: int = Field(2, ge=1, le=64, description="Subspace variant: dimension r of each U_k.")
    rho_init: float = Field(0.5, ge=0, le=1, description="Initial blend ρ of h + ρ(ĥ − h).")
    learn_rho: bool = Field(True, description="Learn ρ (a sigmoid); off: ρ = rho_init exactly.")


class ManifoldDiscriminator(Block):
    """MLP critic with a manifold-coding layer on its features (Ni et al., CVPR 2022; proposal).

    The coding step of "Manifold Learning Benefits GANs", as techniques-2.md §9.2 proposes it
    (no code is public): a learned dictionary, LCSA / LLC / subspace codes of D's features, an
    adaptive blend ρ. Wire ``regularizer.manifold`` to it for the refine and denoise terms.
    """

    type = "discriminator.manifold"
    title = "Manifold-coding D (MLP)"
    paper = "Ni, Koniusz, Hartley, Nock, Manifold Learning Benefits GANs, CVPR 2022"
    Params = ManifoldDParams
    inputs = D_INPUTS[:2]
    outputs = D_OUTPUTS
    params: ManifoldDParams

    def critic_extras(self) -> frozenset[str]:
        return MANIFOLD_EXTRAS

    def check(self) -> list[BlockProblem]:
        p = self.params
        if p.coding_after > len(p.hidden):
            return [
                BlockProblem(
                    "coding_after",
                    "bad_param",
                    f"coding_after {p.coding_after} is past the last hidden layer "
                    f"({len(p.hidden)}): use 0 (the input) to {len(p.hidden)}",
                )
            ]
        return []

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        if p.coding_after > len(p.hidden):
            raise UnsupportedShape(
                f"coding_after {p.coding_after} is past the last hidden layer ({len(p.hidden)})"
            )
        if (
            p.variant == "subspace"
            and p.rank > ([math.prod(ctx.data_shape), *p.hidden])[p.coding_after]
        ):
            raise UnsupportedShape("rank must not exceed the width of the coded features")
        return ManifoldMLPDiscriminator(
            math.prod(ctx.data_shape),
            p.hidden,
            p.activation,
            p.coding_after,
            atoms=p.atoms,
            variant=p.variant,
            knn=p.knn,
            beta=p.beta,
            lambda_llc=p.lambda_llc,
            rank=p.rank,
            rho_init=p.rho_init,
            learn_rho=p.learn_rho,
        )


def adaptive_denoise_weight(refine: Tensor, denoise: Tensor, lo: float, hi: float) -> Tensor:
    """w_d = clip(L_refine / L_denoise, lo, hi), without gradient (the spec's adaptive balance)."""
    return (refine.detach() / denoise.detach().clamp(min=1e-12)).clamp(lo, hi)


class ManifoldParams(BlockParams):
    weight: float = Field(1.0, ge=0, le=1e4, description="Scale of the two terms together.")
    refine_weight: float = Field(1.0, ge=0, le=1e4, description="w_r of L_refine (spec: 1).")
    adaptive: bool = Field(
        True, description="w_d = clip(L_refine/L_denoise, lo, hi); off: w_d = denoise_weight."
    )
    denoise_weight: float = Field(1.0, ge=0, le=1e4, description="w_d when not adaptive.")
    clip_low: float = Field(0.1, gt=0, le=1, description="Lower clip of the adaptive w_d.")
    clip_high: float = Field(10.0, ge=1, le=1e4, description="Upper clip of the adaptive w_d.")


class ManifoldReg(Regularizer):
    """weight·(w_r·L_refine + w_d·L_denoise), means over the real and the fake batch (D step)."""

    def __init__(self, p: ManifoldParams, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node
        self.net: nn.Module | None = None

    def attach(self, net: nn.Module) -> None:
        self.net = net

    def term(self, batch: Batch) -> Tensor:
        outs = (batch.out_real, batch.out_fake)
        refine = torch.cat([o.extras[REFINE] for o in outs]).mean()
        denoise = torch.cat([o.extras[DENOISE] for o in outs]).mean()
        p = self.p
        if p.adaptive:
            w_d = adaptive_denoise_weight(refine, denoise, p.clip_low, p.clip_high)
        else:
            w_d = torch.full((), p.denoise_weight, device=refine.device)
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/reconstruction", refine)
            self.stats.report(f"reg/{self.node}/denoise_weight", w_d)
            coding = getattr(self.net, "coding", None)
            if isinstance(coding, ManifoldCoding):
                self.stats.report(f"reg/{self.node}/rho", coding.rho.detach())
        return p.weight * (p.refine_weight * refine + w_d * denoise)


class ManifoldTerms(Block):
    """Refine and denoise terms of a manifold-coding D (Ni et al., CVPR 2022; spec's proposal).

    L_refine = ‖sg[h] − ĥ‖² pulls the dictionary onto the features, L_denoise = ‖h − sg[ĥ]‖² the
    features onto their codes; w_d adapts as clip(L_refine / L_denoise, 0.1, 10). Logs ρ, the
    reconstruction error and w_d.
    """

    type = "regularizer.manifold"
    title = "Manifold terms"
    paper = "Ni, Koniusz, Hartley, Nock, Manifold Learning Benefits GANs, CVPR 2022"
    Params = ManifoldParams
    inputs = (handle("critic", PortType.CRITIC, "A manifold-coding D (discriminator.manifold)."),)
    needs_extras = (REFINE, DENOISE)
    params: ManifoldParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return ManifoldReg(self.params, ctx.stats, ctx.node_id)


MANIFOLD_BLOCKS = [ManifoldDiscriminator, ManifoldTerms]
