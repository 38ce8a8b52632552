"""Progressive growing of GANs (Karras, Aila, Laine, Lehtinen; ICLR 2018): spec techniques-2 §8.

The pieces, as in the official code (`tkarras/progressive_growing_of_gans` `networks.py`,
`train.py`): equalised-learning-rate layers, pixelwise feature normalisation, the minibatch
standard-deviation layer, a generator and a discriminator that hold every resolution and fade a new
block in, the fade-in schedule, the faded reals and the drift penalty of the WGAN-GP loss.

Stage k trains at resolution ``base·2^k``. ``base`` is 4 for power-of-two data (the paper); sizes
s·2^k with 4 ≤ s ≤ 7 (28 = 7·4, 12, 24, …) grow from an s×s base, so every step stays an exact ×2
and the α = 0 / α = 1 identities hold bit for bit; other sizes raise ``UnsupportedShape``.
The G always returns full-size images (nearest upsampled) and the D always takes full-size images
(box-downsampled inside), so the rest of the pipeline sees one shape at every stage, as the
official "recursive" structure does.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from blocks.base import Shape, UnsupportedShape

SQRT2 = math.sqrt(2.0)

# --------------------------------------------------------------------------------------------
# Layers (§8.2)


class EqualizedLinear(nn.Module):
    """y = x·(c·w)ᵀ + b, w ~ N(0, 1) stored, c = gain/√fan_in applied at run time (`use_wscale`).

    Scaling at run time (not at init) makes Adam's step on every weight ≈ lr·c in effective terms:
    the same relative speed for every layer, whatever its fan-in.
    """

    def __init__(self, in_features: int, out_features: int, gain: float = SQRT2, bias: bool = True):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features)) if bias else None
        self.scale = gain / math.sqrt(in_features)

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight * self.scale, self.bias)


class EqualizedConv2d(nn.Module):
    """Conv2d ('same' padding, stride 1) with w ~ N(0, 1) and c = gain/√(in·k²) at run time."""

    def __init__(self, in_ch: int, out_ch: int, kernel: int, gain: float = SQRT2):
        super().__init__()
        if kernel % 2 != 1:
            raise ValueError(f"kernel must be odd for 'same' padding, got {kernel}")
        self.weight = nn.Parameter(torch.randn(out_ch, in_ch, kernel, kernel))
        self.bias = nn.Parameter(torch.zeros(out_ch))
        self.scale = gain / math.sqrt(in_ch * kernel * kernel)
        self.padding = kernel // 2

    def forward(self, x: Tensor) -> Tensor:
        return F.conv2d(x, self.weight * self.scale, self.bias, padding=self.padding)


def pixel_norm(x: Tensor, eps: float = 1e-8) -> Tensor:
    """b = a / √(mean_c(a²) + ε) over the channel axis (dim 1), per pixel (§8.2)."""
    return x * torch.rsqrt(x.square().mean(dim=1, keepdim=True) + eps)


class PixelNorm(nn.Module):
    """Module form of ``pixel_norm``."""

    def __init__(self, eps: float = 1e-8):
        super().__init__()
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        return pixel_norm(x, self.eps)


def minibatch_stddev(x: Tensor, group_size: int = 4) -> Tensor:
    """Append one feature: per group, mean over features of √(Var_group + 1e-8) (biased variance).

    G = min(group_size, N) and N must be divisible by G. As in the official code the batch is read
    as [G, M, …], so sample i is in group i mod M (strided groups): never concatenate reals and
    fakes into one D call, or groups mix them. Works on [N, C, H, W] (a feature map) and on
    [N, F] (the toy MLP analogue of §8.3: a column).
    """
    n = x.shape[0]
    g = min(group_size, n)
    if n % g:
        raise ValueError(f"minibatch stddev: batch {n} is not divisible by group size {g}")
    y = x.reshape(g, n // g, *x.shape[1:]).float()
    y = y - y.mean(dim=0, keepdim=True)
    y = (y.square().mean(dim=0) + 1e-8).sqrt()  # [M, …] std over the group
    y = y.flatten(1).mean(dim=1).to(x.dtype)  # [M] one scalar per group
    y = y.repeat(g)  # [N]: sample i gets group i mod M
    y = y.view(n, 1, *([1] * (x.dim() - 2))).expand(n, 1, *x.shape[2:])
    return torch.cat([x, y], dim=1)


class MinibatchStdDev(nn.Module):
    """Module form of ``minibatch_stddev`` (official `mbstd_group_size` = 4)."""

    def __init__(self, group_size: int = 4):
        super().__init__()
        self.group_size = group_size

    def forward(self, x: Tensor) -> Tensor:
        return minibatch_stddev(x, self.group_size)


def drift_penalty(real_logits: Tensor, eps: float = 1e-3) -> Tensor:
    """ε_drift · E[D(x_real)²] (official `wgan_epsilon` = 0.001): keeps the critic near zero."""
    return eps * real_logits.square().mean()


# --------------------------------------------------------------------------------------------
# Resolution plan and resampling


def progressive_plan(shape: Shape) -> tuple[int, int]:
    """(base, n_stages) with H = W = base·2^(n_stages − 1) and 4 ≤ base ≤ 7 (the paper: base 4)."""
    if len(shape) != 3:
        raise UnsupportedShape(
            f"progressive growing works on images [C,H,W]; this data has shape {list(shape)}"
        )
    _, h, w = shape
    if h != w:
        raise UnsupportedShape(f"progressive growing needs square images, got {h}×{w}")
    base, n = h, 1
    while base % 2 == 0 and base // 2 >= 4:
        base //= 2
        n += 1
    if not 4 <= base <= 7:
        raise UnsupportedShape(
            f"progressive growing needs a size s·2^k with 4 ≤ s ≤ 7 (4, 8, 16, 28, 32, 64, …); "
            f"got {h}: resize the data"
        )
    return base, n


def stage_widths(n_stages: int, width: int, min_width: int) -> list[int]:
    """Channels at each stage: ``width`` at the base, halved per doubling, never below min_width.

    The official nf(): min(fmap_base / 2^stage, fmap_max), with width in the role of fmap_max.
    """
    return [max(width >> k, min_width) for k in range(n_stages)]


def downsample(x: Tensor, times: int) -> Tensor:
    """Box filter ×1/2, ``times`` times (official `downscale2d`); always the same op sequence."""
    for _ in range(times):
        x = F.avg_pool2d(x, 2)
    return x


def upsample(x: Tensor, factor: int) -> Tensor:
    """Nearest-neighbour ×factor (official `upscale2d`): exact copies, no arithmetic."""
    return x if factor == 1 else F.interpolate(x, scale_factor=factor, mode="nearest")


def _blend(old: Tensor, new: Tensor, alpha: Tensor) -> Tensor:
    # lerp_clip: α = 0 returns old exactly, α = 1 returns new exactly (torch.lerp's two branches)
    return torch.lerp(old, new, alpha.clamp(0.0, 1.0).to(new.dtype))


def fade_reals(x: Tensor, stage: int, alpha: Tensor | None, n_stages: int) -> Tensor:
    """The reals D sees at ``stage`` (official `process_reals` FadeLOD + UpscaleLOD).

    x_k = box-downsample x to base·2^k; during a fade x_k ← lerp(up₂(pool₂(x_k)), x_k, α);
    then nearest-upsample to the full size. ``alpha`` None means no fade (α = 1).
    """
    drop = n_stages - 1 - stage
    xk = downsample(x, drop)
    if stage > 0 and alpha is not None:
        xk = _blend(upsample(F.avg_pool2d(xk, 2), 2), xk, alpha)
    return upsample(xk, 2**drop)


# --------------------------------------------------------------------------------------------
# Networks


class _Staged(nn.Module):
    """Stage bookkeeping shared by G and D: ``set_stage`` and the parameter lists per stage."""

    n_stages: int
    base: int
    blocks: nn.ModuleList

    def _init_stage(self) -> None:
        # a freshly built network is the full-resolution one, without fading
        self.stage = self.n_stages - 1
        self.alpha: Tensor | None = None

    def set_stage(self, stage: int, alpha: Tensor | None = None) -> None:
        """Train at resolution base·2^stage; ``alpha`` (0-d tensor, same device) fades it in.

        The tensor is kept by reference and read at every forward: the engine updates it in place
        (``alpha.fill_(a)``, no host sync) and calls ``set_stage`` only when the stage changes
        or a fade starts/ends. ``None`` = stable (α = 1; the skip path is not even computed).
        """
        if not 0 <= stage < self.n_stages:
            raise ValueError(f"stage must be in 0..{self.n_stages - 1}, got {stage}")
        if alpha is not None and alpha.dim() != 0:
            raise ValueError(f"alpha must be a 0-d tensor, got shape {list(alpha.shape)}")
        self.stage = stage
        self.alpha = alpha

    def get_extra_state(self) -> dict[str, object]:
        # the stage travels with the weights: a checkpoint of a run stopped mid-growth samples
        # at the resolution it was trained at (``gancanvas sample`` builds G without its scheduler)
        alpha = None if self.alpha is None else self.alpha.detach().clone()
        return {"stage": self.stage, "alpha": alpha}

    def set_extra_state(self, state: dict[str, object]) -> None:
        stage, alpha = state["stage"], state["alpha"]
        assert isinstance(stage, int) and (alpha is None or isinstance(alpha, Tensor))
        if alpha is not None and self.alpha is not None:
            self.alpha.copy_(alpha)  # in place: a scheduler's shared α keeps its readers
            alpha = self.alpha
        elif alpha is not None:
            alpha = alpha.to(next(self.parameters()).device, copy=True)
        self.set_stage(stage, alpha)

    def resolution(self, stage: int | None = None) -> int:
        """Side of the images trained at ``stage`` (default: the current one)."""
        return self.base * 2 ** (self.stage if stage is None else stage)

    def _fading(self) -> bool:
        return self.stage > 0 and self.alpha is not None

    def _rgb(self, stage: int) -> nn.Module:
        raise NotImplementedError  # toRGB_k (G) or fromRGB_k (D)

    def new_parameters(self, stage: int) -> list[nn.Parameter]:
        """Parameters first used at ``stage``: block k and its toRGB_k / fromRGB_k."""
        return [*self.blocks[stage].parameters(), *self._rgb(stage).parameters()]

    def used_parameters(self, stage: int, fading: bool) -> list[nn.Parameter]:
        """Parameters that get a gradient at ``stage``: blocks 0..k and toRGB_k / fromRGB_k,
        plus toRGB_{k−1} / fromRGB_{k−1} while fading (older ones lie idle)."""
        mods = [*self.blocks[: stage + 1], self._rgb(stage)]
        if fading and stage > 0:
            mods.append(self._rgb(stage - 1))
        return [p for m in mods for p in m.parameters()]


class _GBase(nn.Module):
    """G at the base: PN(z) → dense (gain √2/4, as the official code) → reshape → conv 3×3."""

    def __init__(self, z_dim: int, ch: int, base: int, normalize_latents: bool):
        super().__init__()
        self.ch, self.base, self.normalize_latents = ch, base, normalize_latents
        self.dense = EqualizedLinear(z_dim, ch * base * base, gain=SQRT2 / 4, bias=False)
        self.bias = nn.Parameter(torch.zeros(ch))  # official apply_bias after the reshape
        self.conv = EqualizedConv2d(ch, ch, 3)

    def forward(self, z: Tensor) -> Tensor:
        if self.normalize_latents:
            z = pixel_norm(z)
        h = self.dense(z).view(z.shape[0], self.ch, self.base, self.base)
        h = pixel_norm(F.leaky_relu(h + self.bias.view(1, -1, 1, 1), 0.2))
        return pixel_norm(F.leaky_relu(self.conv(h), 0.2))


class _GUp(nn.Module):
    """G block: nearest ×2 → (conv 3×3 → LReLU 0.2 → PixelNorm) × 2."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.conv0 = EqualizedConv2d(cin, cout, 3)
        self.conv1 = EqualizedConv2d(cout, cout, 3)

    def forward(self, h: Tensor) -> Tensor:
        h = pixel_norm(F.leaky_relu(self.conv0(upsample(h, 2)), 0.2))
        return pixel_norm(F.leaky_relu(self.conv1(h), 0.2))


class ProgressiveGenerator(_Staged):
    """G(z) → [B, C, H, W] at the full data size at every stage (§8.2, official `G_paper`).

    At stage k with α: img = lerp(up₂(toRGB_{k−1}(h_{k−1})), toRGB_k(h_k), α), then
    nearest-upsampled by 2^(K−k). Output is linear (as the paper) unless ``out_activation``
    is given (e.g. nn.Tanh()), applied after the blend.
    """

    def __init__(
        self,
        z_dim: int,
        out_shape: Shape,
        width: int = 128,
        min_width: int = 16,
        normalize_latents: bool = True,
        out_activation: nn.Module | None = None,
    ):
        super().__init__()
        self.base, self.n_stages = progressive_plan(out_shape)
        ch = stage_widths(self.n_stages, width, min_width)
        c = out_shape[0]
        blocks: list[nn.Module] = [_GBase(z_dim, ch[0], self.base, normalize_latents)]
        blocks += [_GUp(ch[k - 1], ch[k]) for k in range(1, self.n_stages)]
        self.blocks = nn.ModuleList(blocks)
        # toRGB: 1×1 conv, gain 1, no activation
        self.to_rgb = nn.ModuleList(EqualizedConv2d(w, c, 1, gain=1.0) for w in ch)
        self.out_activation = out_activation
        self._init_stage()

    def _rgb(self, stage: int) -> nn.Module:
        return self.to_rgb[stage]

    def forward(self, z: Tensor) -> Tensor:
        k = self.stage
        h = prev = self.blocks[0](z)
        for i in range(1, k + 1):
            prev, h = h, self.blocks[i](h)
        img = self.to_rgb[k](h)
        if self._fading():
            assert self.alpha is not None
            img = _blend(upsample(self.to_rgb[k - 1](prev), 2), img, self.alpha)
        img = upsample(img, 2 ** (self.n_stages - 1 - k))
        return img if self.out_activation is None else self.out_activation(img)


class _DDown(nn.Module):
    """D block: conv 3×3 (cin→cin) → LReLU → conv 3×3 (cin→cout) → LReLU → box ×1/2."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.conv0 = EqualizedConv2d(cin, cin, 3)
        self.conv1 = EqualizedConv2d(cin, cout, 3)

    def forward(self, h: Tensor) -> Tensor:
        h = F.leaky_relu(self.conv0(h), 0.2)
        return F.avg_pool2d(F.leaky_relu(self.conv1(h), 0.2), 2)


class _DBase(nn.Module):
    """D at the base: mbstd → conv 3×3 → dense → dense to 1 logit (gain 1)."""

    def __init__(self, ch: int, base: int, group_size: int):
        super().__init__()
        self.group_size = group_size
        extra = 1 if group_size > 1 else 0
        self.conv = EqualizedConv2d(ch + extra, ch, 3)
        self.dense0 = EqualizedLinear(ch * base * base, ch)
        self.dense1 = EqualizedLinear(ch, 1, gain=1.0)

    def forward(self, h: Tensor) -> Tensor:
        if self.group_size > 1:
            h = minibatch_stddev(h, self.group_size)
        h = F.leaky_relu(self.conv(h), 0.2)
        h = F.leaky_relu(self.dense0(h.flatten(1)), 0.2)
        return self.dense1(h).squeeze(1)


class ProgressiveDiscriminator(_Staged):
    """D(x) → logits [B] for full-size x at every stage (§8.2, official `D_paper`).

    At stage k: x_k = box-downsample(x) to base·2^k; h = block_k(fromRGB_k(x_k)), and while fading
    h = lerp(fromRGB_{k−1}(pool₂(x_k)), h, α); then blocks k−1…1 and the base (with the minibatch
    stddev; ``mbstd_group_size`` 0 or 1 disables it).
    """

    def __init__(
        self,
        in_shape: Shape,
        width: int = 128,
        min_width: int = 16,
        mbstd_group_size: int = 4,
    ):
        super().__init__()
        self.base, self.n_stages = progressive_plan(in_shape)
        ch = stage_widths(self.n_stages, width, min_width)
        c = in_shape[0]
        blocks: list[nn.Module] = [_DBase(ch[0], self.base, mbstd_group_size)]
        blocks += [_DDown(ch[k], ch[k - 1]) for k in range(1, self.n_stages)]
        self.blocks = nn.ModuleList(blocks)
        # fromRGB: 1×1 conv, gain √2, LReLU
        self.from_rgb = nn.ModuleList(EqualizedConv2d(c, w, 1) for w in ch)
        self._init_stage()

    def _rgb(self, stage: int) -> nn.Module:
        return self.from_rgb[stage]

    def forward(self, x: Tensor) -> Tensor:
        k = self.stage
        xk = downsample(x, self.n_stages - 1 - k)
        h = F.leaky_relu(self.from_rgb[k](xk), 0.2)
        if k > 0:
            h = self.blocks[k](h)
            if self._fading():
                assert self.alpha is not None
                old = F.leaky_relu(self.from_rgb[k - 1](F.avg_pool2d(xk, 2)), 0.2)
                h = _blend(old, h, self.alpha)
            for i in range(k - 1, 0, -1):
                h = self.blocks[i](h)
        return self.blocks[0](h)


# --------------------------------------------------------------------------------------------
# Schedule (§8.1)


def _segments(
    stable_images: int, fade_images: int, batch_sizes: Sequence[int]
) -> Iterator[tuple[int, bool, int, int]]:
    """(stage, fading, steps, batch) per segment: stable 0, fade 1, stable 1, …, stable K."""
    for k, b in enumerate(batch_sizes):
        if k > 0 and fade_images > 0:
            yield k, True, math.ceil(fade_images / b), b
        yield k, False, math.ceil(stable_images / b), b


def progressive_schedule(
    step: int, stable_images: int, fade_images: int, batch_sizes: Sequence[int]
) -> tuple[int, float]:
    """(stage, α) at a training step (0-based), official `TrainingSchedule` in steps.

    Stage 0 stabilises for ``stable_images``; each later stage k fades in over ``fade_images``
    then stabilises; the last stage never ends. A segment of I images at batch b_k lasts ⌈I/b_k⌉
    steps; at its j-th step (from 0) a fade has α = j·b_k/I (images shown before the step), so
    α runs from 0 (the lower resolution exactly) to < 1, and α = 1 when stable.
    ``len(batch_sizes)`` is the number of stages.
    """
    if step < 0 or min(stable_images, fade_images) < 0 or not batch_sizes or min(batch_sizes) < 1:
        raise ValueError("step and image counts must be ≥ 0, and each batch size ≥ 1")
    last = len(batch_sizes) - 1
    for k, fading, steps, b in _segments(stable_images, fade_images, batch_sizes):
        if fading and step < steps:
            return k, step * b / fade_images
        if not fading and (step < steps or k == last):
            return k, 1.0
        step -= steps
    raise AssertionError("unreachable: the last stage never ends")


def reset_steps(stable_images: int, fade_images: int, batch_sizes: Sequence[int]) -> list[int]:
    """Steps at which a segment starts (a fade or a stabilisation), after step 0.

    The official loop resets the Adam state there (`reset_opt_for_new_lod`: whenever ⌊lod⌋ or
    ⌈lod⌉ changes, i.e. at every fade start and every fade end).
    """
    out: list[int] = []
    t = 0
    for _, _, steps, _ in list(_segments(stable_images, fade_images, batch_sizes))[:-1]:
        t += steps
        if t > 0 and (not out or out[-1] != t):  # empty segments share a start
            out.append(t)
    return out


def level_of_detail(stage: int, alpha: float, n_stages: int) -> float:
    """The official lod: K − k + (1 − α) at stage k (K = n_stages − 1); lod 0 = full size."""
    return float(n_stages - 1 - stage + (1.0 - alpha if stage > 0 else 0.0))
