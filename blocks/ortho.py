"""BigGAN's orthogonal regularisation of G's weights (Brock, Donahue, Simonyan, ICLR 2019).

R_β(W) = β‖WWᵀ ⊙ (1 − I)‖²_F with W viewed as ``[out, -1]`` (rows = filters), as
BigGAN-PyTorch's ``utils.ortho``; the ``full`` variant ‖WWᵀ − I‖²_F is its ``default_ortho``.
BigGAN adds the closed-form gradient 2β·(WWᵀ ⊙ (1 − I))·W to ``.grad`` after backward — half
the gradient 4β·(WWᵀ ⊙ (1 − I))·W of R_β itself (techniques-2.md §6.1 [check]); ``impl="code"``
does that, ``impl="autograd"`` adds R_β as a loss term instead. Parameters with fewer than two
dimensions and embedding tables (BigGAN's blacklist, the shared class embedding) are skipped.
"""

from __future__ import annotations

from typing import Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.runtime import Batch, Regularizer, Stats
from schemas import PortType

OrthoVariant = Literal["offdiag", "full"]


def _gram_residual(w: Tensor, variant: OrthoVariant) -> Tensor:
    """WWᵀ ⊙ (1 − I) (offdiag) or WWᵀ − I (full), for W as ``[out, -1]``."""
    w = w.reshape(w.shape[0], -1)
    gram = w @ w.T
    eye = torch.eye(w.shape[0], device=w.device, dtype=w.dtype)
    return gram * (1 - eye) if variant == "offdiag" else gram - eye


def ortho_penalty(w: Tensor, variant: OrthoVariant = "offdiag") -> Tensor:
    """‖WWᵀ ⊙ (1 − I)‖²_F (BigGAN's modified form) or ‖WWᵀ − I‖²_F (the classic one)."""
    return _gram_residual(w, variant).square().sum()


def ortho_code_grad(w: Tensor, variant: OrthoVariant = "offdiag") -> Tensor:
    """BigGAN-PyTorch's added gradient (without β): 2·(WWᵀ ⊙ (1 − I))·W, in W's shape."""
    flat = w.reshape(w.shape[0], -1)
    return (2 * _gram_residual(w, variant) @ flat).reshape(w.shape)


def ortho_params(net: nn.Module) -> list[nn.Parameter]:
    """Weights BigGAN regularises: ≥ 2 dimensions, not an embedding table."""
    out: list[nn.Parameter] = []
    for m in net.modules():
        if isinstance(m, nn.Embedding):
            continue
        out.extend(p for p in m.parameters(recurse=False) if p.dim() >= 2)
    return out


class OrthoParams(BlockParams):
    beta: float = Field(1e-4, ge=0, le=1.0, description="β (BigGAN 1e-4; its released runs 0).")
    variant: OrthoVariant = Field(
        "offdiag", description="offdiag: ‖WWᵀ⊙(1−I)‖² (BigGAN); full: ‖WWᵀ−I‖² (classic)."
    )
    impl: Literal["code", "autograd"] = Field(
        "code", description="code: BigGAN's added gradient 2β(·)W; autograd: the term β·R."
    )


class OrthoReg(Regularizer):
    phase = "G"

    def __init__(self, p: OrthoParams, stats: Stats | None, node: str):
        self.p, self.stats, self.node = p, stats, node
        self.has_term = p.impl == "autograd"
        self.weights: list[nn.Parameter] = []

    def attach(self, net: nn.Module) -> None:
        self.weights = ortho_params(net)

    def _total(self) -> Tensor:
        return torch.stack([ortho_penalty(w, self.p.variant) for w in self.weights]).sum()

    def term(self, batch: Batch) -> Tensor | None:
        del batch
        return self.p.beta * self._total()

    @torch.no_grad()
    def before_step(self, net: nn.Module) -> None:
        if self.p.impl != "code":
            return
        for w in self.weights:
            if w.grad is not None:
                w.grad.add_(ortho_code_grad(w, self.p.variant), alpha=self.p.beta)
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/ortho", self._total())


class OrthoRegularization(Block):
    """Orthogonal regularisation β‖WWᵀ⊙(1−I)‖²_F of G's weights (BigGAN, Brock et al. 2019).

    techniques-2.md §6.1: every G step, every weight with ≥ 2 dimensions viewed as [out, −1]
    (embeddings skipped). ``impl="code"`` adds BigGAN-PyTorch's gradient 2β(WWᵀ⊙(1−I))W between
    backward and step (half of R_β's true gradient); ``impl="autograd"`` adds the term β·R.
    """

    type = "regularizer.ortho"
    title = "Orthogonal regularisation"
    paper = "Brock, Donahue, Simonyan, Large Scale GAN Training (BigGAN), ICLR 2019"
    Params = OrthoParams
    inputs = (handle("net", PortType.GENERATOR, "The generator to regularise (BigGAN: G only)."),)
    params: OrthoParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return OrthoReg(self.params, ctx.stats, ctx.node_id)


ORTHO_BLOCKS = [OrthoRegularization]
