"""Manifold-coding discriminator and its terms against the checks of techniques-2.md §9.2."""

from __future__ import annotations

from typing import Any

import pytest
import torch

from blocks.discriminators import MLPDiscriminator
from blocks.manifold import (
    DENOISE,
    REFINE,
    ManifoldCoding,
    ManifoldMLPDiscriminator,
    ManifoldParams,
    ManifoldReg,
    adaptive_denoise_weight,
    lcsa_code,
    llc_code,
    subspace_code,
)
from blocks.runtime import Batch
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny

CODING: dict[str, Any] = dict(
    atoms=16, variant="lcsa", knn=5, beta=1.0, lambda_llc=1e-4, rank=2, learn_rho=False
)


def test_lcsa_on_an_atom_returns_the_atom_as_beta_grows() -> None:
    """Check 1: atoms set to the data points, β → ∞: ĥ(m_k) = m_k."""
    torch.manual_seed(0)
    atoms = torch.randn(32, 6)
    h_hat, _, idx = lcsa_code(atoms.clone(), atoms, knn=5, beta=1e6)
    assert torch.allclose(h_hat, atoms, atol=1e-6)
    assert torch.equal(idx[:, 0], torch.arange(32))
    soft, _, _ = lcsa_code(atoms.clone(), atoms, knn=5, beta=0.1)
    assert not torch.allclose(soft, atoms, atol=1e-3)  # a soft β mixes the neighbours


def test_lcsa_weights_are_a_distribution_over_at_most_knn_atoms() -> None:
    """Check 2: α ≥ 0, Σα = 1, support ≤ κ; and ĥ is the α-mix of exactly those atoms."""
    torch.manual_seed(1)
    atoms, h = torch.randn(40, 3), torch.randn(25, 3)
    h_hat, alpha, idx = lcsa_code(h, atoms, knn=7, beta=2.0)
    assert alpha.shape == (25, 7) and bool((alpha >= 0).all())
    assert torch.allclose(alpha.sum(1), torch.ones(25))
    d = ((h[:, None] - atoms[None]) ** 2).sum(2)
    for i in range(25):  # the 7 nearest, weighted by the softmax of −β d over them
        near = d[i].argsort()[:7]
        assert set(idx[i].tolist()) == set(near.tolist())
        w = torch.softmax(-2.0 * d[i, near], 0)
        assert torch.allclose(h_hat[i], (w[:, None] * atoms[near]).sum(0), atol=1e-5)


def test_llc_reconstructs_points_in_the_affine_hull_of_their_neighbours() -> None:
    """LLC solves for affine weights (Σα = 1): with λ = 0, h = Σ c_j b_j is recovered."""
    torch.manual_seed(2)
    atoms = torch.randn(5, 8, dtype=torch.float64)  # κ = 5 atoms, neighbours of every point
    c = torch.softmax(torch.randn(10, 5, dtype=torch.float64), 1)
    h = c @ atoms  # C has rank 4 here: δ keeps the solve defined
    h_hat, alpha, _ = llc_code(h, atoms, knn=5, lam=0.0, delta=1e-8)
    assert torch.allclose(alpha.sum(1), torch.ones(10, dtype=torch.float64))
    assert torch.allclose(h_hat, h, atol=1e-5)


def test_subspace_code_is_exact_on_the_local_subspace() -> None:
    torch.manual_seed(3)
    atoms, bases = 10 * torch.randn(12, 6), torch.randn(12, 6, 2)
    q = torch.linalg.qr(bases).Q
    h = atoms + 0.3 * (q @ torch.randn(12, 2, 1)).squeeze(2)  # near m_k, on m_k + span(U_k)
    h_hat, _, _ = subspace_code(h, atoms, bases, knn=3, beta=1e4)
    assert torch.allclose(h_hat, h, atol=1e-4)


def test_rho_zero_is_the_base_mlp_critic_bit_for_bit() -> None:
    """Check 3: ρ = 0 reproduces the base D (same seed, same weights, same logits)."""
    x = torch.randn(64, 2)
    torch.manual_seed(7)
    base = MLPDiscriminator(2, [32, 32], "leaky_relu", None, 16)
    for at in (0, 1, 2):
        torch.manual_seed(7)
        coded = ManifoldMLPDiscriminator(2, [32, 32], "leaky_relu", at, rho_init=0.0, **CODING)
        out = coded(x)
        assert torch.equal(out.logits, base(x))
        assert out.extras[REFINE].shape == (64,) and out.extras[DENOISE].shape == (64,)
    torch.manual_seed(7)
    half = ManifoldMLPDiscriminator(2, [32, 32], "leaky_relu", 1, rho_init=0.5, **CODING)
    assert not torch.equal(half(x).logits, base(x))


def test_terms_and_their_gradients_follow_the_stop_gradients() -> None:
    """refine moves the atoms only, denoise the features only; the blend is h + ρ(ĥ − h)."""
    torch.manual_seed(4)
    layer = ManifoldCoding(3, rho_init=0.25, **CODING)
    h = torch.randn(20, 3, requires_grad=True)
    out, refine, denoise = layer(h)
    h_hat = lcsa_code(h.detach(), layer.atoms.detach(), 5, 1.0)[0]
    assert torch.allclose(out, h + 0.25 * (lcsa_code(h, layer.atoms, 5, 1.0)[0] - h))
    assert torch.allclose(refine, (h.detach() - h_hat).square().sum(1), atol=1e-6)
    assert torch.allclose(denoise, (h.detach() - h_hat).square().sum(1), atol=1e-6)
    g_h, g_atoms = torch.autograd.grad(refine.sum(), [h, layer.atoms], allow_unused=True)
    assert g_h is None and g_atoms is not None and g_atoms.abs().sum() > 0
    g_h, g_atoms = torch.autograd.grad(denoise.sum(), [h, layer.atoms], allow_unused=True)
    assert g_atoms is None and torch.allclose(g_h, 2 * (h.detach() - h_hat), atol=1e-5)


def test_regularizer_term_by_hand_with_the_adaptive_weight() -> None:
    torch.manual_seed(5)
    D = ManifoldMLPDiscriminator(2, [16], "leaky_relu", 1, rho_init=0.5, **CODING)
    real, fake = torch.randn(8, 2), torch.randn(8, 2)
    batch = Batch.fixed(real=real, fake=fake, critic=D)  # type: ignore[arg-type]
    reg = ManifoldReg(ManifoldParams(weight=2.0), None, "m")
    reg.attach(D)
    outs = [batch.out_real, batch.out_fake]
    r = torch.cat([o.extras[REFINE] for o in outs]).mean()
    d = torch.cat([o.extras[DENOISE] for o in outs]).mean()
    w_d = (r / d).clamp(0.1, 10)
    assert reg.term(batch).item() == pytest.approx((2.0 * (r + w_d * d)).item(), rel=1e-6)
    assert adaptive_denoise_weight(torch.tensor(100.0), torch.tensor(1.0), 0.1, 10).item() == 10
    assert adaptive_denoise_weight(
        torch.tensor(1e-3), torch.tensor(1.0), 0.1, 10
    ).item() == pytest.approx(0.1)


def test_input_coding_on_the_grid_pulls_atoms_onto_the_modes() -> None:
    """Check 4 (qualitative in the spec): atoms coding the 2-D input converge onto the centres.

    The atoms start on data, are then scattered (σ = 0.5), and only the refine term trains
    them: each moves back onto the mean of the points it codes, a mode.
    """
    torch.manual_seed(0)
    centres = torch.cartesian_prod(*(2 * torch.arange(-2.0, 3.0),) * 2)
    layer = ManifoldCoding(
        2,
        atoms=25,
        variant="lcsa",
        knn=1,
        beta=1.0,
        lambda_llc=0.0,
        rank=1,
        rho_init=0.0,
        learn_rho=False,
    )

    def draw() -> torch.Tensor:
        return centres[torch.randint(0, 25, (512,))] + 0.05 * torch.randn(512, 2)

    layer(draw())  # the atoms start on training points
    with torch.no_grad():
        layer.atoms.add_(0.5 * torch.randn_like(layer.atoms))
    start = torch.cdist(layer.atoms.detach(), centres).min(1).values  # per atom
    opt = torch.optim.Adam([layer.atoms], lr=0.02)
    for _ in range(300):
        _, refine, _ = layer(draw())
        opt.zero_grad()
        refine.mean().backward()
        opt.step()
    dist = torch.cdist(layer.atoms.detach(), centres).min(1).values
    assert (start < 0.15).float().mean() < 0.3
    assert (dist < 0.15).float().mean() >= 0.8


def test_atoms_start_on_training_features_and_resume_exactly() -> None:
    graph = load_graph_dict(tiny("grid25_manifold", steps=3, batch=32))
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step, track=True)
    values = runner.flush(0, 3)
    assert {
        "reg/manifold/rho",
        "reg/manifold/reconstruction",
        "reg/manifold/denoise_weight",
    } <= set(values)
    D = prog.nets["D"]
    state = {k: v.clone() for k, v in D.state_dict().items()}
    assert bool(state["coding.ready"])
    torch.manual_seed(1)
    again = compile_graph(graph, "cpu").nets["D"]
    assert isinstance(again, ManifoldMLPDiscriminator)
    again.load_state_dict(state)
    x = torch.randn(16, 2)
    assert torch.equal(again(x).logits, D(x).logits)
    atoms = again.coding.atoms.detach().clone()
    again(x)  # a loaded, ready layer keeps its dictionary
    assert torch.equal(again.coding.atoms, atoms)


def test_a_coding_layer_past_the_last_hidden_layer_is_a_located_error() -> None:
    g = tiny("grid25_manifold")
    next(n for n in g["nodes"] if n["id"] == "D")["params"]["coding_after"] = 3
    issues = validate(load_graph_dict(g))
    assert [(i.path, i.code) for i in issues] == [("nodes.D.params.coding_after", "bad_param")]
