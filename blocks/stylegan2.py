"""StyleGAN2-style generator and discriminator, and the path-length regularizer (issue 11).

Karras, Laine, Aittala, Hellsten, Lehtinen, Aila, "Analyzing and Improving the Image Quality of
StyleGAN", CVPR 2020; configurations as in NVlabs' stylegan2-ada-pytorch (Karras et al.,
"Training Generative Adversarial Networks with Limited Data", NeurIPS 2020). The layers are in
``blocks.stylegan2_layers``.

- **G** (skip architecture, Fig. 7b): mapping network z (+ label) → w; a learned 4×4 constant;
  per resolution two modulated 3×3 convs (the first upsamples) with noise, and a toRGB whose
  image is added to the upsampled image of the coarser resolutions.
- **D** (residual, Fig. 7c; ``orig`` without the skips, ADA's CIFAR setting): fromRGB at the
  input resolution, per resolution conv 3×3 and conv 3×3 ↓2 (+ a 1×1 ↓2 skip, both ×1/√2),
  then minibatch stddev, conv 3×3, fc, out. Conditional: the projection of NVlabs' ``cmap``,
  logit = ⟨out(x), cmap(y)⟩/√dim, cmap a mapping network of the label.
- Channels at resolution r: min(channel_base / r, channel_max), NVlabs' ``channels_dict``.
- **Path-length regularization** (§3.2): E[(‖J_wᵀ y‖₂ − a)²], y ~ N(0, I)/√(HW), a the running
  mean of the lengths (decay 0.01), on ``batch_shrink``-times smaller batches, lazy every 4.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, autograd, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape, handle
from blocks.discriminators import labelled_d_inputs
from blocks.generators import G_OUTPUTS
from blocks.runtime import Batch, Regularizer
from blocks.stats import Stats, global_mean
from blocks.stylegan2_layers import (
    EqualConv2d,
    EqualLinear,
    MappingNetwork,
    ModulatedConv,
    ToRGB,
    minibatch_stddev,
    upsample2x,
)
from schemas import Port, PortType

MIN_RES, MAX_RES = 8, 256


def stylegan2_resolution(shape: Shape) -> int:
    """The image size of ``shape`` [C, H, W], or UnsupportedShape naming what is wrong."""
    if len(shape) != 3:
        raise UnsupportedShape(
            f"StyleGAN2 works on images [C,H,W]; this data has shape {list(shape)}"
        )
    _, h, w = shape
    if h != w:
        raise UnsupportedShape(f"StyleGAN2 needs square images, got {h}×{w}: resize the data")
    if h & (h - 1) or not MIN_RES <= h <= MAX_RES:
        raise UnsupportedShape(
            f"StyleGAN2 needs a power-of-two size from {MIN_RES} to {MAX_RES} px "
            f"(8, 16, 32, 64, 128, 256); got {h}: resize the data"
        )
    return h


def channels_at(resolution: int, channel_base: int, channel_max: int) -> int:
    """min(channel_base // resolution, channel_max): NVlabs' channel width per resolution."""
    return max(1, min(channel_base // resolution, channel_max))


def _resolutions(img_res: int) -> list[int]:
    return [2**i for i in range(2, int(math.log2(img_res)) + 1)]


class StyleGAN2Synthesis(nn.Module):
    """ws [B, num_ws, w_dim] → image; skip architecture (toRGB per resolution, summed up)."""

    def __init__(self, w_dim: int, shape: Shape, channel_base: int, channel_max: int):
        super().__init__()
        c_img, res, _ = shape
        self.resolutions = _resolutions(res)
        ch = {r: channels_at(r, channel_base, channel_max) for r in self.resolutions}
        self.const = nn.Parameter(torch.randn(ch[4], 4, 4))
        self.convs = nn.ModuleList()
        self.torgbs = nn.ModuleList()
        for r in self.resolutions:
            if r > 4:
                self.convs.append(ModulatedConv(ch[r // 2], ch[r], w_dim, r, up=True))
            self.convs.append(ModulatedConv(ch[r], ch[r], w_dim, r))
            self.torgbs.append(ToRGB(ch[r], c_img, w_dim))
        # conv ws in order, then the last toRGB's; each toRGB shares the next conv's w (NVlabs)
        self.num_ws = len(self.convs) + 1

    def forward(self, ws: Tensor) -> Tensor:
        x = self.const.unsqueeze(0).expand(ws.shape[0], -1, -1, -1)
        img = None
        i = 0
        for k, r in enumerate(self.resolutions):
            for _ in range(1 if r == 4 else 2):
                x = self.convs[i](x, ws[:, i])
                i += 1
            y = self.torgbs[k](x, ws[:, i])
            img = y if img is None else upsample2x(img) + y
        assert img is not None
        return img


class StyleGAN2Generator(nn.Module):
    """G(z[, y]) = synthesis(mapping(z, y)) with w broadcast to every layer (no style mixing).

    ``mapping_ws(z, y)`` and ``synthesis(ws)`` are the two halves path-length regularization
    differentiates between. In eval mode (sampling, metrics) w is truncated with ψ =
    ``truncation_psi`` towards ``w_avg``; training never truncates.
    """

    def __init__(
        self,
        z_dim: int,
        shape: Shape,
        *,
        w_dim: int,
        mapping_layers: int,
        channel_base: int,
        channel_max: int,
        n_classes: int = 0,
        lr_multiplier: float = 0.01,
        w_avg_beta: float = 0.995,
        truncation_psi: float = 1.0,
    ):
        super().__init__()
        self.n_classes = n_classes
        self.mapping = MappingNetwork(
            z_dim,
            n_classes,
            w_dim,
            mapping_layers,
            lr_multiplier=lr_multiplier,
            w_avg_beta=w_avg_beta,
        )
        self.synthesis = StyleGAN2Synthesis(w_dim, shape, channel_base, channel_max)
        self.truncation_psi = truncation_psi

    def mapping_ws(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        """ws [B, num_ws, w_dim]; without labels a conditional G cycles through the classes."""
        if self.n_classes and y is None:
            y = torch.arange(z.shape[0], device=z.device) % self.n_classes
        psi = 1.0 if self.training else self.truncation_psi
        w = self.mapping(z, y if self.n_classes else None, psi=psi)
        return w.unsqueeze(1).expand(-1, self.synthesis.num_ws, -1)

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        return self.synthesis(self.mapping_ws(z, y))


class DBlock(nn.Module):
    """conv 3×3, conv 3×3 ↓2; ``resnet``: + 1×1 ↓2 skip without bias, both branches ×1/√2."""

    def __init__(self, c_in: int, c_out: int, resnet: bool):
        super().__init__()
        g = math.sqrt(0.5) if resnet else 1.0
        self.conv0 = EqualConv2d(c_in, c_in, 3)
        self.conv1 = EqualConv2d(c_in, c_out, 3, down=True, gain=g)
        self.skip = (
            EqualConv2d(c_in, c_out, 1, bias=False, activation=False, down=True, gain=g)
            if resnet
            else None
        )

    def forward(self, x: Tensor) -> Tensor:
        y = self.conv1(self.conv0(x))
        return y + self.skip(x) if self.skip is not None else y


class StyleGAN2Discriminator(nn.Module):
    """D(x[, y]) → logits [B]: fromRGB, DBlocks down to 4×4, mbstd, conv, fc, out (+ cmap)."""

    def __init__(
        self,
        shape: Shape,
        *,
        channel_base: int,
        channel_max: int,
        architecture: Literal["resnet", "orig"] = "resnet",
        mbstd_group_size: int = 4,
        mbstd_channels: int = 1,
        n_classes: int = 0,
        cmap_layers: int = 8,
    ):
        super().__init__()
        c_img, res, _ = shape
        ch = {r: channels_at(r, channel_base, channel_max) for r in _resolutions(res)}
        self.fromrgb = EqualConv2d(c_img, ch[res], 1)
        self.blocks = nn.Sequential(
            *[DBlock(ch[r], ch[r // 2], architecture == "resnet") for r in _resolutions(res)[:0:-1]]
        )
        self.mbstd_group_size, self.mbstd_channels = mbstd_group_size, mbstd_channels
        c4 = ch[4]
        self.conv = EqualConv2d(c4 + mbstd_channels, c4, 3)
        self.fc = EqualLinear(c4 * 16, c4, activation=True)
        self.cmap_dim = c4 if n_classes else 0
        self.out = EqualLinear(c4, self.cmap_dim or 1)
        self.cmap = (
            MappingNetwork(0, n_classes, c4, cmap_layers, w_avg_beta=None) if n_classes else None
        )

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.blocks(self.fromrgb(x))
        h = minibatch_stddev(h, self.mbstd_group_size, self.mbstd_channels)
        h = self.out(self.fc(self.conv(h).flatten(1)))
        if self.cmap is None:
            return h.squeeze(1)
        if y is None:  # an unconditional read of a conditional D (no labels at hand)
            return h.mean(1) * math.sqrt(self.cmap_dim)
        return (h * self.cmap(None, y)).sum(1) / math.sqrt(self.cmap_dim)


# -- blocks -----------------------------------------------------------------------------------
class _Widths(BlockParams):
    channel_base: int = Field(
        16384, ge=16, le=65536, description="Channels at resolution r: channel_base / r (NVlabs)."
    )
    channel_max: int = Field(512, ge=1, le=1024, description="Upper bound of the channels.")


class StyleGAN2GParams(_Widths):
    w_dim: int = Field(512, ge=4, le=1024, description="Width of w and of the mapping network.")
    mapping_layers: int = Field(
        8, ge=1, le=16, description="Mapping network layers (StyleGAN2: 8; ADA CIFAR: 2)."
    )
    lr_multiplier: float = Field(
        0.01, gt=0, le=1, description="Mapping network's learning-rate multiplier λ."
    )
    w_avg_beta: float = Field(
        0.995, ge=0, lt=1, description="Decay of the running mean w_avg (truncation)."
    )
    truncation_psi: float = Field(
        1.0, ge=0, le=2, description="ψ of w_avg + ψ(w − w_avg) when sampling (1: none)."
    )


LABELS_OPTIONAL = Port(
    name="y",
    type=PortType.LABELS,
    required=False,
    doc="Class labels (conditional: embedded and concatenated in the mapping network).",
)


class StyleGAN2GeneratorBlock(Block):
    """StyleGAN2 generator: mapping network, modulated convs, noise, skip toRGBs (CVPR 2020).

    Equalized learning rate throughout; z normalised, 8 (CIFAR: 2) mapping layers with λ = 0.01,
    w_avg for truncation; weight demodulation; per-layer noise strength; toRGB per resolution,
    upsampled and summed. Square power-of-two images from 8 to 256 px. With ``y`` wired, the
    label's embedding is concatenated with z in the mapping network (NVlabs).
    """

    type = "generator.stylegan2"
    title = "StyleGAN2 generator"
    paper = "Karras et al., Analyzing and Improving the Image Quality of StyleGAN, CVPR 2020"
    Params = StyleGAN2GParams
    inputs = (Port(name="z", type=PortType.LATENT, doc="Latent codes."), LABELS_OPTIONAL)
    outputs = G_OUTPUTS
    params: StyleGAN2GParams

    def generator_interfaces(self) -> frozenset[str]:
        return frozenset({"w_space"})

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        stylegan2_resolution(data_shape)
        return {"fake": data_shape}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        stylegan2_resolution(ctx.data_shape)
        return StyleGAN2Generator(
            ctx.z_dim,
            ctx.data_shape,
            w_dim=p.w_dim,
            mapping_layers=p.mapping_layers,
            channel_base=p.channel_base,
            channel_max=p.channel_max,
            n_classes=ctx.n_classes if ctx.connected("y") else 0,
            lr_multiplier=p.lr_multiplier,
            w_avg_beta=p.w_avg_beta,
            truncation_psi=p.truncation_psi,
        )


class StyleGAN2DParams(_Widths):
    architecture: Literal["resnet", "orig"] = Field(
        "resnet", description="resnet: residual D (StyleGAN2); orig: no skips (ADA's CIFAR)."
    )
    mbstd_group_size: int = Field(
        4, ge=0, le=256, description="Minibatch-stddev group (0: whole batch; ADA CIFAR 32)."
    )
    mbstd_channels: int = Field(1, ge=1, le=16, description="Minibatch-stddev feature maps F.")
    cmap_layers: int = Field(
        8, ge=1, le=16, description="Layers of the label mapping network (conditional D)."
    )


class StyleGAN2DiscriminatorBlock(Block):
    """StyleGAN2 discriminator: residual blocks, minibatch stddev, projection cmap (CVPR 2020).

    fromRGB, per resolution conv 3×3 and conv 3×3 ↓2 with a 1×1 ↓2 residual skip (``orig``:
    none), then minibatch stddev, conv, fc and the output layer; equalized learning rate. With
    ``y`` wired, logit = ⟨out(x), cmap(y)⟩/√dim (NVlabs' conditional D).
    """

    type = "discriminator.stylegan2"
    title = "StyleGAN2 discriminator"
    paper = "Karras et al., Analyzing and Improving the Image Quality of StyleGAN, CVPR 2020"
    Params = StyleGAN2DParams
    inputs = labelled_d_inputs("Class labels (conditional: projection onto the label's cmap).")
    outputs = (handle("critic", PortType.CRITIC, "This critic (logits)."),)
    params: StyleGAN2DParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            stylegan2_resolution(shapes["real"])
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        stylegan2_resolution(ctx.data_shape)
        return StyleGAN2Discriminator(
            ctx.data_shape,
            channel_base=p.channel_base,
            channel_max=p.channel_max,
            architecture=p.architecture,
            mbstd_group_size=p.mbstd_group_size,
            mbstd_channels=p.mbstd_channels,
            n_classes=ctx.n_classes if ctx.connected("y") else 0,
            cmap_layers=p.cmap_layers,
        )


def path_lengths(img: Tensor, ws: Tensor) -> Tensor:
    """‖J_wᵀ y‖₂ per sample, y ~ N(0, I)/√(HW), averaged over the ws (StyleGAN2 eq. 4) → [B].

    ``img`` must be a differentiable function of ``ws`` [B, num_ws, w_dim]; the graph is kept
    (create_graph) so the penalty trains G.
    """
    noise = torch.randn_like(img) / math.sqrt(img.shape[2] * img.shape[3])
    (grad,) = autograd.grad((img * noise).sum(), ws, create_graph=True)
    return grad.square().sum(2).mean(1).sqrt()


class PathLengthParams(BlockParams):
    weight: float = Field(2.0, ge=0, le=1e4, description="w_pl of the penalty (StyleGAN2: 2).")
    decay: float = Field(
        0.01, gt=0, le=1, description="Update rate of the running mean length a (0.01)."
    )
    batch_shrink: int = Field(
        2, ge=1, le=64, description="Penalty batch = batch / batch_shrink (StyleGAN2: 2)."
    )
    interval: int = Field(4, ge=1, le=64, description="Lazy interval in G steps (StyleGAN2: 4).")


class PathLengthReg(Regularizer):
    """w_pl·E[(‖J_wᵀ y‖ − a)²] on G; ``a`` (``pl_mean``) is a checkpointed device tensor.

    The running mean is updated from the lengths' mean over every rank's batch, detached (NVlabs
    lets 1% of the gradient through it; the difference is that 1%).
    """

    phase = "G"

    def __init__(self, p: PathLengthParams, device: torch.device, stats: Stats | None, node: str):
        self.p, self.interval, self.stats, self.node = p, p.interval, stats, node
        self.pl_mean = torch.zeros((), device=device)
        self.G: Any = None

    def attach(self, net: nn.Module) -> None:
        if not (hasattr(net, "mapping_ws") and hasattr(net, "synthesis")):
            raise ValueError(
                f"nodes.{self.node}: path-length regularization needs a generator with "
                "mapping_ws(z, y) and synthesis(ws) (generator.stylegan2's w_space); "
                f"{type(net).__name__} has neither"
            )
        self.G = net

    def term(self, batch: Batch) -> Tensor:
        n = max(batch.size // self.p.batch_shrink, 1)
        z = batch.z[:n]
        y = batch.fake_labels
        ws = self.G.mapping_ws(z, y[:n] if y is not None else None)
        lengths = path_lengths(self.G.synthesis(ws), ws)
        mean = self.pl_mean.lerp(global_mean(lengths.detach().float().mean()), self.p.decay)
        self.pl_mean.copy_(mean)
        if self.stats is not None:
            self.stats.report(f"reg/{self.node}/pl_mean", self.pl_mean)
        return self.p.weight * (lengths - mean).square().mean()

    def state_dict(self) -> dict[str, Any]:
        return {"pl_mean": self.pl_mean.clone()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.pl_mean.copy_(state["pl_mean"])


class PathLength(Block):
    """Path-length regularization of G: E[(‖J_wᵀ y‖₂ − a)²], lazy (Karras et al., CVPR 2020).

    Differentiates the image along a random direction y ~ N(0, I)/√(HW) with respect to w
    (``generator.stylegan2``'s mapping output), pulling the lengths towards their running mean
    a; on half batches every 4th G step (StyleGAN2's defaults; ADA's CIFAR config turns it off).
    """

    type = "regularizer.path_length"
    title = "Path-length regularization"
    paper = "Karras et al., Analyzing and Improving the Image Quality of StyleGAN, CVPR 2020"
    Params = PathLengthParams
    inputs = (handle("net", PortType.GENERATOR, "The StyleGAN2 generator to regularize."),)
    needs_generator = ("w_space",)
    params: PathLengthParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return PathLengthReg(self.params, ctx.device, ctx.stats, ctx.node_id)


STYLEGAN2_BLOCKS: list[type[Block]] = [
    StyleGAN2GeneratorBlock,
    StyleGAN2DiscriminatorBlock,
    PathLength,
]
