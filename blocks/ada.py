"""ADA's augmentation pipeline (Karras et al., NeurIPS 2020): ``augmenter.ada``.

Three groups, in the order of StyleGAN2-ADA's ``training/augment.py``, each op applied per
sample with probability p·multiplier (p from ``scheduler.ada``, or a fixed level):

- pixel blitting: x-flip, 90° rotations, integer translation (± ``xint_max`` of the size);
- general geometric: isotropic scaling 2^N(0, 0.2²), rotation U(−π, π) (before and after the
  anisotropic scaling, each with p_rot = 1 − √(1 − p), so P(any rotation) = p), anisotropic
  scaling 2^N(0, 0.2²), fractional translation N(0, 0.125²)·size;
- colour: brightness N(0, 0.2²), contrast 2^N(0, 0.5²), luma flip, hue rotation U(−π, π),
  saturation 2^N(0, 1) — one 4×4 colour matrix per sample (hue and saturation act on RGB only).

Everything is differentiable in the image (G trains through it) and stays on the device.
Deviations, stated: the pixel-blitting ops are exact index operations (reflect padding for the
translation) rather than part of the resampled matrix, so at p = 1 a flip is exactly a flip;
the general geometric ops resample with bilinear ``grid_sample`` and reflection padding instead
of the official 2× upsampling with the sym6 wavelet filter. The filtering and corruption
groups (imgfilter, noise, cutout) are not offered.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor

from blocks.augmenters import AUGMENTER_PORTS_IN, AUGMENTER_PORTS_OUT
from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape
from blocks.runtime import Augmenter, Control
from schemas import Port, PortType

# -- pixel blitting (exact) -------------------------------------------------------------------


def translate_reflect(x: Tensor, tx: Tensor, ty: Tensor, pad: int) -> Tensor:
    """Shift each image by integer (tx, ty) pixels (|t| ≤ pad; x right, y down), reflect padding.

    ``out[..., i, j] = x_pad[..., i − ty + pad, j − tx + pad]``: a gather, so the gradient
    reaches ``x``. ``pad`` must be below the image size (reflect padding).
    """
    b, _, h, w = x.shape
    if pad == 0:
        return x
    x_pad = F.pad(x, [pad, pad, pad, pad], mode="reflect")
    rows = torch.arange(h, device=x.device).view(1, h, 1) - ty.view(b, 1, 1) + pad
    cols = torch.arange(w, device=x.device).view(1, 1, w) - tx.view(b, 1, 1) + pad
    batch = torch.arange(b, device=x.device).view(b, 1, 1)
    out = x_pad.permute(0, 2, 3, 1)[batch, rows, cols]  # [B, H, W, C]
    return out.permute(0, 3, 1, 2).contiguous()


def blit(
    x: Tensor, flip: Tensor, quarter_turns: Tensor, tx: Tensor, ty: Tensor, pad: int
) -> Tensor:
    """x-flip (flip = 1), then k counter-clockwise 90° turns (k = quarter_turns), then an integer
    translation; per sample, exactly. Images must be square when any k ≠ 0."""
    view = (-1, *([1] * (x.dim() - 1)))
    x = torch.where(flip.view(view).bool(), x.flip(-1), x)
    turned = [x, *(torch.rot90(x, k, dims=(-2, -1)) for k in (1, 2, 3))]
    k = quarter_turns.long().view(view)
    out = turned[0]
    for i in (1, 2, 3):
        out = torch.where(k == i, turned[i], out)
    return translate_reflect(out, tx.long(), ty.long(), pad)


# -- general geometric (resampled) ------------------------------------------------------------


def _affine(a: Tensor, b: Tensor, c: Tensor, d: Tensor, e: Tensor, f: Tensor) -> Tensor:
    """[B, 3, 3] homogeneous matrices [[a, b, c], [d, e, f], [0, 0, 1]]."""
    zero, one = torch.zeros_like(a), torch.ones_like(a)
    rows = [torch.stack(r, -1) for r in ((a, b, c), (d, e, f), (zero, zero, one))]
    return torch.stack(rows, -2)


def scale_inv(sx: Tensor, sy: Tensor) -> Tensor:
    """Inverse of scaling by (sx, sy) about the centre."""
    z = torch.zeros_like(sx)
    return _affine(1 / sx, z, z, z, 1 / sy, z)


def rotate_inv(theta: Tensor) -> Tensor:
    """Inverse of a rotation by θ (image coordinates, y down)."""
    c, s, z = torch.cos(theta), torch.sin(theta), torch.zeros_like(theta)
    return _affine(c, s, z, -s, c, z)


def translate_inv(tx: Tensor, ty: Tensor) -> Tensor:
    """Inverse of a translation by (tx, ty) pixels."""
    o, z = torch.ones_like(tx), torch.zeros_like(tx)
    return _affine(o, z, -tx, z, o, -ty)


def resample(x: Tensor, g_inv: Tensor) -> Tensor:
    """Output pixel q samples the input at G⁻¹·q (pixel units, origin at the image centre).

    Bilinear, reflection padding; pixel units become ``affine_grid``'s [−1, 1] coordinates by
    diag(2/W, 2/H)·G⁻¹·diag(W/2, H/2).
    """
    _, _, h, w = x.shape
    to_norm = torch.diag(torch.tensor([2.0 / w, 2.0 / h, 1.0], dtype=x.dtype, device=x.device))
    from_norm = torch.diag(torch.tensor([w / 2.0, h / 2.0, 1.0], dtype=x.dtype, device=x.device))
    theta = (to_norm @ g_inv.to(x.dtype) @ from_norm)[:, :2, :]
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


# -- colour -----------------------------------------------------------------------------------


def luma_axis(dtype: torch.dtype, device: torch.device) -> Tensor:
    return torch.tensor([1.0, 1.0, 1.0, 0.0], dtype=dtype, device=device) / math.sqrt(3)


def rotate_about(v: Tensor, theta: Tensor) -> Tensor:
    """[B, 4, 4] rotations by θ about the unit axis v (Rodrigues), homogeneous."""
    vx, vy, vz = v[0], v[1], v[2]
    s, c = torch.sin(theta), torch.cos(theta)
    cc = 1 - c
    z, o = torch.zeros_like(theta), torch.ones_like(theta)
    rows = (
        (vx * vx * cc + c, vx * vy * cc - vz * s, vx * vz * cc + vy * s, z),
        (vy * vx * cc + vz * s, vy * vy * cc + c, vy * vz * cc - vx * s, z),
        (vz * vx * cc - vy * s, vz * vy * cc + vx * s, vz * vz * cc + c, z),
        (z, z, z, o),
    )
    return torch.stack([torch.stack(r, -1) for r in rows], -2)


def color_matrix(
    brightness: Tensor, contrast: Tensor, lumaflip: Tensor, hue: Tensor, saturation: Tensor
) -> Tensor:
    """C = S(saturation)·R(hue)·L(lumaflip)·K(contrast)·T(brightness): [B, 4, 4], applied as
    C·[r, g, b, 1] (ADA's order). lumaflip ∈ {0, 1} is the Householder reflection I − 2vvᵀ."""
    b = brightness.shape[0]
    dtype, device = brightness.dtype, brightness.device
    eye = torch.eye(4, dtype=dtype, device=device).expand(b, 4, 4)
    v = luma_axis(dtype, device)
    vv = torch.outer(v, v)
    C = eye.clone()
    C[:, :3, 3] = brightness.view(b, 1)
    C = torch.diag_embed(torch.stack([contrast] * 3 + [torch.ones_like(contrast)], -1)) @ C
    C = (eye - 2 * vv * lumaflip.view(b, 1, 1)) @ C
    C = rotate_about(v, hue) @ C
    return (vv + (eye - vv) * saturation.view(b, 1, 1)) @ C


def apply_color(x: Tensor, C: Tensor) -> Tensor:
    """C on RGB images; on one channel, the mean of C's colour rows (ADA's grey path)."""
    b, ch, h, w = x.shape
    flat = x.reshape(b, ch, h * w)
    C = C.to(x.dtype)
    if ch == 3:
        out = C[:, :3, :3] @ flat + C[:, :3, 3:]
    elif ch == 1:
        grey = C[:, :3, :].mean(dim=1, keepdim=True)
        out = flat * grey[:, :, :3].sum(dim=2, keepdim=True) + grey[:, :, 3:]
    else:
        raise ValueError(f"ADA's colour ops need 1 or 3 channels, not {ch}")
    return out.reshape(b, ch, h, w)


# -- the pipeline -----------------------------------------------------------------------------


class ADAParams(BlockParams):
    xflip: float = Field(1.0, ge=0, le=1, description="Probability multiplier: x-flip.")
    rotate90: float = Field(1.0, ge=0, le=1, description="Probability multiplier: 90° turns.")
    xint: float = Field(1.0, ge=0, le=1, description="Probability multiplier: integer shift.")
    scale: float = Field(1.0, ge=0, le=1, description="Probability multiplier: isotropic scale.")
    rotate: float = Field(1.0, ge=0, le=1, description="Probability multiplier: rotation.")
    aniso: float = Field(1.0, ge=0, le=1, description="Probability multiplier: anisotropic scale.")
    xfrac: float = Field(1.0, ge=0, le=1, description="Probability multiplier: fractional shift.")
    brightness: float = Field(1.0, ge=0, le=1, description="Probability multiplier: brightness.")
    contrast: float = Field(1.0, ge=0, le=1, description="Probability multiplier: contrast.")
    lumaflip: float = Field(1.0, ge=0, le=1, description="Probability multiplier: luma flip.")
    hue: float = Field(1.0, ge=0, le=1, description="Probability multiplier: hue (RGB only).")
    saturation: float = Field(1.0, ge=0, le=1, description="Probability multiplier: saturation.")
    xint_max: float = Field(0.125, ge=0, le=0.5, description="Largest integer shift / size.")
    scale_std: float = Field(0.2, ge=0, le=4, description="log2 std of isotropic scaling.")
    rotate_max: float = Field(1.0, ge=0, le=1, description="Rotation range, 1 = full circle.")
    aniso_std: float = Field(0.2, ge=0, le=4, description="log2 std of anisotropic scaling.")
    xfrac_std: float = Field(0.125, ge=0, le=1, description="Std of fractional shift / size.")
    brightness_std: float = Field(0.2, ge=0, le=4, description="Std of the brightness offset.")
    contrast_std: float = Field(0.5, ge=0, le=4, description="log2 std of contrast.")
    hue_max: float = Field(1.0, ge=0, le=1, description="Hue rotation range, 1 = full circle.")
    saturation_std: float = Field(1.0, ge=0, le=4, description="log2 std of saturation.")
    fixed_p: float = Field(
        0.0, ge=0, le=1, description="Constant p when no scheduler drives 'level'."
    )


class ADAPipeline(Augmenter):
    """``forward(x) -> (x_aug, None)``; p is read from ``level`` (or ``fixed_p``) on every call."""

    fixed: Tensor

    def __init__(self, p: ADAParams, level: Control | None, device: torch.device):
        super().__init__()
        self.cfg = p
        self.level = level
        self.register_buffer("fixed", torch.tensor(float(p.fixed_p), device=device))

    def p(self) -> Tensor:
        return self.level.value if self.level is not None else self.fixed

    def _chance(self, n: int, multiplier: float, p: Tensor) -> Tensor:
        """Per-sample Bernoulli(p·multiplier) as a bool ``[n]``."""
        return torch.rand(n, device=p.device) < multiplier * p

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:
        c, p = self.cfg, self.p()
        n, dev = x.shape[0], x.device
        on = self._chance

        # pixel blitting
        flip = torch.floor(torch.rand(n, device=dev) * 2) * on(n, c.xflip, p)
        turns = torch.floor(torch.rand(n, device=dev) * 4) * on(n, c.rotate90, p)
        h, w = x.shape[-2:]
        t = (torch.rand(n, 2, device=dev) * 2 - 1) * c.xint_max * on(n, c.xint, p).view(n, 1)
        tx, ty = torch.round(t[:, 0] * w), torch.round(t[:, 1] * h)
        pad = min(math.ceil(c.xint_max * max(h, w)), min(h, w) - 1)
        x = blit(x, flip, turns, tx.clamp(-pad, pad), ty.clamp(-pad, pad), pad)

        # general geometric: one matrix per sample, resampled once where it is not the identity
        one, zero = torch.ones(n, device=dev), torch.zeros(n, device=dev)
        m_scale, m_aniso, m_frac = on(n, c.scale, p), on(n, c.aniso, p), on(n, c.xfrac, p)
        p_rot = 1 - torch.sqrt((1 - c.rotate * p).clamp(0, 1))  # P(pre or post) = p·rotate
        m_pre, m_post = on(n, 1.0, p_rot), on(n, 1.0, p_rot)
        s = torch.where(m_scale, torch.exp2(torch.randn(n, device=dev) * c.scale_std), one)
        pre = (torch.rand(n, device=dev) * 2 - 1) * math.pi * c.rotate_max
        a = torch.where(m_aniso, torch.exp2(torch.randn(n, device=dev) * c.aniso_std), one)
        post = (torch.rand(n, device=dev) * 2 - 1) * math.pi * c.rotate_max
        frac = torch.randn(n, 2, device=dev) * c.xfrac_std * m_frac.view(n, 1)
        g_inv = (
            scale_inv(s, s)
            @ rotate_inv(torch.where(m_pre, pre, zero))
            @ scale_inv(a, 1 / a)
            @ rotate_inv(torch.where(m_post, post, zero))
            @ translate_inv(frac[:, 0] * w, frac[:, 1] * h)
        )
        # untouched samples stay bit-exact (bilinear at pixel centres is exact only up to rounding)
        moved = m_scale | m_pre | m_aniso | m_post | m_frac
        x = torch.where(moved.view(n, 1, 1, 1), resample(x, g_inv), x)

        # colour: one matrix per sample
        m_bright, m_contrast, m_luma = (
            on(n, c.brightness, p),
            on(n, c.contrast, p),
            on(n, c.lumaflip, p),
        )
        m_hue, m_sat = on(n, c.hue, p), on(n, c.saturation, p)
        if x.shape[1] != 3:  # hue and saturation leave grey images unchanged (ADA skips them)
            m_hue, m_sat = torch.zeros_like(m_hue), torch.zeros_like(m_sat)
        bright = torch.where(m_bright, torch.randn(n, device=dev) * c.brightness_std, zero)
        contrast = torch.where(
            m_contrast, torch.exp2(torch.randn(n, device=dev) * c.contrast_std), one
        )
        luma = torch.floor(torch.rand(n, device=dev) * 2) * m_luma
        hue = torch.where(m_hue, (torch.rand(n, device=dev) * 2 - 1) * math.pi * c.hue_max, zero)
        sat = torch.where(m_sat, torch.exp2(torch.randn(n, device=dev) * c.saturation_std), one)
        colored = apply_color(x, color_matrix(bright, contrast, luma, hue, sat))
        recolored = m_bright | m_contrast | m_luma | m_hue | m_sat
        return torch.where(recolored.view(n, 1, 1, 1), colored, x), None

    def stats(self) -> dict[str, Tensor]:
        return {"p": self.p()}


class ADABlock(Block):
    """ADA: pixel blitting, geometric and colour augmentation with probability p (Karras et al.).

    StyleGAN2-ADA's pipeline (``training/augment.py``, config ``bgc``) on the reals and the fakes
    of both the D and the G step (it is not one-sided: G trains through it), every op drawn per
    sample with probability p·multiplier. Wire ``scheduler.ada``'s ``control`` into ``level`` for
    the adaptive p; unwired, p = ``fixed_p``. Images [C, H, W] with 1 or 3 channels; 90° turns
    need square images. See the module docstring for the stated deviations.
    """

    type = "augmenter.ada"
    title = "ADA augment"
    paper = "Karras et al., Training Generative Adversarial Networks with Limited Data, 2020"
    Params = ADAParams
    inputs = (
        *AUGMENTER_PORTS_IN,
        Port(
            name="level",
            type=PortType.CONTROL,
            required=False,
            doc="Augmentation probability p from scheduler.ada (unwired: fixed_p).",
        ),
    )
    outputs = AUGMENTER_PORTS_OUT
    params: ADAParams

    def _check_shape(self, shape: Shape | None) -> None:
        if shape is None:
            return
        if len(shape) != 3 or shape[0] not in (1, 3):
            raise UnsupportedShape(
                f"ADA works on images [C,H,W] with 1 or 3 channels; these samples have shape "
                f"{list(shape)}. For vector (toy) data use augmenter.diffusion"
            )
        if self.params.rotate90 > 0 and shape[1] != shape[2]:
            raise UnsupportedShape(
                f"ADA's 90° rotations need square images, not {shape[1]}×{shape[2]}: "
                "set rotate90 to 0"
            )

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        for port in ("real", "fake"):
            self._check_shape(shapes.get(port))
        return super().infer(shapes, data_shape)

    def build(self, ctx: BuildContext) -> ADAPipeline:
        self._check_shape(ctx.shapes.get("real", ctx.data_shape))
        level = ctx.one("level") if ctx.connected("level") else None
        return ADAPipeline(self.params, level, ctx.device)


ADA_BLOCKS = [ADABlock]
