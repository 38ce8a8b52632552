"""Optimizer blocks: one per network (TTUR is simply two blocks with different lr)."""

from __future__ import annotations

import torch
from pydantic import Field
from torch import nn

from blocks.base import Block, BlockParams, BuildContext, handle
from schemas import PortType

NET_IN = (
    handle(
        "net",
        PortType.GENERATOR,
        "The network this optimizer trains (G or D).",
        also=(PortType.CRITIC,),
    ),
)
OPT_OUT = (handle("opt", PortType.OPTIMIZER, "This optimizer (for lr schedules).", required=False),)


def _fused_ok(net: nn.Module) -> bool:
    """Fused kernels exist for CUDA tensors only."""
    return all(p.is_cuda for p in net.parameters())


class AdamParams(BlockParams):
    lr: float = Field(2e-4, gt=0, le=1.0, description="Learning rate.")
    betas: tuple[float, float] = Field((0.5, 0.999), description="(β1, β2), each in [0, 1).")
    eps: float = Field(1e-8, gt=0, le=1e-2, description="Denominator epsilon.")
    weight_decay: float = Field(0.0, ge=0, le=1.0, description="L2 weight decay.")


class Adam(Block):
    """Adam (Kingma & Ba, ICLR 2015); GANs use β1 = 0.5 (DCGAN) or 0 (WGAN-GP, SN-GAN)."""

    type = "optimizer.adam"
    title = "Adam"
    paper = "Kingma & Ba, Adam, ICLR 2015; Heusel et al., TTUR, NeurIPS 2017"
    Params = AdamParams
    inputs = NET_IN
    outputs = OPT_OUT
    params: AdamParams

    def check(self):  # type: ignore[no-untyped-def]
        from blocks.base import BlockProblem

        if not all(0 <= b < 1 for b in self.params.betas):
            return [BlockProblem("betas", "bad_param", "each beta must be in [0, 1)")]
        return []

    def build(self, ctx: BuildContext) -> torch.optim.Optimizer:
        p, net = self.params, ctx.one("net")
        return torch.optim.Adam(
            net.parameters(),
            lr=p.lr,
            betas=p.betas,
            eps=p.eps,
            weight_decay=p.weight_decay,
            fused=_fused_ok(net) or None,
        )


class RMSpropParams(BlockParams):
    lr: float = Field(5e-5, gt=0, le=1.0, description="Learning rate (WGAN: 5e-5).")
    alpha: float = Field(0.99, ge=0, lt=1, description="Smoothing constant.")
    eps: float = Field(1e-8, gt=0, le=1e-2, description="Denominator epsilon.")


class RMSprop(Block):
    """RMSprop (Hinton, 2012), the optimizer of the original WGAN."""

    type = "optimizer.rmsprop"
    title = "RMSprop"
    paper = "Arjovsky, Chintala, Bottou, Wasserstein GAN, ICML 2017"
    Params = RMSpropParams
    inputs = NET_IN
    outputs = OPT_OUT
    params: RMSpropParams

    def build(self, ctx: BuildContext) -> torch.optim.Optimizer:
        p = self.params
        return torch.optim.RMSprop(ctx.one("net").parameters(), lr=p.lr, alpha=p.alpha, eps=p.eps)


class SGDParams(BlockParams):
    lr: float = Field(1e-3, gt=0, le=10.0, description="Learning rate.")
    momentum: float = Field(0.0, ge=0, lt=1, description="Momentum.")


class SGD(Block):
    """Plain stochastic gradient descent (with optional momentum)."""

    type = "optimizer.sgd"
    title = "SGD"
    paper = "Robbins & Monro, 1951"
    Params = SGDParams
    inputs = NET_IN
    outputs = OPT_OUT
    params: SGDParams

    def build(self, ctx: BuildContext) -> torch.optim.Optimizer:
        p = self.params
        return torch.optim.SGD(ctx.one("net").parameters(), lr=p.lr, momentum=p.momentum)


OPTIMIZER_BLOCKS = [Adam, RMSprop, SGD]
