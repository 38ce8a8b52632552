"""Kernel Inception Distance (Bińkowski, Sutherland, Arbel, Gretton; ICLR 2018, "Demystifying
MMD GANs"): unbiased MMD² with the polynomial kernel k(a, b) = (γ aᵀb + c)^d on feature subsets.

Defaults follow torch-fidelity / the paper's code: d = 3, γ = 1/D, c = 1, 100 subsets of 1000
drawn without replacement, mean and std (ddof 0) over subsets. KID is unbiased, so it can be
slightly negative; it is never clipped.
"""

from __future__ import annotations

import torch
from torch import Tensor


def polynomial_kernel(
    x: Tensor, y: Tensor, degree: int = 3, gamma: float | None = None, coef0: float = 1.0
) -> Tensor:
    """``(γ xᵀy + c)^d`` for all pairs of rows; γ defaults to 1/D."""
    g = 1.0 / x.shape[1] if gamma is None else gamma
    return (g * (x @ y.T) + coef0) ** degree


def mmd2_unbiased(k_xx: Tensor, k_yy: Tensor, k_xy: Tensor) -> Tensor:
    """Unbiased MMD² from kernel blocks: within-set diagonals removed, K_XY kept whole."""
    m, n = k_xx.shape[0], k_yy.shape[0]
    sxx = (k_xx.sum() - k_xx.diagonal().sum()) / (m * (m - 1))
    syy = (k_yy.sum() - k_yy.diagonal().sum()) / (n * (n - 1))
    return sxx + syy - 2 * k_xy.sum() / (m * n)


def kid(
    real: Tensor,
    fake: Tensor,
    subsets: int = 100,
    subset_size: int = 1000,
    degree: int = 3,
    gamma: float | None = None,
    coef0: float = 1.0,
    seed: int = 2020,
) -> tuple[float, float]:
    """KID of ``[N, D]`` feature sets: (mean, std) of unbiased polynomial MMD² over ``subsets``
    random subsets of ``min(subset_size, N_real, N_fake)`` rows each (float64)."""
    if real.dim() != 2 or fake.dim() != 2 or real.shape[1] != fake.shape[1]:
        raise ValueError(
            f"need [N, D] features of one D, got {tuple(real.shape)}, {tuple(fake.shape)}"
        )
    m = min(subset_size, real.shape[0], fake.shape[0])
    if m < 2:
        raise ValueError("KID needs at least 2 samples per set")
    x_all, y_all = real.to(torch.float64), fake.to(torch.float64)
    gen = torch.Generator().manual_seed(seed)
    values = torch.empty(subsets, dtype=torch.float64)
    for i in range(subsets):
        ix = torch.randperm(x_all.shape[0], generator=gen)[:m].to(x_all.device)
        iy = torch.randperm(y_all.shape[0], generator=gen)[:m].to(y_all.device)
        x, y = x_all[ix], y_all[iy]
        k_xx = polynomial_kernel(x, x, degree, gamma, coef0)
        k_yy = polynomial_kernel(y, y, degree, gamma, coef0)
        values[i] = mmd2_unbiased(k_xx, k_yy, polynomial_kernel(x, y, degree, gamma, coef0)).cpu()
    return float(values.mean()), float(values.std(unbiased=False))
