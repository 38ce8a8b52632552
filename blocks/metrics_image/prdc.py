"""k-NN manifold metrics on features.

- Improved precision and recall (Kynkäänniemi, Karras, Laine, Lehtinen, Aila; NeurIPS 2019):
  precision = share of fakes inside some real sample's k-NN ball (radius: distance to its k-th
  nearest real neighbour); recall = share of reals inside some fake sample's k-NN ball. k = 3.
- Density and coverage (Naeem, Oh, Uh, Choi, Yoo; ICML 2020): density = Σ_j #(real balls holding
  fake j) / (k·M); coverage = share of real balls holding at least one fake. k = 5.

A point on a ball's boundary counts as inside (``<=``), as in the authors' code.
"""

from __future__ import annotations

import torch
from torch import Tensor


def _cdist(a: Tensor, b: Tensor) -> Tensor:
    return torch.cdist(a, b, compute_mode="use_mm_for_euclid_dist_if_necessary").clamp_min(0)


def knn_radii(x: Tensor, k: int, chunk: int = 2048) -> Tensor:
    """Distance from each row of ``x`` to its k-th nearest other row (self excluded)."""
    if not 1 <= k < x.shape[0]:
        raise ValueError(f"k = {k} needs 1 <= k < N = {x.shape[0]}")
    out = torch.empty(x.shape[0], dtype=x.dtype, device=x.device)
    for s in range(0, x.shape[0], chunk):
        d = _cdist(x[s : s + chunk], x)
        # the k+1 smallest include the zero self-distance
        out[s : s + chunk] = d.topk(k + 1, dim=1, largest=False).values[:, k]
    return out


def _ball_counts(
    points: Tensor, centres: Tensor, radii: Tensor, chunk: int = 2048
) -> tuple[Tensor, Tensor]:
    """Per point: how many balls (centres, radii) contain it; per ball: whether any point is in."""
    per_point = torch.empty(points.shape[0], dtype=torch.long, device=points.device)
    per_ball = torch.zeros(centres.shape[0], dtype=torch.bool, device=points.device)
    for s in range(0, points.shape[0], chunk):
        inside = _cdist(points[s : s + chunk], centres) <= radii[None, :]
        per_point[s : s + chunk] = inside.sum(1)
        per_ball |= inside.any(0)
    return per_point, per_ball


def precision_recall(real: Tensor, fake: Tensor, k: int = 3) -> tuple[float, float]:
    """Improved precision and recall (Kynkäänniemi et al. 2019) of real and fake features."""
    real, fake = real.float(), fake.float()
    fake_in_real, _ = _ball_counts(fake, real, knn_radii(real, k))
    real_in_fake, _ = _ball_counts(real, fake, knn_radii(fake, k))
    return float((fake_in_real > 0).float().mean()), float((real_in_fake > 0).float().mean())


def density_coverage(real: Tensor, fake: Tensor, k: int = 5) -> tuple[float, float]:
    """Density and coverage (Naeem et al. 2020) of fake features against real ones."""
    real, fake = real.float(), fake.float()
    counts, covered = _ball_counts(fake, real, knn_radii(real, k))
    return float(counts.sum() / (k * fake.shape[0])), float(covered.float().mean())


def prdc(real: Tensor, fake: Tensor, k_pr: int = 3, k_dc: int = 5) -> dict[str, float]:
    """Precision, recall (k = ``k_pr``), density and coverage (k = ``k_dc``) in one call."""
    p, r = precision_recall(real, fake, k_pr)
    d, c = density_coverage(real, fake, k_dc)
    return {"precision": p, "recall": r, "density": d, "coverage": c}
