"""Generator blocks: z → samples shaped like the data they are compared with."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle
from blocks.layers import Activation, Init, Width, dcgan_plan, init_linear, mlp
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
    """Linear → s0×s0 map, then k stride-2 transposed convs (Radford et al. 2016)."""

    def __init__(self, z_dim: int, shape: Shape, width: int, out: nn.Module):
        super().__init__()
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
            layers.append(nn.ConvTranspose2d(c, nxt, 4, 2, 1, bias=last))
            if not last:
                layers += [nn.BatchNorm2d(nxt), nn.ReLU()]
            c = nxt
        self.convs = nn.Sequential(*layers)
        self.out = out

    def forward(self, z: Tensor) -> Tensor:
        h = self.fc(z).view(z.shape[0], self.c0, self.s0, self.s0)
        return self.out(self.convs(h))


class DCGANParams(BlockParams):
    width: int = Field(64, ge=4, le=1024, description="Channels of the last hidden layer.")
    out_activation: OutAct = Field("auto", description="'auto': tanh for images.")


class DCGANGeneratorBlock(Block):
    """DCGAN generator (Radford et al., ICLR 2016); adapts to the data's channels and size."""

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
        out = _out_activation(self.params.out_activation, ctx.data_shape)
        return DCGANGenerator(ctx.z_dim, ctx.data_shape, self.params.width, out)
