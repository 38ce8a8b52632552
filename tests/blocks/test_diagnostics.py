"""Diagnostics math against exact values: Jacobian spectra vs svdvals, the coupling inverse,
bi-Lipschitz constants through the inverse, the empirical NTK vs a per-sample-gradient Gram."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn

from blocks.coupling import AffineCoupling, CouplingGenerator
from blocks.diagnostics import (
    diversity_ratio,
    full_jacobian,
    jacobian_sigma_max,
    kernel_spectrum,
    mode_mass,
    pair_ratios,
    reconstruction_error,
    spread,
)
from blocks.lipschitz import CriticLogits, lipschitz_of_D, lipschitz_of_G
from blocks.ntk import empirical_ntk


def test_sigma_max_of_a_linear_map_is_its_spectral_norm() -> None:
    torch.manual_seed(0)
    a = torch.randn(5, 3)
    f = lambda x: x @ a.T  # noqa: E731
    sig = jacobian_sigma_max(f, torch.randn(4, 3), iters=50)
    assert torch.allclose(sig, torch.linalg.matrix_norm(a, 2).expand(4), rtol=1e-4)


def test_sigma_max_matches_svdvals_of_the_full_jacobian_on_a_tiny_net() -> None:
    torch.manual_seed(1)
    net = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 4))
    x = torch.randn(6, 3)
    exact = torch.linalg.svdvals(full_jacobian(net, x))[:, 0]
    est = jacobian_sigma_max(net, x, iters=60, generator=torch.Generator().manual_seed(0))
    assert torch.allclose(est, exact, rtol=1e-4)
    # power iteration approaches σ_max from below
    few = jacobian_sigma_max(net, x, iters=1, generator=torch.Generator().manual_seed(0))
    assert (few <= exact * (1 + 1e-5)).all()


def coupling(seed: int = 0, scale: float = 0.3) -> CouplingGenerator:
    torch.manual_seed(seed)
    g = CouplingGenerator((4,), n_layers=4, hidden=[16], scale_max=2.0)
    for layer in g.layers:  # leave the identity start: random s and t
        for p in layer.parameters():
            nn.init.normal_(p, std=scale)
    return g.eval()


def test_coupling_inverse_is_exact_and_log_det_matches_the_jacobian() -> None:
    g = coupling()
    z = torch.randn(32, 4)
    with torch.no_grad():
        assert torch.allclose(g.inverse(g(z)), z, atol=1e-5)
        assert float(reconstruction_error(g, g.inverse, z).max()) < 1e-5
    jac = full_jacobian(g, z[:5])
    assert torch.allclose(torch.linalg.slogdet(jac).logabsdet, g.log_det(z[:5]), atol=1e-4)


def test_fresh_coupling_is_the_identity() -> None:
    g = CouplingGenerator((2,), n_layers=2, hidden=[8], scale_max=2.0)
    z = torch.randn(10, 2)
    assert torch.equal(g(z), z)


def test_bi_lipschitz_estimates_match_those_through_the_inverse() -> None:
    g = coupling(2)
    z1, z2 = torch.randn(200, 4), torch.randn(200, 4)
    out = lipschitz_of_G(g, z1, z2, n_points=8, iters=60, gen=torch.Generator().manual_seed(0))
    with torch.no_grad():
        x1, x2 = g(z1), g(z2)
        inv = pair_ratios(g.inverse(x1), g.inverse(x2), x1, x2)
    # the same pairs seen from the inverse: max ratio of G⁻¹ = 1 / min ratio of G
    assert out["G_inv_lip_lower"] == pytest.approx(float(inv.max()), rel=1e-4)
    assert 1 / out["G_lip_max"] == pytest.approx(float(inv.min()), rel=1e-4)
    # σ_min(J_G) through the inverse = the smallest singular value of the full Jacobian
    sv = torch.linalg.svdvals(full_jacobian(g, z1[:8]))
    assert out["G_jac_sigma_min"] == pytest.approx(float(sv[:, -1].min()), rel=1e-3)
    assert out["G_jac_sigma_max"] == pytest.approx(float(sv[:, 0].max()), rel=1e-3)
    assert out["G_kappa_max"] == pytest.approx(float((sv[:, 0] / sv[:, -1]).max()), rel=1e-3)
    # empirical pair bounds sit inside the local spectrum's range (mean value theorem, loosely)
    assert out["G_lip_max"] >= out["G_lip_min"] > 0


def test_affine_coupling_inverse_grows_off_distribution() -> None:
    """Behrmann et al. §12.4 check: with s(x₁) = a·x₁, Lip(F⁻¹) grows with ‖x₂‖·|a| at 10×."""
    layer = AffineCoupling(torch.tensor([1.0, 0.0]), [4], scale_max=10.0).eval()
    with torch.no_grad():
        for p in layer.parameters():
            p.zero_()
        first, last = layer.net[0], layer.net[-1]
        assert isinstance(first, nn.Linear) and isinstance(last, nn.Linear)
        first.weight[0, 0] = 1.0  # h₀ = x₁ (x₁ ≥ 0 below)
        last.weight[1, 0] = 0.5  # s(x₁) = 10·tanh(0.5·x₁/10) ≈ 0.5·x₁ for coordinate 2
    torch.manual_seed(6)
    x = torch.randn(64, 2).abs()
    lip = []
    for s in (1.0, 10.0):
        y = layer(x * s).detach()
        est = jacobian_sigma_max(layer.inverse, y, iters=30)
        exact = torch.linalg.svdvals(full_jacobian(layer.inverse, y))[:, 0]
        assert torch.allclose(est, exact, rtol=1e-4)
        lip.append(float(est.max()))
    assert lip[1] > 5 * lip[0]


def test_D_lipschitz_of_a_linear_critic_is_its_weight_norm() -> None:
    torch.manual_seed(3)
    critic = nn.Linear(2, 1)
    real, fake = torch.randn(50, 2), torch.randn(50, 2) + 1
    out = lipschitz_of_D(nn.Sequential(critic, nn.Flatten(0)), real, fake, 20, 1, torch.Generator())
    w = float(critic.weight.detach().norm())
    assert out["D_grad_norm_max"] == pytest.approx(w, rel=1e-5)
    assert out["D_lip_max"] <= w * (1 + 1e-5)


def test_empirical_ntk_equals_an_explicit_per_sample_gradient_gram() -> None:
    torch.manual_seed(4)
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Flatten(0))
    x = torch.randn(7, 2)
    rows = []
    for xi in x:  # one backward per point into .grad: independent of functional_call
        net.zero_grad()
        net(xi.unsqueeze(0)).sum().backward()
        rows.append(torch.cat([p.grad.flatten() for p in net.parameters() if p.grad is not None]))
    j = torch.stack(rows)
    k = empirical_ntk(CriticLogits(net), x)
    assert torch.allclose(k, j @ j.T, atol=1e-6)
    spec = kernel_spectrum(k, top_k=2)
    eig = torch.linalg.eigvalsh((j @ j.T).double()).flip(0)
    assert spec["eig_1"] == pytest.approx(float(eig[0]), rel=1e-6)
    assert spec["eig_2"] == pytest.approx(float(eig[1]), rel=1e-6)
    assert spec["trace"] == pytest.approx(float(eig.sum()), rel=1e-6)
    assert spec["rank"] == 7  # 7 points, 33 parameters, smooth (tanh) net: full rank
    assert spec["cond"] == pytest.approx(float(eig[0] / eig[-1]), rel=1e-3)


def test_kernel_spectrum_of_a_singular_gram_is_taken_on_its_range() -> None:
    spec = kernel_spectrum(torch.ones(3, 3), top_k=1)
    assert spec["eig_1"] == pytest.approx(3.0) and spec["top_share"] == pytest.approx(1.0)
    assert spec["rank"] == 1 and spec["cond"] == pytest.approx(1.0)
    assert spec["eff_rank"] == pytest.approx(1.0)
    diag = kernel_spectrum(torch.diag(torch.tensor([4.0, 2.0, 1.0, 0.0])))
    assert diag["rank"] == 3 and diag["cond"] == pytest.approx(4.0)
    assert diag["eff_rank"] == pytest.approx(49 / 21)


def test_diversity_mode_mass_and_spread() -> None:
    torch.manual_seed(5)
    real = torch.randn(400, 2)
    assert diversity_ratio(real[:200], real[200:]) == pytest.approx(1.0, abs=0.1)
    assert diversity_ratio(0.1 * real[:200], real[200:]) == pytest.approx(0.1, abs=0.02)
    modes = torch.tensor([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    one = modes[0] + 0.01 * torch.randn(100, 2)
    assert mode_mass(one, modes)[0] == 1
    assert mode_mass(modes.repeat(25, 1), modes)[0] == 4
    assert spread([1.0, 3.0]) == pytest.approx(1.0) and math.isnan(spread([2.0]))
