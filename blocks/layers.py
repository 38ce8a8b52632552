"""Small network pieces shared by the generator and discriminator blocks."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from typing import Annotated, Literal

import torch
from pydantic import Field
from torch import Tensor, nn
from torch.nn import functional as F

from blocks.base import Shape, UnsupportedShape

#: a hidden-layer width, bounded so a typo cannot allocate a giant (or negative) layer
Width = Annotated[int, Field(ge=1, le=16384)]

Activation = Literal["leaky_relu", "relu", "elu", "silu", "tanh"]
#: an MLP's hidden activation: the above, or maxout (Goodfellow et al. 2013), which also sets
#: the width of the linear layer before it (k·width), so it is not a stand-alone ``activation``
MLPActivation = Literal["leaky_relu", "relu", "elu", "silu", "tanh", "maxout"]
#: weight initialisation of an MLP's linear layers: torch's, or N(0, 0.02²) with zero biases
#: (DCGAN's and PacGAN's ``IsotropicGaussian(0.02)``, ``Constant(0)``)
Init = Literal["default", "normal_0.02"]


def activation(name: Activation) -> nn.Module:
    makers: dict[str, Callable[[], nn.Module]] = {
        "leaky_relu": lambda: nn.LeakyReLU(0.2),
        "relu": nn.ReLU,
        "elu": nn.ELU,
        "silu": nn.SiLU,
        "tanh": nn.Tanh,
    }
    return makers[name]()


class Maxout(nn.Module):
    """Max over groups of ``pieces`` consecutive units, [.., k·n] → [.., n] (Goodfellow 2013).

    Unit j is max(x[j·k], …, x[j·k + k − 1]), Blocks' ``Maxout`` layout (PacGAN's
    ``LinearMaxout``), so a Linear to k·n units followed by this is one maxout layer of width n.
    """

    def __init__(self, pieces: int):
        super().__init__()
        self.pieces = pieces

    def forward(self, x: Tensor) -> Tensor:
        return x.unflatten(-1, (-1, self.pieces)).amax(-1)

    def extra_repr(self) -> str:
        return f"pieces={self.pieces}"


def mlp(
    sizes: Sequence[int],
    act: MLPActivation,
    *,
    batch_norm: bool = False,
    bias: bool = True,
    pieces: int = 5,
) -> nn.Sequential:
    """Linear–act–…–Linear (no activation after the last layer).

    Each hidden layer is Linear(bias=``bias``) → [BatchNorm1d] → act, BN before the activation
    as in PacGAN's generator. With ``act="maxout"`` a hidden layer of width n is a Linear to
    ``pieces``·n units and a ``Maxout(pieces)``. The last Linear always has a bias. The defaults
    build exactly Linear, act, …, Linear, so seeded initialisation is what it always was.
    """
    layers: list[nn.Module] = []
    for i, (a, b) in enumerate(itertools.pairwise(sizes)):
        if i == len(sizes) - 2:
            layers.append(nn.Linear(a, b))
            break
        k = pieces if act == "maxout" else 1
        layers.append(nn.Linear(a, b * k, bias=bias))
        if batch_norm:
            layers.append(nn.BatchNorm1d(b * k))
        layers.append(Maxout(k) if act == "maxout" else activation(act))
    return nn.Sequential(*layers)


def init_linear(module: nn.Module, scheme: Init) -> None:
    """Re-initialise every ``nn.Linear`` in ``module``: 'normal_0.02' draws W ~ N(0, 0.02²), b = 0.

    'default' leaves torch's initialisation (and the RNG stream) untouched. Norm layers keep
    γ = 1, β = 0 (Blocks' BatchNormalization is not ``Initializable``, so PacGAN's do too).
    """
    if scheme == "default":
        return
    for m in module.modules():
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, 0.0, 0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)


def dcgan_plan(shape: Shape) -> tuple[int, int]:
    """(start size s0, number of ×2 stages k) with H = W = s0·2^k, 3 ≤ s0 ≤ 7, k ≥ 1.

    Covers 8, 14, 16, 28 (7·4), 32, 64, 128, …; anything else is refused with the reason.
    """
    if len(shape) != 3:
        raise UnsupportedShape(
            f"a DCGAN works on images [C,H,W]; this data has shape {list(shape)}: "
            "use an MLP block for vector data"
        )
    _, h, w = shape
    if h != w:
        raise UnsupportedShape(f"a DCGAN needs square images, got {h}×{w}")
    size, k = h, 0
    while size % 2 == 0 and size > 7:
        size //= 2
        k += 1
    if k == 0 or not 3 <= size <= 7:
        raise UnsupportedShape(
            f"a DCGAN needs a size s·2^k with 3 ≤ s ≤ 7 and k ≥ 1 (8, 14, 16, 28, 32, 64, …); "
            f"got {h}: resize the data"
        )
    return size, k


class TimestepEmbedding(nn.Module):
    """Sinusoidal features of t/t_max followed by a linear layer (Diffusion-GAN's t input to D).

    Diffusion-GAN feeds the raw t through D's mapping network; for MLP and DCGAN critics we use
    a fixed sinusoidal code of the normalised step, which keeps inputs O(1) whatever T is. The
    code has at most ``max_freqs`` frequencies whatever ``dim`` is, so a wide projection target
    (a DCGAN's flattened features) costs ``dim·(2·max_freqs + 1)`` weights, not ``dim²``.
    """

    freqs: Tensor

    def __init__(self, dim: int, t_max: int, max_freqs: int = 8):
        super().__init__()
        self.t_max = float(max(t_max, 1))
        n = max(min(dim // 2, max_freqs), 1)
        self.register_buffer("freqs", torch.arange(1, n + 1, dtype=torch.float32) * math.pi)
        self.proj = nn.Linear(2 * n + 1, dim)

    def forward(self, t: Tensor) -> Tensor:
        u = (t.float() / self.t_max).unsqueeze(1)
        ang = u * self.freqs
        return self.proj(torch.cat([u, ang.sin(), ang.cos()], dim=1))


class GConv(nn.Module):
    """Latent-specific (transposed) convolution: W(z) = Σₙ aₙ(z)·Wₙ over N candidate kernels.

    GConv ("Generative Convolution Layer for Image Generation", arXiv 2111.15171) "selects useful
    kernels compatible with the given latent vector, and then linearly combines the selected
    kernels"; only the abstract is public, so this is techniques-2.md §9.1's interpretation: a
    selector MLP z → scores s ∈ R^N; select the ``top_k`` best (0: all), a = softmax(s/T) over
    them (a ∈ Δ^{N−1}); one shared bias. The per-sample kernels run as one grouped convolution
    (the batch as groups, CondConv style); ``impl="loop"`` is the per-sample reference.
    ``transposed`` makes it a drop-in for ``ConvTranspose2d`` (DCGAN's up-sampling layers).
    """

    def __init__(
        self,
        c_in: int,
        c_out: int,
        kernel: int,
        stride: int,
        padding: int,
        z_dim: int,
        *,
        n_kernels: int = 4,
        top_k: int = 0,
        hidden: int = 128,
        temperature: float = 1.0,
        transposed: bool = True,
        bias: bool = True,
        impl: Literal["grouped", "loop"] = "grouped",
    ):
        super().__init__()
        self.c_in, self.c_out, self.stride, self.padding = c_in, c_out, stride, padding
        self.top_k, self.temperature, self.transposed, self.impl = (
            top_k,
            temperature,
            transposed,
            impl,
        )
        shape = (c_in, c_out, kernel, kernel) if transposed else (c_out, c_in, kernel, kernel)
        self.kernels = nn.Parameter(torch.empty(n_kernels, *shape))
        for w in self.kernels:  # each candidate initialised as torch initialises one conv
            nn.init.kaiming_uniform_(w, a=math.sqrt(5))
        fan_in = (c_out if transposed else c_in) * kernel * kernel
        self.bias = (
            nn.Parameter(torch.empty(c_out).uniform_(-1, 1) / math.sqrt(fan_in)) if bias else None
        )
        self.selector = nn.Sequential(
            nn.Linear(z_dim, hidden), nn.ReLU(), nn.Linear(hidden, n_kernels)
        )
        self.last_entropy: Tensor | None = None

    def mixing(self, z: Tensor) -> Tensor:
        """a(z) ``[B, N]``: softmax(s/T) over the ``top_k`` highest scores (others 0)."""
        s = self.selector(z) / self.temperature
        if 0 < self.top_k < s.shape[1]:
            keep = s.topk(self.top_k, dim=1).indices
            mask = torch.full_like(s, float("-inf")).scatter(1, keep, 0.0)
            s = s + mask
        return torch.softmax(s, dim=1)

    def _conv(self, x: Tensor, w: Tensor, groups: int) -> Tensor:
        if self.transposed:
            return F.conv_transpose2d(x, w, None, self.stride, self.padding, groups=groups)
        return F.conv2d(x, w, None, self.stride, self.padding, groups=groups)

    def forward(self, x: Tensor, z: Tensor) -> Tensor:
        a = self.mixing(z)
        self.last_entropy = -(a * a.clamp(min=1e-12).log()).sum(1).mean().detach()
        w = torch.einsum("bn,n...->b...", a, self.kernels)  # [B, *kernel shape]
        b = x.shape[0]
        if self.impl == "loop":
            out = torch.cat([self._conv(x[i : i + 1], w[i], 1) for i in range(b)])
        else:
            out = self._conv(x.reshape(1, b * x.shape[1], *x.shape[2:]), w.flatten(0, 1), b)
            out = out.view(b, self.c_out, *out.shape[2:])
        return out if self.bias is None else out + self.bias.view(1, -1, 1, 1)
