"""Fréchet distance between Gaussian fits of features (Heusel et al., NeurIPS 2017, FID).

d² = ‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2 (Σ₁Σ₂)^½), in float64.

The trace term uses the symmetric route: S = Σ₁^½ by ``eigh`` (eigenvalues clamped ≥ 0), then
Tr (S Σ₂ S)^½ from ``eigvalsh``. S Σ₂ S is similar to Σ₁Σ₂, so the value equals torchmetrics'
``eigvals(Σ₁Σ₂)`` route (tests check agreement), but two symmetric eigensolves replace one
general one: measured on 2 CPU cores at d = 2048, 1.5 s against 2.7–3.0 s (scipy ``sqrtm``: 9–10 s),
with the same digits. This is the only part not taken from torchmetrics.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor


@dataclass(frozen=True)
class GaussianStats:
    """Mean and unbiased covariance (N − 1, as ``np.cov``) of ``n`` feature vectors, float64."""

    mu: Tensor
    sigma: Tensor
    n: int


def feature_stats(features: Tensor) -> GaussianStats:
    """Gaussian fit of ``[N, D]`` features (float64, N ≥ 2)."""
    if features.dim() != 2 or features.shape[0] < 2:
        raise ValueError(f"need [N >= 2, D] features, got {tuple(features.shape)}")
    f = features.to(torch.float64)
    mu = f.mean(0)
    c = f - mu
    sigma = c.T @ c / (f.shape[0] - 1)
    return GaussianStats(mu, sigma, int(f.shape[0]))


def frechet_distance(mu1: Tensor, sigma1: Tensor, mu2: Tensor, sigma2: Tensor) -> float:
    """Fréchet distance of N(μ₁, Σ₁) and N(μ₂, Σ₂) (symmetric eigen route, float64)."""
    mu1, mu2 = mu1.to(torch.float64), mu2.to(torch.float64).to(mu1.device)
    s1, s2 = sigma1.to(torch.float64), sigma2.to(torch.float64).to(sigma1.device)
    s1 = (s1 + s1.T) / 2
    s2 = (s2 + s2.T) / 2
    w, v = torch.linalg.eigh(s1)
    root = (v * w.clamp_min(0).sqrt()) @ v.T
    m = root @ s2 @ root
    ev = torch.linalg.eigvalsh((m + m.T) / 2).clamp_min(0)
    d2 = (mu1 - mu2).square().sum() + s1.trace() + s2.trace() - 2 * ev.sqrt().sum()
    return float(d2)


def fid_from_stats(a: GaussianStats, b: GaussianStats) -> float:
    """Fréchet distance of two Gaussian fits."""
    return frechet_distance(a.mu, a.sigma, b.mu, b.sigma)


def fid_from_features(real: Tensor, fake: Tensor) -> float:
    """Fréchet distance between the Gaussian fits of two ``[N, D]`` feature sets."""
    return fid_from_stats(feature_stats(real), feature_stats(fake))
