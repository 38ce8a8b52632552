"""Diagnostics math: Lipschitz estimates, Jacobian spectra, diversity, windowed statistics, NTK.

- Bi-Lipschitz diagnostics (Behrmann, Vicol, Wang, Grosse, Jacobsen, "Understanding and
  Mitigating Exploding Inverses in Invertible Neural Networks", AISTATS 2021; techniques-2 §12):
  ratios ‖f(a) − f(b)‖/‖a − b‖ over sampled pairs (their max is an empirical lower bound on
  Lip(f); for an invertible f, 1/min is one on Lip(f⁻¹)), σ_max of the Jacobian by power
  iteration with JVP/VJP, σ_min of an invertible map as 1/σ_max(J_{f⁻¹}), the reconstruction
  error ‖z − f⁻¹(f(z))‖/‖z‖.
- Failure-mode statistics (Saad, O'Reilly, Rehmani, arXiv 2201.07646; techniques-2 §13, the
  measurable forms are the spec's proposals): the intra-batch diversity ratio and the spread of
  window means.
- The spectrum of an empirical NTK Gram matrix (Jacot et al. 2018; GA-NTK, techniques-1 §8).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import torch
from torch import Tensor
from torch.autograd.functional import jvp, vjp

Fn = Callable[[Tensor], Tensor]


def _rows(x: Tensor) -> Tensor:
    return x.reshape(x.shape[0], -1)


def pair_ratios(fa: Tensor, fb: Tensor, a: Tensor, b: Tensor, eps: float = 1e-12) -> Tensor:
    """‖f(a_i) − f(b_i)‖ / ‖a_i − b_i‖ per pair ``[N]`` (any shapes, flattened per row)."""
    num = (_rows(fa) - _rows(fb)).norm(dim=1)
    return num / (_rows(a) - _rows(b)).norm(dim=1).clamp_min(eps)


def _unit_rows(v: Tensor) -> Tensor:
    flat = _rows(v)
    return (flat / flat.norm(dim=1, keepdim=True).clamp_min(1e-30)).view_as(v)


def jacobian_sigma_max(
    f: Fn, x: Tensor, iters: int = 10, generator: torch.Generator | None = None
) -> Tensor:
    """σ_max(J_f(x_i)) per row of ``x`` ``[B, ...]`` by power iteration on JᵀJ (JVP then VJP).

    ``f`` must act on each row independently (a network in eval mode), so J is block-diagonal
    and one batched JVP/VJP iterates every point at once. Returns ``‖J v‖`` for the final unit
    ``v``: a lower bound that converges to σ_max (exact after one step for a scalar output).
    """
    x = x.detach()
    v = _unit_rows(torch.randn(x.shape, generator=generator, dtype=x.dtype).to(x.device))
    for _ in range(iters):
        _, u = jvp(f, x, v)
        _, w = vjp(f, x, u)
        v = _unit_rows(w.detach())
    _, u = jvp(f, x, v)
    return _rows(u.detach()).norm(dim=1)


def full_jacobian(f: Fn, x: Tensor) -> Tensor:
    """The Jacobians ``[B, out, in]`` of a row-wise ``f`` at each row (tests, tiny nets)."""
    mats = []
    for xi in x.detach():
        j = torch.autograd.functional.jacobian(lambda t: _rows(f(t.unsqueeze(0)))[0], xi)
        mats.append(j.reshape(j.shape[0], -1))
    return torch.stack(mats)


def reconstruction_error(f: Fn, inverse: Fn, z: Tensor, eps: float = 1e-12) -> Tensor:
    """e(z) = ‖z − f⁻¹(f(z))‖ / ‖z‖ per row (Behrmann et al. §12.2 item 1)."""
    with torch.no_grad():
        back = inverse(f(z))
    return (_rows(z) - _rows(back)).norm(dim=1) / _rows(z).norm(dim=1).clamp_min(eps)


def mean_pairwise_distance(x: Tensor) -> float:
    """Mean Euclidean distance over all pairs of rows (the intra-batch diversity, §13.1)."""
    flat = _rows(x).double()
    if flat.shape[0] < 2:
        return math.nan
    return float(torch.pdist(flat).mean())


def diversity_ratio(fake: Tensor, real: Tensor) -> float:
    """Mean pairwise distance of fakes over that of reals: ≈ 1 healthy, ≪ 1 collapse (§13.1)."""
    d_real = mean_pairwise_distance(real)
    return mean_pairwise_distance(fake) / d_real if d_real > 0 else math.nan


def spread(values: Sequence[float]) -> float:
    """Population std of a sequence of window means (NaN with fewer than two)."""
    vals = [v for v in values if math.isfinite(v)]
    if len(vals) < 2:
        return math.nan
    return float(torch.tensor(vals, dtype=torch.float64).std(unbiased=False))


def kernel_spectrum(k: Tensor, top_k: int = 3, rtol: float = 1e-6) -> dict[str, float]:
    """Top eigenvalues, trace, numerical rank and condition number of a symmetric PSD Gram.

    The empirical NTK of a piecewise-linear network on low-dimensional inputs is singular
    (points in one linear region share a few gradient directions), so ``cond`` is the condition
    number on the kernel's range: λ_max over the smallest eigenvalue above ``rtol``·λ_max, and
    ``rank`` counts those eigenvalues (rtol 1e-6: float32 resolution). ``top_share`` =
    λ_max / trace (1: one direction dominates); ``eff_rank`` = (Σλ)²/Σλ² (1 for rank one, n for
    n equal eigenvalues).
    """
    k64 = k.detach().double()
    eig = torch.linalg.eigvalsh((k64 + k64.T) / 2).flip(0).clamp_min(0.0)
    lmax = float(eig[0])
    out = {f"eig_{i + 1}": float(eig[i]) for i in range(min(top_k, eig.numel()))}
    trace = float(k64.diagonal().sum())
    kept = eig[eig > rtol * lmax]
    out["trace"] = trace
    out["rank"] = float(kept.numel())
    out["cond"] = lmax / float(kept[-1]) if lmax > 0 else math.nan
    out["top_share"] = lmax / trace if trace > 0 else math.nan
    sq = float(eig.square().sum())
    out["eff_rank"] = float(eig.sum()) ** 2 / sq if sq > 0 else math.nan
    return out


def mode_mass(samples: Tensor, modes: Tensor, share: float = 0.25) -> tuple[int, Tensor]:
    """Modes that hold at least ``share`` of the uniform share N/K of the samples, each sample
    assigned to its nearest centre whatever its distance (a collapse count that does not wait
    for sample quality: an untrained G spread over the plane hits every mode). Returns the
    count and the per-mode histogram (fractions)."""
    x = _rows(samples.detach()).float()
    m = modes.detach().to(device=x.device, dtype=torch.float32)
    nearest = torch.cdist(x, m, compute_mode="donot_use_mm_for_euclid_dist").argmin(dim=1)
    frac = torch.bincount(nearest, minlength=m.shape[0]).double().cpu() / x.shape[0]
    return int((frac >= share / m.shape[0]).sum()), frac
