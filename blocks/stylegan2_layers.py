"""StyleGAN2's layers, written from the paper (Karras et al., "Analyzing and Improving the Image
Quality of StyleGAN", CVPR 2020) and the forms of NVlabs' stylegan2-ada-pytorch
``training/networks.py`` (read for the exact formulas, not copied).

- **Equalized learning rate** (Karras et al., ICLR 2018 §4.1): weights are stored as N(0, 1)/λ and
  scaled at run time by g = λ/√fan_in (λ the layer's learning-rate multiplier), biases by λ.
- **Mapping network**: z normalised by its second moment, z·(mean(z²) + 1e-8)^(-1/2); n
  lrelu layers with λ = 0.01; a running mean w_avg of w (β 0.995) for truncation
  w' = w_avg + ψ(w − w_avg).
- **Modulated convolution** (§2.2, eqs. 1–3): w'_ijk = s_i·w_ijk, then demodulation
  w''_ijk = w'_ijk / √(Σ_{i,k} w'_ijk² + ε): each output map has unit expected std for unit input.
- **Noise inputs**: x + φ·n, n ~ N(0, 1) per pixel, φ a learned strength (one per layer, 0 at
  init, as NVlabs' ``noise_strength``).
- **Minibatch standard deviation** (Karras et al. 2018 §3): per group of G samples the std over
  the group of each feature, averaged over the C/F channels and pixels of each of F channel
  groups, appended as F constant maps.
- Resampling uses the [1, 3, 3, 1] binomial filter (upfirdn2d's default): up by zero insertion
  then the filter (gain 4), down by the filter then stride 2.
"""

from __future__ import annotations

import itertools
import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

LRELU_GAIN = math.sqrt(2.0)


def normalize_2nd_moment(x: Tensor, dim: int = 1, eps: float = 1e-8) -> Tensor:
    """x / √(mean(x², dim) + eps): the mapping network's input normalisation (StyleGAN)."""
    return x * (x.square().mean(dim=dim, keepdim=True) + eps).rsqrt()


def equalized_gain(fan_in: int, lr_multiplier: float = 1.0) -> float:
    """Run-time weight scale λ/√fan_in of the equalized learning rate (Karras et al. 2018)."""
    return lr_multiplier / math.sqrt(fan_in)


def demodulation_coefficients(weight: Tensor, styles: Tensor, eps: float = 1e-8) -> Tensor:
    """StyleGAN2 eq. 3: 1/√(Σ_{i,k} (s_i·w_ijk)² + ε) per sample and output map → ``[B, O]``.

    ``weight`` [O, I, k, k], ``styles`` [B, I].
    """
    w = weight.unsqueeze(0) * styles[:, None, :, None, None]  # [B, O, I, k, k]
    return (w.square().sum(dim=[2, 3, 4]) + eps).rsqrt()


def modulated_conv2d(
    x: Tensor, weight: Tensor, styles: Tensor, demodulate: bool = True, padding: int = 0
) -> Tensor:
    """Modulated (and demodulated) convolution as one grouped conv (StyleGAN2 §2.2).

    x [B, I, H, W], weight [O, I, k, k], styles [B, I]: each sample convolves with its own
    w''_ijk = s_i·w_ijk·d_j.
    """
    b, c_in, h, w_ = x.shape
    c_out = weight.shape[0]
    wgt = weight.unsqueeze(0) * styles[:, None, :, None, None]
    if demodulate:
        wgt = wgt * demodulation_coefficients(weight, styles)[:, :, None, None, None]
    wgt = wgt.reshape(b * c_out, c_in, *weight.shape[2:])
    out = F.conv2d(x.reshape(1, b * c_in, h, w_), wgt, padding=padding, groups=b)
    return out.reshape(b, c_out, *out.shape[2:])


def minibatch_stddev(x: Tensor, group_size: int = 4, num_channels: int = 1) -> Tensor:
    """Append F = ``num_channels`` maps of the per-group std of features (Karras et al. 2018).

    Samples i and i + N/G form a group (NVlabs' ``reshape(G, -1, …)``). G is min(group_size, N);
    when G does not divide the batch the largest divisor of N below it is used (a batch of 6 with
    group 4 uses 3), so any batch works. x [N, C, H, W] → [N, C + F, H, W].
    """
    n, c, h, w = x.shape
    g = min(group_size, n) if group_size > 0 else n
    while n % g:
        g -= 1
    f = num_channels
    if c % f:
        raise ValueError(f"minibatch std: {c} channels do not split into {f} groups")
    y = x.reshape(g, n // g, f, c // f, h, w)
    y = (y - y.mean(dim=0)).square().mean(dim=0)  # variance over the group
    y = (y + 1e-8).sqrt().mean(dim=[2, 3, 4])  # [N/G, F]
    y = y.reshape(n // g, f, 1, 1).repeat(g, 1, h, w)
    return torch.cat([x, y], dim=1)


def _binomial_filter(device: torch.device | None = None) -> Tensor:
    k = torch.tensor([1.0, 3.0, 3.0, 1.0], device=device)
    k2 = torch.outer(k, k)
    return k2 / k2.sum()


def upsample2x(x: Tensor) -> Tensor:
    """Zero insertion then the [1, 3, 3, 1]² filter with gain 4: [B, C, H, W] → [B, C, 2H, 2W]."""
    c = x.shape[1]
    f = (_binomial_filter(x.device) * 4).to(x.dtype).expand(c, 1, 4, 4)
    return F.conv_transpose2d(x, f, stride=2, padding=1, groups=c)


def downsample2x(x: Tensor) -> Tensor:
    """The [1, 3, 3, 1]² filter then stride 2: [B, C, H, W] → [B, C, H/2, W/2]."""
    c = x.shape[1]
    f = _binomial_filter(x.device).to(x.dtype).expand(c, 1, 4, 4)
    return F.conv2d(x, f, stride=2, padding=1, groups=c)


class EqualLinear(nn.Module):
    """Fully connected layer with equalized lr: y = act(x·(g·W)ᵀ + λ·b), g = λ/√fan_in."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        *,
        bias_init: float = 0.0,
        lr_multiplier: float = 1.0,
        activation: bool = False,
    ):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features) / lr_multiplier)
        self.bias = nn.Parameter(torch.full((out_features,), float(bias_init)))
        self.weight_gain = equalized_gain(in_features, lr_multiplier)
        self.bias_gain = lr_multiplier
        self.activation = activation

    def forward(self, x: Tensor) -> Tensor:
        y = F.linear(x, self.weight * self.weight_gain, self.bias * self.bias_gain)
        return F.leaky_relu(y, 0.2) * LRELU_GAIN if self.activation else y


class EqualConv2d(nn.Module):
    """k×k conv with equalized lr, optional 2× downsampling and lrelu (gain √2), D's layer."""

    def __init__(
        self,
        c_in: int,
        c_out: int,
        kernel: int,
        *,
        bias: bool = True,
        activation: bool = True,
        down: bool = False,
        gain: float = 1.0,
    ):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(c_out, c_in, kernel, kernel))
        self.bias = nn.Parameter(torch.zeros(c_out)) if bias else None
        self.weight_gain = equalized_gain(c_in * kernel * kernel)
        self.activation, self.down, self.gain = activation, down, gain
        self.padding = kernel // 2

    def forward(self, x: Tensor) -> Tensor:
        x = F.conv2d(x, self.weight * self.weight_gain, padding=self.padding)
        if self.down:
            x = downsample2x(x)
        if self.bias is not None:
            x = x + self.bias.view(1, -1, 1, 1)
        if self.activation:
            x = F.leaky_relu(x, 0.2) * LRELU_GAIN
        return x * self.gain if self.gain != 1.0 else x


class MappingNetwork(nn.Module):
    """z (and the label's embedding) → w: StyleGAN's mapping network with λ = 0.01.

    Labels enter as NVlabs' ``embed``: one-hot c through a linear layer, normalised like z and
    concatenated with it. With ``z_dim = 0`` it maps labels alone (D's projection ``cmap``).
    ``w_avg`` tracks the mean w in training (β = ``w_avg_beta``) for truncation.
    """

    w_avg: Tensor

    def __init__(
        self,
        z_dim: int,
        n_classes: int,
        w_dim: int,
        num_layers: int,
        *,
        lr_multiplier: float = 0.01,
        w_avg_beta: float | None = 0.995,
    ):
        super().__init__()
        self.z_dim, self.n_classes, self.w_dim = z_dim, n_classes, w_dim
        self.embed = EqualLinear(n_classes, w_dim) if n_classes else None
        features = [z_dim + (w_dim if n_classes else 0)] + [w_dim] * num_layers
        self.layers = nn.Sequential(
            *[
                EqualLinear(a, b, lr_multiplier=lr_multiplier, activation=True)
                for a, b in itertools.pairwise(features)
            ]
        )
        self.w_avg_beta = w_avg_beta
        self.register_buffer("w_avg", torch.zeros(w_dim))

    def forward(self, z: Tensor | None, y: Tensor | None = None, psi: float = 1.0) -> Tensor:
        parts = []
        if self.z_dim:
            assert z is not None
            parts.append(normalize_2nd_moment(z.float()))
        if self.embed is not None:
            assert y is not None, "a conditional mapping network needs labels"
            onehot = F.one_hot(y.long(), self.n_classes).to(self.embed.weight.dtype)
            parts.append(normalize_2nd_moment(self.embed(onehot)))
        w = self.layers(torch.cat(parts, dim=1))
        if self.w_avg_beta is not None and self.training:
            with torch.no_grad():
                self.w_avg.copy_(w.detach().float().mean(0).lerp(self.w_avg, self.w_avg_beta))
        if psi != 1.0:
            w = self.w_avg.to(w.dtype).lerp(w, psi)
        return w


class ModulatedConv(nn.Module):
    """Synthesis layer: affine style A(w) (bias 1), modulated 3×3 conv, noise, bias, lrelu.

    ``up``: 2× upsampling before the conv (NVlabs fuses it into a transposed conv, filtered
    after; the same linear operator up to the borders).
    """

    def __init__(self, c_in: int, c_out: int, w_dim: int, resolution: int, up: bool = False):
        super().__init__()
        self.affine = EqualLinear(w_dim, c_in, bias_init=1.0)
        self.weight = nn.Parameter(torch.randn(c_out, c_in, 3, 3))
        self.bias = nn.Parameter(torch.zeros(c_out))
        self.noise_strength = nn.Parameter(torch.zeros(()))
        self.up, self.resolution = up, resolution

    def forward(self, x: Tensor, w: Tensor) -> Tensor:
        if self.up:
            x = upsample2x(x)
        x = modulated_conv2d(x, self.weight, self.affine(w), demodulate=True, padding=1)
        noise = torch.randn(x.shape[0], 1, x.shape[2], x.shape[3], device=x.device, dtype=x.dtype)
        x = x + noise * self.noise_strength + self.bias.view(1, -1, 1, 1)
        return F.leaky_relu(x, 0.2) * LRELU_GAIN


class ToRGB(nn.Module):
    """1×1 modulated conv without demodulation, styles scaled by 1/√fan_in (NVlabs ToRGBLayer)."""

    def __init__(self, c_in: int, c_out: int, w_dim: int):
        super().__init__()
        self.affine = EqualLinear(w_dim, c_in, bias_init=1.0)
        self.weight = nn.Parameter(torch.randn(c_out, c_in, 1, 1))
        self.bias = nn.Parameter(torch.zeros(c_out))
        self.weight_gain = equalized_gain(c_in)

    def forward(self, x: Tensor, w: Tensor) -> Tensor:
        styles = self.affine(w) * self.weight_gain
        x = modulated_conv2d(x, self.weight, styles, demodulate=False)
        return x + self.bias.view(1, -1, 1, 1)
