"""SNGAN's ResNet generator and discriminator (Miyato et al., ICLR 2018, appendix B), with the
class-conditional variants of Miyato & Koyama (cGANs with Projection Discriminator, ICLR 2018).

Layouts (``ch`` = the ``width`` param; StudioGAN's ``src/models/resnet.py`` tables, which give
the paper's channels at ch = 64):

- **G**: z → linear → s0×s0×(m₀·ch) → up-blocks → BN → ReLU → conv3×3 → tanh. An up-block is
  BN → ReLU → nearest ×2 → conv3×3 → BN → ReLU → conv3×3, plus the shortcut nearest ×2 →
  conv1×1. 32 px: s0 = 4, three blocks of 4·ch (256: the paper's CIFAR-10 G); 48 px: s0 = 6,
  8·ch → 4·ch → 2·ch → ch (the paper's STL-10 G, 512 → 64); 64 px: 16·ch → … → ch (four blocks);
  128 px: 16·ch, 16·ch → … → ch (five blocks, the projection paper's ImageNet G).
- **D**: an optimized first block (conv3×3 → ReLU → conv3×3 → avg-pool, shortcut avg-pool →
  conv1×1), then blocks ReLU → conv3×3 → ReLU → conv3×3 (→ avg-pool), shortcut conv1×1 (→
  avg-pool) when the block downsamples or changes width; ReLU, global **sum** pooling, linear.
  32 px: 2·ch everywhere (128, the paper's CIFAR-10 D), downsampling in the first two blocks;
  48 px: ch, 2·ch, 4·ch, 8·ch (down) and 16·ch (the paper's STL-10 D, 64 → 1024); 64 px the same
  (features at 4×4, StudioGAN's table); 128 px: ch … 16·ch down, then 16·ch.
- **Conditional**: every block BN of G is conditional (γ_y, β_y per class; the final BN stays
  plain, as in sngan_projection and StudioGAN); D adds the projection ⟨V_y, φ(x)⟩ to ψ(φ(x)).

Initialisation: ``xavier`` is the paper's code (chainer GlorotUniform, gain √2 on the residual
convs, 1 on shortcuts, the linears and G's last conv; zero biases); ``ortho`` is StudioGAN's
``init_weights`` (orthogonal for every conv, linear and embedding, zero biases).
"""

from __future__ import annotations

import itertools
import math
from typing import Literal

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape, handle
from blocks.conditional import LABELS_IN, ConditionalBatchNorm2d, ProjectionHead
from blocks.discriminators import IMAGE_D_INPUTS
from blocks.generators import G_INPUTS, G_OUTPUTS
from blocks.regularizers import SpectralNormParams, SpectralNormReg
from schemas import Port, PortType

ResNetInit = Literal["xavier", "ortho", "default"]

#: size → (start side s0, channel multipliers of the linear's map and of each up-block's output)
G_PLANS: dict[int, tuple[int, tuple[int, ...]]] = {
    32: (4, (4, 4, 4, 4)),
    48: (6, (8, 4, 2, 1)),
    64: (4, (16, 8, 4, 2, 1)),
    128: (4, (16, 16, 8, 4, 2, 1)),
}
#: size → (channel multiplier of each D block's output, whether it downsamples); block 0 is the
#: optimized block, which always downsamples
D_PLANS: dict[int, tuple[tuple[int, ...], tuple[bool, ...]]] = {
    32: ((2, 2, 2, 2), (True, True, False, False)),
    48: ((1, 2, 4, 8, 16), (True, True, True, True, False)),
    64: ((1, 2, 4, 8, 16), (True, True, True, True, False)),
    128: ((1, 2, 4, 8, 16, 16), (True, True, True, True, True, False)),
}
SIZES = tuple(sorted(G_PLANS))


def sngan_resnet_size(shape: Shape) -> int:
    """The image side of ``shape`` when SNGAN's ResNet layouts cover it; else the reason why not."""
    sizes = ", ".join(str(s) for s in SIZES)
    why = (
        f"SNGAN's ResNets are laid out for {sizes} px (CIFAR-10 32 and STL-10 48 from the "
        "SNGAN paper, 64 and 128 from the projection paper and StudioGAN: a 4×4 or 6×6 start "
        "doubled by each up-block)"
    )
    if len(shape) != 3:
        raise UnsupportedShape(f"{why}; this data has shape {list(shape)}, not an image [C,H,W]")
    c, h, w = shape
    if h != w or h not in G_PLANS:
        raise UnsupportedShape(f"{why}; got {h}×{w}: resize the data to one of these sizes")
    if c not in (1, 3):
        raise UnsupportedShape(f"{why}, on grey (1) or RGB (3) images; got {c} channels")
    return h


def init_sngan(module: nn.Module, scheme: ResNetInit) -> None:
    """Re-initialise convs/linears (and embeddings for 'ortho'); see the module docstring.

    A conv marked ``_sngan_residual`` gets gain √2 under 'xavier' (chainer's
    ``GlorotUniform(math.sqrt(2))`` in sngan_projection's blocks).
    """
    if scheme == "default":
        return
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            if scheme == "ortho":
                nn.init.orthogonal_(m.weight)
            else:
                gain = math.sqrt(2) if getattr(m, "_sngan_residual", False) else 1.0
                nn.init.xavier_uniform_(m.weight, gain)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding) and scheme == "ortho":
            nn.init.orthogonal_(m.weight)


def _conv(c_in: int, c_out: int, k: int, residual: bool) -> nn.Conv2d:
    conv = nn.Conv2d(c_in, c_out, k, 1, k // 2)
    conv._sngan_residual = residual  # type: ignore[assignment]
    return conv


class GenBlock(nn.Module):
    """BN → ReLU → ×2 → conv3×3 → BN → ReLU → conv3×3, plus ×2 → conv1×1 (cBN with classes)."""

    def __init__(self, c_in: int, c_out: int, n_classes: int = 0):
        super().__init__()
        if n_classes:
            self.bn1: nn.Module = ConditionalBatchNorm2d(c_in, n_classes)
            self.bn2: nn.Module = ConditionalBatchNorm2d(c_out, n_classes)
        else:
            self.bn1, self.bn2 = nn.BatchNorm2d(c_in), nn.BatchNorm2d(c_out)
        self.conditional = bool(n_classes)
        self.conv1 = _conv(c_in, c_out, 3, True)
        self.conv2 = _conv(c_out, c_out, 3, True)
        self.shortcut = _conv(c_in, c_out, 1, False)

    def _bn(self, bn: nn.Module, h: Tensor, y: Tensor | None) -> Tensor:
        return bn(h, y) if self.conditional else bn(h)

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor:
        h = F.interpolate(F.relu(self._bn(self.bn1, x, y)), scale_factor=2, mode="nearest")
        h = self.conv2(F.relu(self._bn(self.bn2, self.conv1(h), y)))
        return h + self.shortcut(F.interpolate(x, scale_factor=2, mode="nearest"))


class SNGANResNetGenerator(nn.Module):
    """SNGAN's ResNet G; with ``n_classes`` > 0 its block BNs are conditional (cBN)."""

    def __init__(
        self, z_dim: int, shape: Shape, width: int, n_classes: int = 0, init: ResNetInit = "xavier"
    ):
        super().__init__()
        s0, mult = G_PLANS[sngan_resnet_size(shape)]
        chans = [m * width for m in mult]
        self.s0, self.c0, self.n_classes = s0, chans[0], n_classes
        self.fc = nn.Linear(z_dim, chans[0] * s0 * s0)
        self.blocks = nn.ModuleList(GenBlock(a, b, n_classes) for a, b in itertools.pairwise(chans))
        self.bn = nn.BatchNorm2d(chans[-1])
        self.conv_out = _conv(chans[-1], shape[0], 3, False)
        init_sngan(self, init)

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        if self.n_classes and y is None:  # sampling without labels: the classes in turn
            y = torch.arange(z.shape[0], device=z.device) % self.n_classes
        h = self.fc(z).view(z.shape[0], self.c0, self.s0, self.s0)
        for block in self.blocks:
            h = block(h, y)
        return torch.tanh(self.conv_out(F.relu(self.bn(h))))


class DiscOptBlock(nn.Module):
    """D's first block: conv3×3 → ReLU → conv3×3 → avg-pool, plus avg-pool → conv1×1."""

    def __init__(self, c_in: int, c_out: int):
        super().__init__()
        self.conv1 = _conv(c_in, c_out, 3, True)
        self.conv2 = _conv(c_out, c_out, 3, True)
        self.shortcut = _conv(c_in, c_out, 1, False)

    def forward(self, x: Tensor) -> Tensor:
        h = F.avg_pool2d(self.conv2(F.relu(self.conv1(x))), 2)
        return h + self.shortcut(F.avg_pool2d(x, 2))


class DiscBlock(nn.Module):
    """ReLU → conv3×3 → ReLU → conv3×3 (→ avg-pool), plus conv1×1 (→ avg-pool) when needed."""

    def __init__(self, c_in: int, c_out: int, downsample: bool):
        super().__init__()
        self.downsample = downsample
        self.conv1 = _conv(c_in, c_out, 3, True)
        self.conv2 = _conv(c_out, c_out, 3, True)
        learnable = downsample or c_in != c_out
        self.shortcut = _conv(c_in, c_out, 1, False) if learnable else None

    def forward(self, x: Tensor) -> Tensor:
        h = self.conv2(F.relu(self.conv1(F.relu(x))))
        s = x if self.shortcut is None else self.shortcut(x)
        if self.downsample:
            h, s = F.avg_pool2d(h, 2), F.avg_pool2d(s, 2)
        return h + s


class SNGANResNetDiscriminator(nn.Module):
    """SNGAN's ResNet D → logits [B]; with ``n_classes`` > 0 a projection head (needs ``y``).

    φ(x) = Σ_{h,w} ReLU(blocks(x)) (global sum pooling), logit = ψ(φ) [+ ⟨V_y, φ⟩]. With
    ``spectral_norm`` every conv, linear and the class embedding is W/σ(W) (the project's
    spectral-norm helper, as ``regularizer.spectral_norm`` attaches it).
    """

    def __init__(
        self,
        shape: Shape,
        width: int,
        n_classes: int = 0,
        spectral_norm: bool = True,
        init: ResNetInit = "xavier",
        sn: SpectralNormParams | None = None,
    ):
        super().__init__()
        mult, down = D_PLANS[sngan_resnet_size(shape)]
        chans = [m * width for m in mult]
        blocks: list[nn.Module] = [DiscOptBlock(shape[0], chans[0])]
        for i in range(1, len(chans)):
            blocks.append(DiscBlock(chans[i - 1], chans[i], down[i]))
        self.blocks = nn.Sequential(*blocks)
        self.features_dim = chans[-1]
        self.head: nn.Module = (
            ProjectionHead(chans[-1], n_classes) if n_classes else nn.Linear(chans[-1], 1)
        )
        self.n_classes = n_classes
        init_sngan(self, init)
        if spectral_norm:
            SpectralNormReg(sn or SpectralNormParams()).attach(self)

    def features(self, x: Tensor) -> Tensor:
        """φ(x) [B, F]: ReLU, then the sum over the spatial positions."""
        return F.relu(self.blocks(x)).sum(dim=(2, 3))

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.features(x)
        if isinstance(self.head, ProjectionHead):
            if y is not None:
                return self.head(h, y)
            return self.head.linear(h).squeeze(1)  # no labels: ψ(φ(x)) alone
        return self.head(h).squeeze(1)


# -- blocks -----------------------------------------------------------------------------------
class ResNetGParams(BlockParams):
    width: int = Field(
        64, ge=4, le=512, description="Base channels ch (32 px: 4·ch = 256 as in SNGAN's G)."
    )
    init: ResNetInit = Field(
        "xavier", description="xavier: SNGAN's code (gain √2 in blocks); ortho: StudioGAN's."
    )


class ResNetDParams(BlockParams):
    width: int = Field(
        64, ge=4, le=512, description="Base channels ch (32 px: 2·ch = 128 as in SNGAN's D)."
    )
    spectral_norm: bool = Field(True, description="W/σ(W) on every layer (SNGAN); off: plain.")
    init: ResNetInit = Field(
        "xavier", description="xavier: SNGAN's code (gain √2 in blocks); ortho: StudioGAN's."
    )


class _ResNetG(Block):
    Params = ResNetGParams
    outputs = G_OUTPUTS
    params: ResNetGParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        sngan_resnet_size(data_shape)
        return {"fake": data_shape}


class ResNetGeneratorBlock(_ResNetG):
    """SNGAN's ResNet generator (Miyato et al., ICLR 2018, app. B) at 32, 48, 64 or 128 px.

    Up-blocks BN → ReLU → ×2 → conv3×3 → BN → ReLU → conv3×3 with a 1×1 shortcut, from a 4×4
    (6×6 at 48 px) map; BN → ReLU → conv3×3 → tanh.
    """

    type = "generator.resnet"
    title = "ResNet generator (SNGAN)"
    paper = "Miyato, Kataoka, Koyama, Yoshida, Spectral Normalization for GANs, ICLR 2018"
    inputs = G_INPUTS

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return SNGANResNetGenerator(ctx.z_dim, ctx.data_shape, p.width, 0, p.init)


class ConditionalResNetGeneratorBlock(_ResNetG):
    """Class-conditional SNGAN ResNet generator: conditional BN in every up-block (cBN).

    G(z, y) with per-class γ_y, β_y in the block BNs (Miyato & Koyama, ICLR 2018; StudioGAN's
    ``g_cond_mtd: cBN``). Grids and metrics without labels cycle through the classes.
    """

    type = "generator.conditional_resnet"
    title = "Conditional ResNet generator (cBN)"
    paper = "Miyato & Koyama, cGANs with Projection Discriminator, ICLR 2018"
    inputs = (*G_INPUTS, LABELS_IN)

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        n = max(ctx.n_classes, 1)
        return SNGANResNetGenerator(ctx.z_dim, ctx.data_shape, p.width, n, p.init)


D_IN = IMAGE_D_INPUTS
D_OUT = (handle("critic", PortType.CRITIC, "This critic: its logits feed losses and penalties."),)


class _ResNetD(Block):
    Params = ResNetDParams
    outputs = D_OUT
    params: ResNetDParams

    @property
    def enforces_lipschitz(self) -> bool:  # type: ignore[override]
        """Its own spectral norm makes it Lipschitz (a Wasserstein loss needs no extra term)."""
        return self.params.spectral_norm

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            sngan_resnet_size(shapes["real"])
        return {}


class ResNetDiscriminatorBlock(_ResNetD):
    """SNGAN's ResNet critic (Miyato et al., ICLR 2018, app. B) with spectral norm by default.

    Optimized first block, residual down-blocks, ReLU, global sum pooling, linear → logit.
    """

    type = "discriminator.resnet"
    title = "ResNet discriminator (SNGAN)"
    paper = "Miyato, Kataoka, Koyama, Yoshida, Spectral Normalization for GANs, ICLR 2018"
    inputs = D_IN

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return SNGANResNetDiscriminator(ctx.data_shape, p.width, 0, p.spectral_norm, p.init)


class ProjectionResNetDiscriminatorBlock(_ResNetD):
    """Projection ResNet critic: SNGAN's D with logit ψ(φ(x)) + ⟨V_y, φ(x)⟩ (Miyato & Koyama).

    The class embedding V is spectrally normalised with the rest (StudioGAN's ``d_cond_mtd: PD``
    with ``apply_d_sn``). Without y wired it is the unconditional critic.
    """

    type = "discriminator.projection_resnet"
    title = "Projection ResNet discriminator"
    paper = "Miyato & Koyama, cGANs with Projection Discriminator, ICLR 2018"
    inputs = (
        *D_IN,
        Port(name="y", type=PortType.LABELS, required=False, doc="Class labels (projection)."),
    )

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        n = max(ctx.n_classes, 1) if ctx.connected("y") else 0
        return SNGANResNetDiscriminator(ctx.data_shape, p.width, n, p.spectral_norm, p.init)


RESNET_BLOCKS: list[type[Block]] = [
    ResNetGeneratorBlock,
    ConditionalResNetGeneratorBlock,
    ResNetDiscriminatorBlock,
    ProjectionResNetDiscriminatorBlock,
]
