"""Generator blocks: z → samples shaped like the data they are compared with."""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle
from blocks.layers import Activation, GConv, Init, Width, dcgan_plan, init_linear, mlp
from blocks.stats import Stats
from schemas import Port, PortType

G_INPUTS = (Port(name="z", type=PortType.LATENT, doc="Latent codes."),)
G_OUTPUTS = (
    Port(name="fake", type=PortType.SAMPLES, doc="Generated samples, shaped like the data."),
    handle("net", PortType.GENERATOR, "This network (for its optimizer, EMA, metrics)."),
)

OutAct = Literal["auto", "none", "tanh"]


def _out_activation(choice: OutAct, data_shape: Shape) -> nn.Module:
    """'auto': tanh for images (data in [-1, 1]), identity for vector data."""
    if choice == "tanh" or (choice == "auto" and len(data_shape) == 3):
        return nn.Tanh()
    return nn.Identity()


class MLPGenerator(nn.Module):
    """z → MLP → data shape; PacGAN's toy G is ``batch_norm=True, bias=False``, N(0, 0.02) init."""

    def __init__(
        self,
        z_dim: int,
        hidden: list[int],
        act: Activation,
        out: nn.Module,
        shape: Shape,
        *,
        batch_norm: bool = False,
        bias: bool = True,
        init: Init = "default",
    ):
        super().__init__()
        self.shape = shape
        self.net = mlp([z_dim, *hidden, math.prod(shape)], act, batch_norm=batch_norm, bias=bias)
        init_linear(self.net, init)
        self.out = out

    def forward(self, z: Tensor) -> Tensor:
        return self.out(self.net(z)).view(z.shape[0], *self.shape)


class MLPParams(BlockParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    activation: Activation = Field("leaky_relu", description="Hidden activation (leaky: 0.2).")
    out_activation: OutAct = Field("auto", description="'auto': tanh for images, none for 2-D.")
    batch_norm: bool = Field(
        False, description="BatchNorm1d after each hidden linear, before the activation (PacGAN)."
    )
    bias: bool = Field(True, description="Bias in the hidden linears (PacGAN: off, BN shifts).")
    init: Init = Field(
        "default", description="Linear weights: torch's, or N(0, 0.02) with zero biases."
    )


class MLPGeneratorBlock(Block):
    """Fully connected generator (Goodfellow et al. 2014), the 25-Gaussians workhorse."""

    type = "generator.mlp"
    title = "MLP generator"
    paper = "Goodfellow et al., Generative Adversarial Nets, NeurIPS 2014"
    Params = MLPParams
    inputs = G_INPUTS
    outputs = G_OUTPUTS
    params: MLPParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"fake": data_shape} if data_shape else {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return MLPGenerator(
            ctx.z_dim,
            p.hidden,
            p.activation,
            _out_activation(p.out_activation, ctx.data_shape),
            ctx.data_shape,
            batch_norm=p.batch_norm,
            bias=p.bias,
            init=p.init,
        )


class DCGANGenerator(nn.Module):
    """Linear → s0×s0 map, then k stride-2 transposed convs (Radford et al. 2016).

    With ``gconv`` (GConv's settings) every transposed conv is a latent-specific ``GConv``
    that reads z; the mean entropy of its kernel mixtures is reported as
    ``G/<node>/gconv_entropy`` in training (a selector collapsing to one kernel shows as 0).
    """

    def __init__(
        self,
        z_dim: int,
        shape: Shape,
        width: int,
        out: nn.Module,
        gconv: dict[str, Any] | None = None,
        stats: Stats | None = None,
        node: str = "G",
    ):
        super().__init__()
        self.stats, self.stat_name = stats, f"G/{node}/gconv_entropy"
        c_out, _, _ = shape
        s0, k = dcgan_plan(shape)
        self.c0, self.s0 = width * 2 ** (k - 1), s0
        self.fc = nn.Sequential(
            nn.Linear(z_dim, self.c0 * s0 * s0), nn.BatchNorm1d(self.c0 * s0 * s0), nn.ReLU()
        )
        layers: list[nn.Module] = []
        c = self.c0
        for i in range(k):
            last = i == k - 1
            nxt = c_out if last else c // 2
            if gconv is None:
                layers.append(nn.ConvTranspose2d(c, nxt, 4, 2, 1, bias=last))
            else:
                layers.append(GConv(c, nxt, 4, 2, 1, z_dim, bias=last, **gconv))
            if not last:
                layers += [nn.BatchNorm2d(nxt), nn.ReLU()]
            c = nxt
        self.convs = nn.Sequential(*layers)
        self.out = out

    def forward(self, z: Tensor) -> Tensor:
        h = self.fc(z).view(z.shape[0], self.c0, self.s0, self.s0)
        gconvs = [m for m in self.convs if isinstance(m, GConv)]
        if not gconvs:
            return self.out(self.convs(h))
        for m in self.convs:
            h = m(h, z) if isinstance(m, GConv) else m(h)
        if self.stats is not None and self.training:
            entropies = [m.last_entropy for m in gconvs if m.last_entropy is not None]
            self.stats.report(self.stat_name, torch.stack(entropies).mean())
        return self.out(h)


class DCGANParams(BlockParams):
    width: int = Field(64, ge=4, le=1024, description="Channels of the last hidden layer.")
    out_activation: OutAct = Field("auto", description="'auto': tanh for images.")
    conv: Literal["standard", "gconv"] = Field(
        "standard", description="Transposed convs: standard, or GConv's latent-mixed kernels."
    )
    gconv_kernels: int = Field(4, ge=1, le=16, description="GConv: candidate kernels N (4 or 8).")
    gconv_top_k: int = Field(
        0, ge=0, le=16, description="GConv: kernels selected per latent (0: all, soft mixing)."
    )
    gconv_hidden: int = Field(128, ge=1, le=4096, description="GConv: selector MLP width.")
    gconv_temperature: float = Field(
        1.0, gt=0, le=100, description="GConv: temperature T of softmax(s/T)."
    )


class DCGANGeneratorBlock(Block):
    """DCGAN generator (Radford et al., ICLR 2016); adapts to the data's channels and size.

    ``conv = "gconv"`` swaps each transposed conv for a GConv layer (arXiv 2111.15171, as
    techniques-2.md §9.1 interprets its abstract): kernels mixed per latent by a selector.
    """

    type = "generator.dcgan"
    title = "DCGAN generator"
    paper = "Radford, Metz, Chintala, Unsupervised Representation Learning with DCGANs, ICLR 2016"
    Params = DCGANParams
    inputs = G_INPUTS
    outputs = G_OUTPUTS
    params: DCGANParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        dcgan_plan(data_shape)  # raises UnsupportedShape with the reason
        return {"fake": data_shape}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        out = _out_activation(p.out_activation, ctx.data_shape)
        gconv = None
        if p.conv == "gconv":
            gconv = {
                "n_kernels": p.gconv_kernels,
                "top_k": p.gconv_top_k,
                "hidden": p.gconv_hidden,
                "temperature": p.gconv_temperature,
            }
        return DCGANGenerator(
            ctx.z_dim, ctx.data_shape, p.width, out, gconv, ctx.stats, ctx.node_id
        )
