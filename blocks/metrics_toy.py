"""Toy-data metrics: mode coverage, sample quality and reverse KL over the modes of a mixture.

The convention of VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018), as used for the
25-Gaussians grid and the 8-Gaussians ring, as their evaluation code computes it (PacGAN's
``MetricLogger`` in ``synthetic_data_experiments/PacGAN/pacgan/extensions.py`` of
github.com/fjxmlzn/PacGAN, on the 2500 points its ``GraphLogger`` draws:
``num_log_figure_sample: 2500`` in ``synthetic_data_experiments/2DGrid_GAN&PacGAN/config.py``):

- each sample is assigned to its **nearest** centre; it is *high quality* (HQ) when that distance is
  within ``n_std · mode_std`` (3σ = 0.15 for the grid's σ = 0.05; PacGAN's ``dis_thre=3`` on the
  σ-normalised distance). Nearest-centre assignment means a sample counts for one mode at most,
  even if radii overlap. (PacGAN tests ``< 3``, we test ``≤ 3σ``: the same almost surely.)
- ``modes_covered`` (the published rule): a mode is covered when **at least one** HQ sample is
  assigned to it (PacGAN: ``len(nonzero(detail_of_coverage))``), on ``n_samples = 2500``.
- ``modes_covered_strict``: a mode needs ``min_count = max(1, ⌈min_fraction · N⌉)`` HQ samples
  (1 % of N by default: 25 of 2500). Stricter than any paper's number: compare it only with itself.
- ``hq_fraction`` is the share of the N samples that are HQ (PacGAN's "good points percentage").
  For perfect 2-D data it is not 0.997 (the 1-D 3σ rule) but P(χ²₂ ≤ 9) = 1 − e^{−9/2} ≈ 0.9889.
- ``reverse_kl`` = KL(q ‖ p) = Σ_k q_k log(q_k · K), with q the histogram of HQ samples over the K
  modes and p uniform. **No smoothing**: in this direction an empty mode has q_k = 0 and contributes
  0 · log 0 = 0, so the value is finite and exact without any pseudo-count. It is 0 for uniform
  coverage, log(K / m) for m equally-filled modes, and log K (log 25 ≈ 3.2189) for a collapse onto
  one mode. With no HQ sample at all q is undefined and the value is NaN (``hq_fraction`` = 0 says
  why).
"""

from __future__ import annotations

import math
from typing import Any

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle, samples
from blocks.runtime import DataSource, LatentSampler, Metric
from schemas import PortType

#: generator forward passes per chunk when drawing evaluation samples
EVAL_BATCH = 4096


def mode_stats(
    samples: Tensor,
    modes: Tensor,
    std: float,
    n_std: float = 3.0,
    min_fraction: float = 0.01,
) -> dict[str, Any]:
    """Mode coverage of ``samples`` ``[N, D]`` against mixture centres ``modes`` ``[K, D]``.

    Returns ``modes_covered`` (≥ 1 HQ sample: the published rule), ``modes_covered_strict``
    (≥ ``min_count`` HQ samples), ``n_modes``, ``hq_fraction``, ``reverse_kl`` (see the module
    docstring), the thresholds used (``radius`` = n_std·std, ``min_count``, ``n_std``,
    ``min_fraction``), ``n_samples``, ``n_hq`` and the per-mode HQ ``counts`` (list of int).
    """
    x = samples.detach()
    x = (x.unsqueeze(1) if x.ndim == 1 else x.flatten(1)).float()
    m = modes.detach().to(device=x.device, dtype=torch.float32)
    if m.ndim != 2 or x.shape[1] != m.shape[1]:
        raise ValueError(
            f"samples of dimension {x.shape[1]} cannot be compared with modes of shape"
            f" {tuple(m.shape)}"
        )
    n, k = x.shape[0], m.shape[0]
    if n == 0 or k == 0:
        raise ValueError("mode_stats needs at least one sample and one mode")
    radius = n_std * std
    # exact distances (the matmul shortcut loses ~1e-3 near a centre in float32)
    dist = torch.cdist(x, m, compute_mode="donot_use_mm_for_euclid_dist")
    dmin, nearest = dist.min(dim=1)
    hq = dmin <= radius
    counts = torch.bincount(nearest[hq], minlength=k).cpu()
    min_count = max(1, math.ceil(min_fraction * n - 1e-9))
    n_hq = int(counts.sum())
    if n_hq:
        q = counts[counts > 0].double() / n_hq
        reverse_kl = float((q * torch.log(q * k)).sum())
    else:
        reverse_kl = math.nan
    return {
        "modes_covered": int((counts >= 1).sum()),
        "modes_covered_strict": int((counts >= min_count).sum()),
        "n_modes": k,
        "hq_fraction": n_hq / n,
        "reverse_kl": reverse_kl,
        "n_samples": n,
        "n_hq": n_hq,
        "radius": radius,
        "min_count": min_count,
        "n_std": n_std,
        "min_fraction": min_fraction,
        "counts": counts.tolist(),
    }


@torch.no_grad()
def generate(
    generator: nn.Module,
    latent: LatentSampler,
    n: int,
    device: torch.device,
    seed: int | None = None,
    batch: int = EVAL_BATCH,
) -> Tensor:
    """``n`` samples of ``generator`` in eval mode, in chunks, without gradients.

    The generator's train/eval mode is restored afterwards. With ``seed``, the draws come from a
    forked RNG seeded with it: the same z at every evaluation (lower-variance curves), and the
    training RNG stream is left untouched, so adding a metric never changes what is trained.
    """
    was_training = generator.training
    fork = [device] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=fork, enabled=seed is not None):
        if seed is not None:
            torch.default_generator.manual_seed(seed)
            if device.type == "cuda":
                with torch.cuda.device(device):
                    torch.cuda.manual_seed(seed)
        generator.eval()
        try:
            out = [generator(latent.sample(min(batch, n - i), device)) for i in range(0, n, batch)]
        finally:
            generator.train(was_training)
    return torch.cat(out)


def source_modes(data: Any) -> tuple[Tensor, float]:
    """The ``(modes, mode_std)`` of a data source, or a ValueError saying it has none."""
    modes = getattr(data, "modes", None)
    std = float(getattr(data, "mode_std", 0.0) or 0.0)
    if modes is None or std <= 0:
        raise ValueError(
            "metric.modes needs a toy mixture with known modes (data.gaussian_grid or"
            f" data.gaussian_ring); the data source {type(data).__name__} has none"
        )
    return modes, std


class ModesParams(BlockParams):
    n_samples: int = Field(
        2500, ge=100, le=1_000_000, description="Samples per evaluation (VEEGAN, PacGAN: 2500)."
    )
    n_std: float = Field(3.0, gt=0, le=10, description="HQ radius in mode standard deviations.")
    min_fraction: float = Field(
        0.01,
        ge=0,
        le=1,
        description="Share of samples a mode needs for modes_covered_strict (published: ≥ 1).",
    )
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


class ModesEval(Metric):
    """The built ``metric.modes``: draws samples and scores them with ``mode_stats``."""

    def __init__(self, params: ModesParams, source: Any, seed: int):
        self.p = params
        self.every = params.every
        self.source = source
        self.seed = seed
        self._last: dict[str, Any] = {}

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        modes, std = source_modes(self.source if self.source is not None else data)
        x = generate(generator, latent, self.p.n_samples, device, seed=self.seed)
        s = mode_stats(x, modes, std, self.p.n_std, self.p.min_fraction)
        self._last = s
        return {
            "modes_covered": float(s["modes_covered"]),
            "modes_covered_strict": float(s["modes_covered_strict"]),
            "hq_fraction": float(s["hq_fraction"]),
            "reverse_kl": float(s["reverse_kl"]),
        }

    def protocol(self) -> dict[str, Any]:
        modes, std = source_modes(self.source) if self.source is not None else (None, 0.0)
        out: dict[str, Any] = {
            "metric": "modes",
            "n_samples": self.p.n_samples,
            "n_std": self.p.n_std,
            "min_fraction": self.p.min_fraction,
            "min_count": max(1, math.ceil(self.p.min_fraction * self.p.n_samples - 1e-9)),
            "assignment": "nearest centre, HQ if distance <= n_std * mode_std",
            "modes_covered": ">= 1 HQ sample per mode (VEEGAN/PacGAN evaluation code)",
            "modes_covered_strict": ">= min_count HQ samples per mode (min_fraction of n_samples)",
            "reverse_kl": "KL(q||uniform) over HQ samples; empty modes contribute 0 (no smoothing)",
            "eval_seed": self.seed,
        }
        if modes is not None:
            out.update(n_modes=int(modes.shape[0]), mode_std=std, radius=self.p.n_std * std)
        return out


class ModesMetric(Block):
    """Modes covered, high-quality fraction and reverse KL on toy mixtures (VEEGAN; PacGAN).

    The published rule (PacGAN's evaluation code): of ``n_samples = 2500`` generated samples, a
    mode is covered when at least one lies within ``n_std = 3`` mode std of it (nearest-centre
    assignment). ``modes_covered_strict`` asks for ≥ ``min_fraction`` (1 %) of the samples
    instead; see ``blocks.metrics_toy``. Needs a data source with known modes
    (``data.gaussian_grid``, ``data.gaussian_ring``). Samples are drawn with a fixed seed (the
    run's) from a forked RNG, so evaluations never perturb training.
    """

    type = "metric.modes"
    title = "Mode coverage (toy)"
    paper = "Srivastava et al., VEEGAN, NeurIPS 2017; Lin et al., PacGAN, NeurIPS 2018"
    Params = ModesParams
    inputs = (
        handle("generator", PortType.GENERATOR, "The generator to evaluate."),
        samples("real", "The toy mixture whose modes are counted."),
    )
    params: ModesParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> ModesEval:
        real = ctx.inputs.get("real") or []
        source = next((r for r in real if getattr(r, "modes", None) is not None), ctx.data)
        if source is not None:
            source_modes(source)  # refuse now, with the reason, rather than at the first eval
        return ModesEval(self.params, source, ctx.run.seed)
