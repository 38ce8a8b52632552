"""BigGAN's generator and discriminator (Brock, Donahue, Simonyan, ICLR 2019), written afresh.

Layout read from BigGAN-PyTorch (``BigGAN.py``/``layers.py``) and StudioGAN
(``src/models/big_resnet.py``, ``utils/ops.py``):

- **G**: z is split into one chunk per residual block plus one (hierarchical z). The first chunk
  goes through a linear layer to a 4×4 map; block i gets c_i = [e(y), z_{i+1}], e the *shared*
  class embedding (one table for all blocks). Each block is BN → ReLU → ×2 nearest → conv3×3 →
  BN → ReLU → conv3×3, plus a 1×1-conv shortcut of the upsampled input. Every BN is BigGAN's
  conditional BN: γ = 1 + W_γ·c, β = W_β·c (bias-free linears), so c = 0 gives plain BN.
  Output: BN → ReLU → conv3×3 → tanh.
- **D**: residual blocks conv3×3 → ReLU → conv3×3 (pre-activated after the first), average-pool
  downsampling, 1×1 shortcuts; ReLU, a sum over space, then the projection head
  ψ(h) + ⟨V_y, h⟩ (Miyato & Koyama 2018).
- **Self-attention** (SAGAN's non-local block, Zhang et al. 2019, as BigGAN's code has it):
  θ, φ to C/8 and g to C/2 channels (1×1 convs), φ and g max-pooled 2×2,
  o = W_o·(g·softmax(θᵀφ)ᵀ), out = x + γ·o with γ = 0 at init (the block starts as identity).
- Spectral norm on every conv/linear of G and D (G's shared embedding excepted, as in both
  references; D's projection embedding included); orthogonal init by default.

Channel tables per size (32, 64, 128 px) follow StudioGAN by default; ``channels:
"biggan_pytorch"`` takes BigGAN-PyTorch's (wider D at 32 px, wider G at 64 px).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape, handle
from blocks.conditional import projection_logits
from blocks.discriminators import labelled_d_inputs
from blocks.generators import G_OUTPUTS
from schemas import Port, PortType

SIZES = (32, 64, 128)
BOTTOM = 4  # G's first map is 4×4 at every size

InitScheme = Literal["ortho", "N02", "glorot", "default"]
ChannelTable = Literal["studiogan", "biggan_pytorch"]

# multipliers of ``width``: G's first map, each G block's output, each D block's output, and
# whether that D block halves the size (the D blocks' inputs are the previous outputs)
_TABLES: dict[str, dict[int, tuple[int, tuple[int, ...], tuple[int, ...], tuple[bool, ...]]]] = {
    "studiogan": {
        32: (4, (4, 4, 4), (2, 2, 2, 2), (True, True, False, False)),
        64: (16, (8, 4, 2, 1), (1, 2, 4, 8, 16), (True,) * 4 + (False,)),
        128: (16, (16, 8, 4, 2, 1), (1, 2, 4, 8, 16, 16), (True,) * 5 + (False,)),
    },
    "biggan_pytorch": {
        32: (4, (4, 4, 4), (4, 4, 4, 4), (True, True, False, False)),
        64: (16, (16, 8, 4, 2), (1, 2, 4, 8, 16), (True,) * 4 + (False,)),
        128: (16, (16, 8, 4, 2, 1), (1, 2, 4, 8, 16, 16), (True,) * 5 + (False,)),
    },
}


@dataclass(frozen=True)
class BigGANPlan:
    """Channels and resolutions of one BigGAN at one size."""

    g_in: tuple[int, ...]
    g_out: tuple[int, ...]
    g_res: tuple[int, ...]  # output size of each G block: 8, 16, …, size
    d_in: tuple[int, ...]
    d_out: tuple[int, ...]
    d_down: tuple[bool, ...]
    d_res: tuple[int, ...]  # output size of each D block


def biggan_plan(shape: Shape, width: int, channels: ChannelTable = "studiogan") -> BigGANPlan:
    """The plan for images ``shape`` = [C, H, W]; other sizes are refused, naming the sizes."""
    if len(shape) != 3 or shape[1] != shape[2] or shape[1] not in SIZES:
        got = "×".join(map(str, shape[1:])) if len(shape) == 3 else f"shape {list(shape)}"
        raise UnsupportedShape(
            f"BigGAN makes square images of 32, 64 or 128 px; the data is {got}: resize it "
            "(data.torchvision resize, data.image_folder size, data.digits resize 32)"
        )
    c, size = shape[0], shape[1]
    first, g_mult, d_mult, down = _TABLES[channels][size]
    g_out = tuple(m * width for m in g_mult)
    d_out = tuple(m * width for m in d_mult)
    d_res, s = [], size
    for halve in down:
        s //= 2 if halve else 1
        d_res.append(s)
    return BigGANPlan(
        g_in=(first * width, *g_out[:-1]),
        g_out=g_out,
        g_res=tuple(BOTTOM * 2 ** (i + 1) for i in range(len(g_out))),
        d_in=(c, *d_out[:-1]),
        d_out=d_out,
        d_down=down,
        d_res=tuple(d_res),
    )


def hierarchical_chunks(dim_z: int, n_blocks: int) -> list[int]:
    """Sizes of z's chunks: one for the first linear, one per block; they sum to ``dim_z``.

    dim_z // (n_blocks + 1) each, the remainder spread one by one over the first chunks
    (80 over 3 blocks: 20, 20, 20, 20 as StudioGAN's CIFAR-10 BigGAN; 81: 21, 20, 20, 20).
    """
    slots = n_blocks + 1
    if dim_z < slots:
        raise UnsupportedShape(
            f"hierarchical z needs at least {slots} latent dimensions (one chunk for the first "
            f"layer and one per each of the {n_blocks} G blocks); the latent has {dim_z}"
        )
    q, r = divmod(dim_z, slots)
    return [q + 1 if i < r else q for i in range(slots)]


def attention_index(resolutions: tuple[int, ...], attention: int, where: str) -> int | None:
    """The block after which the self-attention sits (first at that size), None for 0."""
    if attention == 0:
        return None
    if attention not in resolutions:
        sizes = ", ".join(str(r) for r in sorted(set(resolutions)))
        raise UnsupportedShape(
            f"attention at {attention} px: {where}'s blocks work at {sizes} px (0: no attention)"
        )
    return resolutions.index(attention)


def init_weights(net: nn.Module, scheme: InitScheme) -> None:
    """BigGAN's init of every conv, linear and embedding weight; biases to 0 (as StudioGAN).

    ortho: W viewed as [out, −1] has orthonormal rows (or columns, when out > fan-in);
    N02: N(0, 0.02²); glorot: Xavier-uniform; default: torch's init, untouched.
    """
    if scheme == "default":
        return
    for m in net.modules():
        if not isinstance(m, (nn.Conv2d, nn.Linear, nn.Embedding)) or m.weight.is_meta:
            continue
        if scheme == "ortho":
            nn.init.orthogonal_(m.weight)
        elif scheme == "N02":
            nn.init.normal_(m.weight, 0.0, 0.02)
        else:
            nn.init.xavier_uniform_(m.weight)
        bias = getattr(m, "bias", None)
        if bias is not None:
            nn.init.zeros_(bias)


def apply_spectral_norm(net: nn.Module, eps: float, skip: tuple[nn.Module, ...] = ()) -> None:
    """W/σ(W) (one power iteration per forward) on every conv, linear, embedding not in skip.

    Not on the meta device (the validator's shape dry run): SN changes no shape, and its 15
    initial power iterations cost seconds there.
    """
    if any(p.is_meta for p in net.parameters()):
        return
    for m in list(net.modules()):
        if isinstance(m, (nn.Conv2d, nn.Linear, nn.Embedding)) and not any(m is s for s in skip):
            nn.utils.parametrizations.spectral_norm(m, eps=eps)


def conditional_bn(x_hat: Tensor, gain: Tensor, bias: Tensor) -> Tensor:
    """BigGAN's ccbn on a normalised map: x̂·(1 + gain) + bias, gain/bias [B, C] per sample."""
    return x_hat * (1 + gain[:, :, None, None]) + bias[:, :, None, None]


class BigGANBatchNorm(nn.Module):
    """BN whose γ = 1 + W_γ·c and β = W_β·c come from a conditioning vector c (BigGAN's ccbn).

    ``cond_dim`` 0 (no labels, no z chunk) is plain BN with its own affine γ, β.
    """

    def __init__(self, channels: int, cond_dim: int):
        super().__init__()
        self.cond_dim = cond_dim
        self.bn = nn.BatchNorm2d(channels, affine=cond_dim == 0)
        if cond_dim:
            self.gain = nn.Linear(cond_dim, channels, bias=False)
            self.bias = nn.Linear(cond_dim, channels, bias=False)

    def forward(self, x: Tensor, c: Tensor | None) -> Tensor:
        if not self.cond_dim:
            return self.bn(x)
        assert c is not None
        return conditional_bn(self.bn(x), self.gain(c), self.bias(c))


def _conv(c_in: int, c_out: int, k: int, bias: bool = True) -> nn.Conv2d:
    return nn.Conv2d(c_in, c_out, k, padding=k // 2, bias=bias)


class SelfAttention(nn.Module):
    """SAGAN's non-local block as in BigGAN's code; γ = 0 at init, so it starts as identity."""

    def __init__(self, channels: int):
        super().__init__()
        self.theta = _conv(channels, channels // 8, 1, bias=False)
        self.phi = _conv(channels, channels // 8, 1, bias=False)
        self.g = _conv(channels, channels // 2, 1, bias=False)
        self.o = _conv(channels // 2, channels, 1, bias=False)
        self.gamma = nn.Parameter(torch.zeros(()))

    def forward(self, x: Tensor) -> Tensor:
        b, _, h, w = x.shape
        theta = self.theta(x).flatten(2)  # [B, C/8, HW]
        phi = F.max_pool2d(self.phi(x), 2).flatten(2)  # [B, C/8, HW/4]
        g = F.max_pool2d(self.g(x), 2).flatten(2)  # [B, C/2, HW/4]
        beta = torch.softmax(theta.transpose(1, 2) @ phi, dim=-1)  # [B, HW, HW/4]
        o = self.o((g @ beta.transpose(1, 2)).view(b, -1, h, w))
        return x + self.gamma * o


class GBlock(nn.Module):
    """cBN → ReLU → ×2 → conv3 → cBN → ReLU → conv3, plus conv1(×2 x)."""

    def __init__(self, c_in: int, c_out: int, cond_dim: int):
        super().__init__()
        self.bn1 = BigGANBatchNorm(c_in, cond_dim)
        self.conv1 = _conv(c_in, c_out, 3)
        self.bn2 = BigGANBatchNorm(c_out, cond_dim)
        self.conv2 = _conv(c_out, c_out, 3)
        self.shortcut = _conv(c_in, c_out, 1)

    def forward(self, x: Tensor, c: Tensor | None) -> Tensor:
        h = F.interpolate(F.relu(self.bn1(x, c)), scale_factor=2.0)
        h = self.conv2(F.relu(self.bn2(self.conv1(h), c)))
        return h + self.shortcut(F.interpolate(x, scale_factor=2.0))


class BigGANGenerator(nn.Module):
    """z [B, dim_z] (+ labels [B]) → images in [−1, 1] (see the module docstring)."""

    def __init__(
        self,
        z_dim: int,
        shape: Shape,
        width: int = 64,
        n_classes: int = 0,
        shared_dim: int = 128,
        hierarchical: bool = True,
        attention: int = 16,
        spectral_norm: bool = True,
        sn_eps: float = 1e-6,
        init: InitScheme = "ortho",
        channels: ChannelTable = "studiogan",
    ):
        super().__init__()
        plan = biggan_plan(shape, width, channels)
        n = len(plan.g_out)
        self.n_classes, self.c0 = n_classes, plan.g_in[0]
        self.chunks = hierarchical_chunks(z_dim, n) if hierarchical else [z_dim]
        block_z = self.chunks[1:] if hierarchical else [0] * n
        e_dim = shared_dim if n_classes else 0
        self.shared = nn.Embedding(n_classes, shared_dim) if n_classes else None
        self.linear = nn.Linear(self.chunks[0], self.c0 * BOTTOM * BOTTOM)
        at = attention_index(plan.g_res, attention, "G")
        self.blocks = nn.ModuleList()
        for i in range(n):
            self.blocks.append(GBlock(plan.g_in[i], plan.g_out[i], e_dim + block_z[i]))
            if i == at:
                self.blocks.append(SelfAttention(plan.g_out[i]))
        self.out_bn = nn.BatchNorm2d(plan.g_out[-1])
        self.out_conv = _conv(plan.g_out[-1], shape[0], 3)
        init_weights(self, init)
        if spectral_norm:  # after the init: SN wraps the initialised weights
            apply_spectral_norm(self, sn_eps, skip=(self.shared,) if self.shared else ())

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        zs = list(z.split(self.chunks, dim=1))
        e = None
        if self.shared is not None:
            if y is None:  # sampling without labels: the classes in turn (balanced grids)
                y = torch.arange(z.shape[0], device=z.device) % self.n_classes
            e = self.shared(y)
        h = self.linear(zs[0]).view(z.shape[0], self.c0, BOTTOM, BOTTOM)
        k = 1
        for block in self.blocks:
            if isinstance(block, SelfAttention):
                h = block(h)
                continue
            parts = [t for t in (e, zs[k] if k < len(zs) else None) if t is not None]
            h = block(h, torch.cat(parts, 1) if parts else None)
            k += 1
        return torch.tanh(self.out_conv(F.relu(self.out_bn(h))))


class DBlock(nn.Module):
    """[ReLU] → conv3 → ReLU → conv3 → [avgpool], plus a 1×1 shortcut where shapes change."""

    def __init__(self, c_in: int, c_out: int, preactivation: bool, downsample: bool):
        super().__init__()
        self.preactivation, self.downsample = preactivation, downsample
        self.conv1 = _conv(c_in, c_out, 3)
        self.conv2 = _conv(c_out, c_out, 3)
        learnable = c_in != c_out or downsample
        self.shortcut = _conv(c_in, c_out, 1) if learnable else None

    def _pool(self, x: Tensor) -> Tensor:
        return F.avg_pool2d(x, 2) if self.downsample else x

    def forward(self, x: Tensor) -> Tensor:
        h = F.relu(x) if self.preactivation else x
        h = self._pool(self.conv2(F.relu(self.conv1(h))))
        s = x
        if self.shortcut is not None:  # pre-activated: conv then pool; first block: pool first
            s = self._pool(self.shortcut(s)) if self.preactivation else self.shortcut(self._pool(s))
        return h + s


class BigGANDiscriminator(nn.Module):
    """Images (+ labels) → logits [B]: ψ(h) + ⟨V_y, h⟩ with h = Σ_space ReLU(blocks(x))."""

    def __init__(
        self,
        shape: Shape,
        width: int = 64,
        n_classes: int = 0,
        attention: int = 16,
        spectral_norm: bool = True,
        sn_eps: float = 1e-6,
        init: InitScheme = "ortho",
        channels: ChannelTable = "studiogan",
    ):
        super().__init__()
        plan = biggan_plan(shape, width, channels)
        at = attention_index(plan.d_res, attention, "D")
        self.blocks = nn.Sequential()
        for i, (c_in, c_out) in enumerate(zip(plan.d_in, plan.d_out, strict=True)):
            self.blocks.append(DBlock(c_in, c_out, i > 0, plan.d_down[i]))
            if i == at:
                self.blocks.append(SelfAttention(c_out))
        features = plan.d_out[-1]
        self.linear = nn.Linear(features, 1)
        self.embed = nn.Embedding(n_classes, features) if n_classes else None
        init_weights(self, init)
        if spectral_norm:
            apply_spectral_norm(self, sn_eps)

    def features(self, x: Tensor) -> Tensor:
        return F.relu(self.blocks(x)).sum(dim=(2, 3))

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor:
        h = self.features(x)
        if self.embed is not None and y is not None:
            return projection_logits(h, y, self.linear, self.embed)
        return self.linear(h).squeeze(1)


# -- blocks -----------------------------------------------------------------------------------
class _Common(BlockParams):
    width: int = Field(64, ge=8, le=1024, description="Channel multiplier ch (StudioGAN CIFAR 96).")
    attention: int = Field(
        16, ge=0, le=128, description="Size (px) of the blocks followed by self-attention; 0: none."
    )
    spectral_norm: bool = Field(True, description="Spectral norm on every conv/linear (BigGAN).")
    sn_eps: float = Field(
        1e-6, gt=0, le=1e-3, description="Spectral norm epsilon (StudioGAN 1e-6)."
    )
    init: InitScheme = Field(
        "ortho", description="Weights: orthogonal (BigGAN), N(0,0.02), Xavier."
    )
    channels: ChannelTable = Field(
        "studiogan", description="Channel tables per size: StudioGAN's or BigGAN-PyTorch's."
    )


class BigGANGParams(_Common):
    shared_dim: int = Field(128, ge=1, le=1024, description="Shared class embedding size (128).")
    hierarchical: bool = Field(
        True, description="Split z over the first layer and every block (hierarchical z)."
    )


def _check_size(shape: Shape | None, p: _Common, which: str) -> BigGANPlan | None:
    if not shape:
        return None
    plan = biggan_plan(shape, p.width, p.channels)
    attention_index(plan.g_res if which == "G" else plan.d_res, p.attention, which)
    return plan


class BigGANGeneratorBlock(Block):
    """BigGAN generator: hierarchical z, shared embedding, conditional BN, attention (2019).

    Brock, Donahue, Simonyan, ICLR 2019: residual up-blocks whose batch norms take
    γ = 1 + W_γ[e(y), z_i], β = W_β[e(y), z_i]; a SAGAN self-attention block; spectral norm and
    orthogonal init. 32, 64 or 128 px. Without G.y wired it is unconditional (the cBN reads the
    z chunk alone, or is plain BN when z is not hierarchical).
    """

    type = "generator.biggan"
    title = "BigGAN generator"
    paper = "Brock, Donahue, Simonyan, Large Scale GAN Training (BigGAN), ICLR 2019"
    Params = BigGANGParams
    inputs = (
        Port(name="z", type=PortType.LATENT, doc="Latent codes (split over the blocks)."),
        Port(
            name="y",
            type=PortType.LABELS,
            required=False,
            doc="Class labels (conditional BN); unconditional when not wired.",
        ),
    )
    outputs = G_OUTPUTS
    params: BigGANGParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        plan = _check_size(data_shape, self.params, "G")
        if plan is None:
            return {}
        if "z" in shapes and self.params.hierarchical:
            hierarchical_chunks(shapes["z"][0], len(plan.g_out))
        return {"fake": data_shape} if data_shape else {}

    def uses_batch_norm(self) -> bool:
        return True

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        n_classes = ctx.n_classes if ctx.sources.get("y") else 0
        return BigGANGenerator(
            ctx.z_dim,
            ctx.data_shape,
            p.width,
            n_classes,
            p.shared_dim,
            p.hierarchical,
            p.attention,
            p.spectral_norm,
            p.sn_eps,
            p.init,
            p.channels,
        )


class BigGANDiscriminatorBlock(Block):
    """BigGAN discriminator: residual down-blocks, self-attention, projection head (2019).

    Brock, Donahue, Simonyan, ICLR 2019 (Miyato & Koyama's projection ψ(h) + ⟨V_y, h⟩ on the
    summed ReLU features); spectral norm on every layer, orthogonal init. Without D.y wired the
    logit is ψ(h) alone.
    """

    type = "discriminator.biggan"
    title = "BigGAN discriminator"
    paper = "Brock, Donahue, Simonyan, Large Scale GAN Training (BigGAN), ICLR 2019"
    Params = _Common
    inputs = labelled_d_inputs(
        "Class labels for the projection term (unconditional when not wired)."
    )
    outputs = (handle("critic", PortType.CRITIC, "This critic: logits [B]."),)
    params: _Common

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        _check_size(shapes.get("real"), self.params, "D")
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        n_classes = ctx.n_classes if ctx.sources.get("y") else 0
        return BigGANDiscriminator(
            ctx.data_shape,
            p.width,
            n_classes,
            p.attention,
            p.spectral_norm,
            p.sn_eps,
            p.init,
            p.channels,
        )


BIGGAN_BLOCKS: list[type[Block]] = [BigGANGeneratorBlock, BigGANDiscriminatorBlock]
