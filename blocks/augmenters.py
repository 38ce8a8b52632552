"""Augmenters: differentiable transforms applied with independent draws to real AND fake batches.

- ``augmenter.diffaugment``: DiffAugment (Zhao et al., NeurIPS 2020), the official
  ``DiffAugment_pytorch.py`` of mit-han-lab/data-efficient-gans (color, translation, cutout).
- ``augmenter.diffusion``: Diffusion-GAN's forward diffusion (Wang et al., ICLR 2023),
  techniques-1.md §1.1–1.2 and §1.8, with the level p driven by ``scheduler.adaptive_diffusion``.

Everything a step runs stays on the device: the random draws use the global torch RNG, the
diffusion schedule is recomputed from the level tensor each call, and nothing calls ``.item()``.
"""

from __future__ import annotations

import math
from typing import Literal

import torch
import torch.nn.functional as F
from pydantic import Field, model_validator
from torch import Tensor

from blocks.base import Block, BlockParams, BuildContext, Shape, UnsupportedShape, samples
from blocks.runtime import Augmenter, Control
from schemas import Port, PortType

AUGMENTER_PORTS_IN = (
    samples("real", "Real samples to transform."),
    samples("fake", "Generated samples to transform (independent random draws)."),
)
AUGMENTER_PORTS_OUT = (
    samples("real", "Transformed real samples (feed D.real)."),
    samples("fake", "Transformed generated samples (feed D.fake)."),
)

# --------------------------------------------------------------------------------------------
# DiffAugment (Zhao, Liu, Lin, Zhu, Han; NeurIPS 2020), as the official DiffAugment_pytorch.py
# --------------------------------------------------------------------------------------------

DiffAugmentOp = Literal["color", "translation", "cutout"]
ALL_OPS: tuple[DiffAugmentOp, ...] = ("color", "translation", "cutout")


def _per_sample_rand(x: Tensor) -> Tensor:
    return torch.rand(x.size(0), 1, 1, 1, dtype=x.dtype, device=x.device)


def rand_brightness(x: Tensor) -> Tensor:
    """x + U(−0.5, 0.5), one draw per sample."""
    return x + (_per_sample_rand(x) - 0.5)


def rand_saturation(x: Tensor) -> Tensor:
    """Scale the deviation from the channel mean by U(0, 2) (the official ``rand_color``)."""
    x_mean = x.mean(dim=1, keepdim=True)
    return (x - x_mean) * (_per_sample_rand(x) * 2) + x_mean


def rand_contrast(x: Tensor) -> Tensor:
    """Scale the deviation from the per-image mean by U(0.5, 1.5)."""
    x_mean = x.mean(dim=[1, 2, 3], keepdim=True)
    return (x - x_mean) * (_per_sample_rand(x) + 0.5) + x_mean


def rand_translation(x: Tensor, ratio: float = 0.125) -> Tensor:
    """Shift each image by an integer in [−s, s]² pixels, s = int(size·ratio + 0.5); zero padding.

    Same draws and same indexing as the official code: a 1-pixel zero border, and every source
    index outside the image is clamped onto that border, so what moves in is zero.
    """
    b, _, h, w = x.shape
    shift_x, shift_y = int(h * ratio + 0.5), int(w * ratio + 0.5)
    translation_x = torch.randint(-shift_x, shift_x + 1, size=[b, 1, 1], device=x.device)
    translation_y = torch.randint(-shift_y, shift_y + 1, size=[b, 1, 1], device=x.device)
    grid_batch, grid_x, grid_y = torch.meshgrid(
        torch.arange(b, dtype=torch.long, device=x.device),
        torch.arange(h, dtype=torch.long, device=x.device),
        torch.arange(w, dtype=torch.long, device=x.device),
        indexing="ij",
    )
    grid_x = torch.clamp(grid_x + translation_x + 1, 0, h + 1)
    grid_y = torch.clamp(grid_y + translation_y + 1, 0, w + 1)
    x_pad = F.pad(x, [1, 1, 1, 1, 0, 0, 0, 0])
    out = x_pad.permute(0, 2, 3, 1).contiguous()[grid_batch, grid_x, grid_y]
    return out.permute(0, 3, 1, 2).contiguous()


def rand_cutout(x: Tensor, ratio: float = 0.5) -> Tensor:
    """Zero a (size·ratio)² square per image, centred uniformly (it may be clipped by the border).

    Same draws as the official code. The official scatter of zeros at clamped indices equals
    zeroing the intersection of the square with the image (the square always meets the image),
    which is written here as a broadcast comparison: no scatter, no host sync.
    """
    b, _, h, w = x.shape
    cut_h, cut_w = int(h * ratio + 0.5), int(w * ratio + 0.5)
    offset_x = torch.randint(0, h + (1 - cut_h % 2), size=[b, 1, 1], device=x.device)
    offset_y = torch.randint(0, w + (1 - cut_w % 2), size=[b, 1, 1], device=x.device)
    rows = torch.arange(h, device=x.device).view(1, h, 1)
    cols = torch.arange(w, device=x.device).view(1, 1, w)
    x0, y0 = offset_x - cut_h // 2, offset_y - cut_w // 2
    inside = (rows >= x0) & (rows < x0 + cut_h) & (cols >= y0) & (cols < y0 + cut_w)
    mask = (~inside).to(x.dtype)
    return x * mask.unsqueeze(1)


class DiffAugmentModule(Augmenter):
    """Applies the policy's ops in order; ``forward(x) -> (x_aug, None)``."""

    def __init__(self, policy: list[str], translation_ratio: float, cutout_ratio: float):
        super().__init__()
        self.policy = tuple(policy)
        self.translation_ratio = float(translation_ratio)
        self.cutout_ratio = float(cutout_ratio)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:
        for op in self.policy:
            if op == "color":
                x = rand_contrast(rand_saturation(rand_brightness(x)))
            elif op == "translation":
                x = rand_translation(x, self.translation_ratio)
            elif op == "cutout":
                x = rand_cutout(x, self.cutout_ratio)
        return x, None

    def extra_repr(self) -> str:
        return (
            f"policy={list(self.policy)}, translation_ratio={self.translation_ratio}, "
            f"cutout_ratio={self.cutout_ratio}"
        )


class DiffAugmentParams(BlockParams):
    policy: list[DiffAugmentOp] = Field(
        default_factory=lambda: list(ALL_OPS),
        description="Ops applied in this order: color (brightness, saturation, contrast), "
        "translation, cutout. Images [C,H,W] only.",
    )
    translation_ratio: float = Field(
        0.125, ge=0, le=1, description="Largest shift as a fraction of the image size (1/8)."
    )
    cutout_ratio: float = Field(
        0.5, ge=0, le=1, description="Side of the zeroed square as a fraction of the size (1/2)."
    )


class DiffAugmentBlock(Block):
    """DiffAugment: differentiable color, translation and cutout (Zhao et al., NeurIPS 2020).

    The same random transform family is applied to real and fake batches, with independent draws
    (the compiler calls the module once per side), and G is trained through it. A line-for-line
    port of the official ``DiffAugment_pytorch.py`` (mit-han-lab/data-efficient-gans): color =
    brightness U(−½,½), saturation ×U(0,2), contrast ×U(½,3/2); translation by up to
    ``int(size·ratio + ½)`` pixels with zero padding; cutout of an ``int(size·ratio + ½)`` square.
    The ops are defined for images only: 2-D toy data is refused at validation.
    """

    type = "augmenter.diffaugment"
    title = "DiffAugment"
    paper = "Zhao et al., Differentiable Augmentation for Data-Efficient GAN Training, NeurIPS 2020"
    Params = DiffAugmentParams
    inputs = AUGMENTER_PORTS_IN
    outputs = AUGMENTER_PORTS_OUT
    params: DiffAugmentParams

    def _check_shape(self, shape: Shape | None) -> None:
        if shape is None or not self.params.policy:
            return
        if len(shape) != 3:
            raise UnsupportedShape(
                f"DiffAugment's {', '.join(self.params.policy)} work on images [C,H,W]; "
                f"these samples have shape {list(shape)}. For vector (toy) data use "
                "augmenter.diffusion, or leave the policy empty"
            )

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        for port in ("real", "fake"):
            self._check_shape(shapes.get(port))
        return super().infer(shapes, data_shape)

    def build(self, ctx: BuildContext) -> DiffAugmentModule:
        self._check_shape(ctx.shapes.get("real", ctx.data_shape))
        p = self.params
        return DiffAugmentModule(list(p.policy), p.translation_ratio, p.cutout_ratio)


# --------------------------------------------------------------------------------------------
# Diffusion-GAN forward diffusion (Wang, Zheng, He, Chen, Zhou; ICLR 2023)
# --------------------------------------------------------------------------------------------

BetaSchedule = Literal["linear", "quad", "const", "jsd", "sigmoid", "cosine", "continuous_t"]
TDist = Literal["priority_code", "priority", "uniform"]


def schedule_dtype(device: torch.device) -> torch.dtype:
    """float64 for the (tiny) schedule vectors where the device has it, else float32 (MPS)."""
    return torch.float32 if device.type == "mps" else torch.float64


def _linspace_at(start: float, end: float, i: Tensor, T: Tensor) -> Tensor:
    """Entry i (1-based) of ``linspace(start, end, T)``; ``T = 1`` gives ``start`` as numpy does."""
    return start + (end - start) * (i - 1) / (T - 1).clamp_min(1)


def _cosine_f(u: Tensor, s: float = 0.008) -> Tensor:
    return torch.cos((u + s) / (1 + s) * math.pi * 0.5) ** 2


def betas_for_T(
    schedule: BetaSchedule, i: Tensor, T: Tensor, beta_start: float, beta_end: float
) -> Tensor:
    """β_i of ``get_beta_schedule(schedule, beta_start, beta_end, T)`` at steps ``i`` (1-based).

    ``T`` is a (device) tensor, so the schedule follows the current T without a host sync.
    Only entries with ``i ≤ T`` are meaningful; callers mask the rest.
    """
    if schedule == "linear":
        return _linspace_at(beta_start, beta_end, i, T)
    if schedule == "quad":
        return _linspace_at(beta_start**0.5, beta_end**0.5, i, T) ** 2
    if schedule == "const":
        return torch.full_like(i, beta_end)
    if schedule == "jsd":  # 1/T, 1/(T−1), …, 1
        return 1.0 / (T - i + 1)
    if schedule == "sigmoid":
        return torch.sigmoid(_linspace_at(-6.0, 6.0, i, T)) * (beta_end - beta_start) + beta_start
    if schedule == "cosine":  # Nichol & Dhariwal 2021, s = 0.008, clipped at 0.999
        return (1 - _cosine_f(i / T) / _cosine_f((i - 1) / T)).clamp(0.0, 0.999)
    if schedule == "continuous_t":
        b_max, b_min = 5.0, 0.1
        return 1 - torch.exp(-b_min / T - 0.5 * (b_max - b_min) * (2 * i - 1) / T**2)
    raise ValueError(f"unknown beta schedule {schedule!r}")


def log_alphas_cumprod(
    schedule: BetaSchedule, T: Tensor, steps: Tensor, beta_start: float, beta_end: float
) -> Tensor:
    """log ᾱ_t for t = 0..t_max (``steps`` = 1..t_max), with ᾱ_0 = 1 and β rebuilt for T.

    Cumulative log-sums over the t_max-long vector masked to T: entries past T repeat log ᾱ_T
    (they are never indexed, since t ≤ T). ᾱ_t = 0 (a β of 1, e.g. ``jsd`` at t = T) is −inf.
    """
    T = T.to(steps.dtype)
    beta = betas_for_T(schedule, steps, T, beta_start, beta_end).clamp(0.0, 1.0)
    log_alpha = torch.where(steps <= T, torch.log1p(-beta), torch.zeros_like(beta))
    return torch.cat([log_alpha.new_zeros(1), torch.cumsum(log_alpha, 0)])


def level_to_T(p: Tensor, t_min: int, t_max: int) -> Tensor:
    """T = clip(t_min + round(p·(t_max − t_min)), t_min, t_max) as a 0-d int64 tensor.

    ``torch.round`` rounds half to even, as Python's ``round`` in the official ``update_T``.
    """
    p = p.to(schedule_dtype(p.device))
    return (t_min + torch.round(p * (t_max - t_min))).clamp(t_min, t_max).to(torch.long)


def t_weights(t_dist: TDist, steps: Tensor, T: Tensor) -> Tensor:
    """Unnormalised π(t) on t = 1..t_max, zero past T.

    - ``priority`` (paper, Eq. 11): π(t) ∝ t.
    - ``priority_code`` (official code's ``priority``): ``arange(T)/sum`` over values 1..T, so
      π(t) ∝ t − 1 and t = 1 is never drawn.
    - ``uniform``: π(t) = 1/T.
    """
    if t_dist == "priority":
        w = steps
    elif t_dist == "priority_code":
        w = steps - 1
    elif t_dist == "uniform":
        w = torch.ones_like(steps)
    else:
        raise ValueError(f"unknown t distribution {t_dist!r}")
    return torch.where(steps <= T.to(steps.dtype), w, torch.zeros_like(w))


def sample_timesteps(
    n: int, T: Tensor, steps: Tensor, t_dist: TDist, clean_fraction: float
) -> Tensor:
    """n i.i.d. draws of t ∈ {0..T} from clean_fraction·𝟙[t=0] + (1 − clean_fraction)·π(t).

    Inverse-CDF sampling on the device (``searchsorted``); returns int64 ``[n]``. If π has no
    mass (``priority_code`` with T = 1) the noised draws fall back to t = T.
    """
    cdf = torch.cumsum(t_weights(t_dist, steps, T), 0)
    u = torch.rand(n, dtype=cdf.dtype, device=cdf.device) * cdf[-1]
    t = (torch.searchsorted(cdf, u, right=True) + 1).minimum(T.to(torch.long))
    clean = torch.rand(n, device=cdf.device) < clean_fraction
    return torch.where(clean, torch.zeros_like(t), t)


def q_sample(
    x: Tensor, t: Tensor, log_abar: Tensor, noise_std: float, noise: Tensor | None = None
) -> Tensor:
    """y = √ᾱ_t·x + √(1 − ᾱ_t)·σ·ε, ε ~ N(0, I) (per sample t, any sample shape).

    Differentiable w.r.t. x (ε is a constant sample): G trains through it. t = 0 returns x.
    """
    la = log_abar[t].view(-1, *([1] * (x.dim() - 1)))
    sqrt_abar = torch.exp(0.5 * la).to(x.dtype)
    sqrt_one_minus = torch.sqrt(-torch.expm1(la)).to(x.dtype)
    if noise is None:
        noise = torch.randn_like(x)
    return sqrt_abar * x + sqrt_one_minus * (noise_std * noise)


class DiffusionAugment(Augmenter):
    """Forward diffusion with T following a level p: ``forward(x) -> (y, t)``, t int64 ``[B]``.

    ``level`` is the Control a scheduler drives (its ``value`` is read on every call, on device);
    without one the level is the constant buffer ``fixed_p``.
    """

    fixed_p: Tensor
    steps: Tensor

    def __init__(
        self,
        *,
        beta_schedule: BetaSchedule,
        beta_start: float,
        beta_end: float,
        t_min: int,
        t_max: int,
        noise_std: float,
        t_dist: TDist,
        clean_fraction: float,
        fixed_level: float,
        level: Control | None,
        device: torch.device,
    ):
        super().__init__()
        self.beta_schedule: BetaSchedule = beta_schedule
        self.beta_start, self.beta_end = float(beta_start), float(beta_end)
        self.t_min, self.t_max = int(t_min), int(t_max)
        self.noise_std = float(noise_std)
        self.t_dist: TDist = t_dist
        self.clean_fraction = float(clean_fraction)
        self.level = level
        dtype = schedule_dtype(device)
        self.register_buffer(
            "steps", torch.arange(1, self.t_max + 1, dtype=dtype, device=device), persistent=False
        )
        self.register_buffer("fixed_p", torch.tensor(float(fixed_level), device=device))

    def p(self) -> Tensor:
        """The current level (a 0-d device tensor)."""
        return self.level.value if self.level is not None else self.fixed_p

    def T(self) -> Tensor:
        """The current number of diffusion steps (0-d int64 device tensor)."""
        return level_to_T(self.p(), self.t_min, self.t_max)

    def log_alphas_cumprod(self, T: Tensor | None = None) -> Tensor:
        """log ᾱ_t, t = 0..t_max, for the current T (or the given one)."""
        T = self.T() if T is None else T
        return log_alphas_cumprod(self.beta_schedule, T, self.steps, self.beta_start, self.beta_end)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:
        T = self.T()
        t = sample_timesteps(x.shape[0], T, self.steps, self.t_dist, self.clean_fraction)
        return q_sample(x, t, self.log_alphas_cumprod(T), self.noise_std), t

    def stats(self) -> dict[str, Tensor]:
        return {"T": self.T(), "p": self.p()}

    def extra_repr(self) -> str:
        return (
            f"schedule={self.beta_schedule}, beta=[{self.beta_start}, {self.beta_end}], "
            f"t=[{self.t_min}, {self.t_max}], noise_std={self.noise_std}, t_dist={self.t_dist}, "
            f"clean_fraction={self.clean_fraction}"
        )


class DiffusionParams(BlockParams):
    beta_schedule: BetaSchedule = Field(
        "linear", description="β schedule over T steps (the authors always use linear)."
    )
    beta_start: float = Field(1e-4, gt=0, lt=1, description="β_1 (linear, quad, sigmoid).")
    beta_end: float = Field(2e-2, gt=0, lt=1, description="β_T (linear, quad, sigmoid, const).")
    t_min: int = Field(10, ge=1, le=100_000, description="T at level p = 0 (the start).")
    t_max: int = Field(1000, ge=1, le=100_000, description="T at level p = 1.")
    noise_std: float = Field(
        0.05,
        ge=0,
        le=100,
        description="σ of the added noise (code: 0.05 for images; use 0.5–1 for 2-D toy data).",
    )
    t_dist: TDist = Field(
        "priority_code",
        description="π(t) over 1..T: priority_code (official code, ∝ t−1), priority (paper, ∝ t), "
        "uniform.",
    )
    clean_fraction: float = Field(
        0.5, ge=0, le=1, description="Share of samples left clean, t = 0 (code: 0.5; paper: 0)."
    )
    fixed_level: float = Field(
        0.0, ge=0, le=1, description="Constant level p when no scheduler drives 'level'."
    )

    @model_validator(mode="after")
    def _t_range(self) -> DiffusionParams:
        if self.t_min > self.t_max:
            raise ValueError(f"t_min ({self.t_min}) must not exceed t_max ({self.t_max})")
        return self


class DiffusionBlock(Block):
    """Diffusion-GAN's forward diffusion of real and fake before D (Wang et al., ICLR 2023).

    y = √ᾱ_t·x + √(1 − ᾱ_t)·σ·ε with ᾱ_t = ∏_{s≤t}(1 − β_s), β rebuilt for the current
    T = t_min + round(p·(t_max − t_min)) as the official ``update_T`` does, and ᾱ_0 = 1 (t = 0 is
    clean). The level p comes from ``scheduler.adaptive_diffusion`` through ``level`` (without it,
    ``fixed_level``). t is drawn per sample from clean_fraction·𝟙[t=0] + (1 − clean_fraction)·π(t).

    Defaults are diffusion-stylegan2's (``train.py``): linear β 1e-4 → 2e-2, T ∈ [10, 1000],
    σ = 0.05, ``t_dist = priority_code`` (what the official ``priority`` setting computes:
    π(t) ∝ t − 1; the paper's π(t) ∝ t is ``priority``). σ = 0.05 suits images in [−1, 1]; for
    2-D toy data (scale ≈ 4) use σ ≈ 0.5–1, else the chain mostly shrinks the data.

    Deviation, same marginal: the official code draws 32 t values into a 64-entry table ``t_epl``
    (the other 32 are 0) at each T update and then picks each sample's t uniformly from that
    table; here every sample's t is an i.i.d. draw from the mixture, on the device.
    The Projected-GAN option ``per_channel_t`` is not offered: the Timestep port is one t per
    sample. Emits ``t`` with metadata ``t_max`` for a t-conditioned discriminator.
    """

    type = "augmenter.diffusion"
    title = "Diffusion (Diffusion-GAN)"
    paper = "Wang et al., Diffusion-GAN: Training GANs with Diffusion, ICLR 2023"
    Params = DiffusionParams
    inputs = (
        *AUGMENTER_PORTS_IN,
        Port(
            name="level",
            type=PortType.CONTROL,
            required=False,
            doc="Level p ∈ [0, 1] from scheduler.adaptive_diffusion (unwired: fixed_level).",
        ),
    )
    outputs = (
        *AUGMENTER_PORTS_OUT,
        Port(
            name="t",
            type=PortType.TIMESTEP,
            doc="Per-sample diffusion step (0 = clean); wire to D.t for the full version.",
        ),
    )
    params: DiffusionParams

    def output_meta(self) -> dict[str, dict[str, object]]:
        return {"t": {"t_max": self.params.t_max}}

    def build(self, ctx: BuildContext) -> DiffusionAugment:
        p = self.params
        return DiffusionAugment(
            beta_schedule=p.beta_schedule,
            beta_start=p.beta_start,
            beta_end=p.beta_end,
            t_min=p.t_min,
            t_max=p.t_max,
            noise_std=p.noise_std,
            t_dist=p.t_dist,
            clean_fraction=p.clean_fraction,
            fixed_level=p.fixed_level,
            level=ctx.one("level") if ctx.connected("level") else None,
            device=ctx.device,
        )


AUGMENTER_BLOCKS = [DiffAugmentBlock, DiffusionBlock]
