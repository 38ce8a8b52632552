"""Latent samplers; truncation against the checks of techniques-2.md §6.2 and §6.4."""

from __future__ import annotations

import math

import pytest
import torch

from blocks.base import BuildContext
from blocks.latent import TruncatedNormalLatent, TruncatedNormalParams, truncated_normal
from schemas import RunConfig


def truncnorm_std(tau: float) -> float:
    """Analytic std of N(0, 1) truncated to [−τ, τ]: √(1 − 2τφ(τ)/(2Φ(τ) − 1))."""
    phi = math.exp(-0.5 * tau * tau) / math.sqrt(2 * math.pi)
    mass = math.erf(tau / math.sqrt(2))
    return math.sqrt(1 - 2 * tau * phi / mass)


def truncnorm_cdf(z: torch.Tensor, tau: float) -> torch.Tensor:
    """(Φ(z) − Φ(−τ)) / (Φ(τ) − Φ(−τ)), from erf (independent of the sampler's ndtri)."""
    cdf = 0.5 * (1 + torch.erf(z / math.sqrt(2)))
    lo = 0.5 * (1 + math.erf(-tau / math.sqrt(2)))
    return (cdf - lo) / (1 - 2 * lo)


def build(**kw: object):  # type: ignore[no-untyped-def]
    ctx = BuildContext("z", torch.device("cpu"), RunConfig(), (2,), 16)
    return TruncatedNormalLatent("z", TruncatedNormalParams(**kw)).build(ctx)  # type: ignore[arg-type]


def test_truncated_normal_is_inside_tau_with_the_analytic_std() -> None:
    torch.manual_seed(0)
    z = build(tau=0.5, dim=8).sample(50_000, torch.device("cpu"))
    assert z.shape == (50_000, 8) and z.dtype == torch.float32
    assert z.abs().max().item() <= 0.5
    assert truncnorm_std(0.5) == pytest.approx(0.2839, abs=1e-4)
    assert z.double().std().item() == pytest.approx(0.2839, abs=1e-3)
    assert z.double().mean().item() == pytest.approx(0.0, abs=2e-3)


@pytest.mark.parametrize("tau", [0.1, 0.5, 2.0, 4.0])
def test_truncated_normal_passes_a_ks_test(tau: float) -> None:
    n = 20_000
    gen = torch.Generator().manual_seed(1)
    z = truncated_normal((n,), tau, generator=gen).double().sort().values
    ecdf_hi = torch.arange(1, n + 1, dtype=torch.float64) / n
    ecdf_lo = torch.arange(0, n, dtype=torch.float64) / n
    cdf = truncnorm_cdf(z, tau)
    ks = torch.maximum(ecdf_hi - cdf, cdf - ecdf_lo).max().item()
    assert ks < 1.63 / math.sqrt(n)  # Kolmogorov 1% critical value
    assert z.std().item() == pytest.approx(truncnorm_std(tau), rel=0.02)
    assert z.abs().max().item() <= tau


def test_truncated_normal_components_are_independent_and_symmetric() -> None:
    gen = torch.Generator().manual_seed(2)
    z = truncated_normal((20_000, 2), 1.0, generator=gen).double()
    corr = torch.corrcoef(z.T)[0, 1].item()
    assert abs(corr) < 0.03
    assert (z > 0).double().mean().item() == pytest.approx(0.5, abs=0.01)


def test_wide_tau_is_a_standard_normal_without_infinities() -> None:
    gen = torch.Generator().manual_seed(3)
    z = truncated_normal((50_000,), 10.0, generator=gen).double()
    assert torch.isfinite(z).all()
    assert z.std().item() == pytest.approx(1.0, abs=0.02)


def test_truncated_normal_params() -> None:
    p = TruncatedNormalParams()
    assert (p.tau, p.dim) == (0.5, 16)
    for bad in ({"tau": 0.0}, {"tau": -1.0}, {"dim": 0}):
        with pytest.raises(ValueError):
            TruncatedNormalParams.model_validate(bad)
    assert "sampling" in (TruncatedNormalLatent.__doc__ or "")
    assert TruncatedNormalLatent("z", p).infer({}, None) == {"z": (16,)}
