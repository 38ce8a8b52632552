"""Discriminator (critic) blocks: samples (+ diffusion timestep) → raw logits ``[B]``."""

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
    samples,
)
from blocks.layers import (
    Activation,
    Init,
    MLPActivation,
    TimestepEmbedding,
    Width,
    activation,
    dcgan_plan,
    init_linear,
    mlp,
)
from schemas import Port, PortType, RunConfig

D_INPUTS = (
    samples("real", "Real samples (after augmenters)."),
    samples("fake", "Generated samples (after the same augmenters)."),
    Port(
        name="t",
        type=PortType.TIMESTEP,
        required=False,
        doc="Diffusion step; when wired, D is conditioned on it (Diffusion-GAN 'full version').",
    ),
)
#: an image critic's real and fake inputs (no diffusion step)
IMAGE_D_INPUTS = (
    Port(name="real", type=PortType.SAMPLES, doc="Real samples (after augmenters)."),
    Port(name="fake", type=PortType.SAMPLES, doc="Generated samples (after augmenters)."),
)


def labelled_d_inputs(y_doc: str) -> tuple[Port, ...]:
    """An image critic's inputs plus the optional class labels ``y`` (conditional critics)."""
    return (*IMAGE_D_INPUTS, Port(name="y", type=PortType.LABELS, required=False, doc=y_doc))


D_OUTPUTS = (
    handle("critic", PortType.CRITIC, "This critic: its logits feed losses and penalties."),
)


def _t_max(ctx: BuildContext) -> int | None:
    """t_max of the wired timestep source, or None when D is unconditioned."""
    if not ctx.connected("t"):
        return None
    return int(ctx.meta.get("t", {}).get("t_max", 1000))


def pack_problem(batch_size: int, pack: int) -> str | None:
    """Why a packed critic cannot take batches of ``batch_size``, or None when it can."""
    if batch_size % pack == 0:
        return None
    lo, hi = batch_size - batch_size % pack, batch_size + pack - batch_size % pack
    return (
        f"packing {pack} samples per critic input needs a batch size divisible by {pack};"
        f" run.batch_size is {batch_size}: use {hi}" + (f" or {lo}" if lo else "")
    )


class MLPDiscriminator(nn.Module):
    """MLP critic; with a timestep, D(y, t) = MLP([y, emb(t)]); with ``pack`` = m, PacGAN's packing.

    Packing (Lin et al., NeurIPS 2018): the critic judges m samples at once. The batch [B, …] is
    cut into B/m groups of m consecutive samples, each group concatenated into one input of
    m·d features, so D returns B/m logits. The samples are i.i.d., so grouping consecutive rows
    is PacGAN's concatenation of m independent draws. A per-sample timestep is embedded before
    packing, so each sample carries its own t.
    """

    def __init__(
        self,
        in_dim: int,
        hidden: list[int],
        act: MLPActivation,
        t_max: int | None,
        t_dim: int,
        *,
        pack: int = 1,
        maxout_pieces: int = 5,
        init: Init = "default",
    ):
        super().__init__()
        self.pack = pack
        self.t_embed = TimestepEmbedding(t_dim, t_max) if t_max else None
        extra = t_dim if t_max else 0
        self.net = mlp([pack * (in_dim + extra), *hidden, 1], act, pieces=maxout_pieces)
        init_linear(self.net, init)

    def forward(self, x: Tensor, t: Tensor | None = None) -> Tensor:
        h = x.flatten(1)
        if self.t_embed is not None and t is not None:
            h = torch.cat([h, self.t_embed(t)], dim=1)
        if self.pack > 1:
            problem = pack_problem(h.shape[0], self.pack)  # shapes only: no host sync
            if problem:
                raise ValueError(problem)
            h = h.reshape(h.shape[0] // self.pack, -1)
        return self.net(h).squeeze(1)


class MLPDParams(BlockParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    activation: MLPActivation = Field(
        "leaky_relu", description="Hidden activation (leaky: 0.2; maxout: see maxout_pieces)."
    )
    t_embed_dim: int = Field(16, ge=2, le=512, description="Timestep embedding size (if t wired).")
    maxout_pieces: int = Field(
        5, ge=2, le=16, description="Linear pieces per maxout unit (PacGAN: 5); maxout only."
    )
    init: Init = Field(
        "default", description="Linear weights: torch's, or N(0, 0.02) with zero biases."
    )
    pack: int = Field(
        1, ge=1, le=64, description="PacGAN packing: samples judged together (batch divisible)."
    )


class MLPDiscriminatorBlock(Block):
    """Fully connected critic (Goodfellow et al. 2014); optionally conditioned on a timestep.

    Options for PacGAN's toy critic (Lin et al. 2018): maxout units and packing of m samples.
    """

    type = "discriminator.mlp"
    title = "MLP discriminator"
    paper = "Goodfellow et al., Generative Adversarial Nets, NeurIPS 2014"
    Params = MLPDParams
    inputs = D_INPUTS
    outputs = D_OUTPUTS
    params: MLPDParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def samples_per_logit(self) -> int:
        return self.params.pack

    def check_run(self, run: RunConfig) -> list[BlockProblem]:
        problem = pack_problem(run.batch_size, self.params.pack)
        return [BlockProblem("pack", "bad_param", problem)] if problem else []

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        problem = pack_problem(ctx.run.batch_size, p.pack)
        if problem:
            raise UnsupportedShape(problem)
        return MLPDiscriminator(
            math.prod(ctx.data_shape),
            p.hidden,
            p.activation,
            _t_max(ctx),
            p.t_embed_dim,
            pack=p.pack,
            maxout_pieces=p.maxout_pieces,
            init=p.init,
        )


Norm = Literal["none", "batch", "layer"]


def _norm(kind: Norm, channels: int) -> nn.Module:
    if kind == "batch":
        return nn.BatchNorm2d(channels)
    if kind == "layer":
        return nn.GroupNorm(1, channels)  # per-sample: safe under gradient penalties
    return nn.Identity()


class DCGANDiscriminator(nn.Module):
    """k stride-2 convs down to s0×s0, then a linear head; timestep enters by projection.

    With a timestep: out = w·h + <h, e(t)> (projection discriminator, as Diffusion-GAN's
    StyleGAN2 D conditions on t through its mapping network).
    """

    def __init__(self, shape: Shape, width: int, norm: Norm, act: Activation, t_max: int | None):
        super().__init__()
        c_in = shape[0]
        s0, k = dcgan_plan(shape)
        layers: list[nn.Module] = []
        c = c_in
        for i in range(k):
            nxt = width * 2**i
            layers.append(nn.Conv2d(c, nxt, 4, 2, 1, bias=norm == "none" or i == 0))
            if i > 0:
                layers.append(_norm(norm, nxt))
            layers.append(activation(act))
            c = nxt
        self.convs = nn.Sequential(*layers)
        feat = c * s0 * s0
        self.head = nn.Linear(feat, 1)
        self.t_embed = TimestepEmbedding(feat, t_max) if t_max else None

    def forward(self, x: Tensor, t: Tensor | None = None) -> Tensor:
        h = self.convs(x).flatten(1)
        out = self.head(h).squeeze(1)
        if self.t_embed is not None and t is not None:
            out = out + (h * self.t_embed(t)).sum(1) / math.sqrt(h.shape[1])
        return out


class DCGANDParams(BlockParams):
    width: int = Field(64, ge=4, le=1024, description="Channels of the first conv layer.")
    norm: Norm = Field(
        "none", description="Normalisation after each conv but the first ('batch' as DCGAN)."
    )
    activation: Activation = Field("leaky_relu", description="Activation (leaky: 0.2).")


class DCGANDiscriminatorBlock(Block):
    """DCGAN critic (Radford et al., ICLR 2016); adapts to the data's size, takes an optional t."""

    type = "discriminator.dcgan"
    title = "DCGAN discriminator"
    paper = "Radford, Metz, Chintala, Unsupervised Representation Learning with DCGANs, ICLR 2016"
    Params = DCGANDParams
    inputs = D_INPUTS
    outputs = D_OUTPUTS
    params: DCGANDParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            dcgan_plan(shapes["real"])
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return DCGANDiscriminator(ctx.data_shape, p.width, p.norm, p.activation, _t_max(ctx))
