"""regularizer.consistency: CR, bCR and zCR against hand computations on a tiny critic."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from blocks.consistency import (
    ConsistencyParams,
    ConsistencyReg,
    ConsistencyRegularization,
    cr_flip_translate,
    gaussian_jitter,
)
from blocks.runtime import Batch
from gancanvas.compiler import compile_graph
from schemas import load_graph_dict
from tests.graphs import tiny


def linear_critic() -> nn.Linear:
    """D(x) = w·x + b on 2-D points: w = (1, −2), b = 0.5."""
    D = nn.Linear(2, 1)
    with torch.no_grad():
        D.weight.copy_(torch.tensor([[1.0, -2.0]]))
        D.bias.fill_(0.5)
    return D


def reg(mode: str, jitter: float = 0.0, **params: float) -> ConsistencyReg:
    return ConsistencyReg(ConsistencyParams(mode=mode, **params), jitter, None, "cr")  # type: ignore[arg-type]


def batch_on(D: nn.Module, side: str = "D", G: nn.Module | None = None) -> Batch:
    real = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    z = torch.tensor([[0.5, 0.5], [-1.0, 2.0]])
    fake = G(z) if G is not None else torch.tensor([[2.0, 2.0], [1.0, -1.0]])
    return Batch.fixed(
        real=real,
        fake=fake,
        critic=lambda x: D(x).squeeze(1),
        side=side,  # type: ignore[arg-type]
        z=z,
        G=G,
    )


def test_identity_augmentation_gives_zero_terms() -> None:
    D, G = linear_critic(), nn.Linear(2, 2)
    for mode in ("cr", "bcr", "icr"):
        assert reg(mode, jitter=0.0, radius=0.0).term(batch_on(D, G=G)).item() == 0.0  # type: ignore[union-attr]
    assert reg("zcr", radius=0.0).term(batch_on(D, G=G)).item() == 0.0  # type: ignore[union-attr]
    assert reg("zcr", radius=0.0).term(batch_on(D, "G", G=G)).item() == 0.0  # type: ignore[union-attr]
    images = torch.randn(3, 1, 8, 8)
    assert torch.equal(cr_flip_translate(images, flip=False, ratio=0.0), images)


def test_cr_and_bcr_match_a_hand_computation() -> None:
    D = linear_critic()
    torch.manual_seed(0)
    b = batch_on(D)
    cr = reg("bcr", jitter=0.1, lambda_real=3.0, lambda_fake=5.0)
    torch.manual_seed(1)
    got = cr.term(b)
    # replay the two jitter draws: reals first, then fakes
    torch.manual_seed(1)
    eps_r, eps_f = 0.1 * torch.randn(2, 2), 0.1 * torch.randn(2, 2)
    w = torch.tensor([1.0, -2.0])
    # D(x + ε) − D(x) = w·ε for a linear D
    expected = 3.0 * (eps_r @ w).square().mean() + 5.0 * (eps_f @ w).square().mean()
    assert got.item() == pytest.approx(expected.item(), rel=1e-5)  # type: ignore[union-attr]
    torch.manual_seed(1)
    only_real = reg("cr", jitter=0.1, lambda_real=3.0).term(batch_on(D))
    assert only_real.item() == pytest.approx((3.0 * (eps_r @ w).square().mean()).item(), rel=1e-5)  # type: ignore[union-attr]


def test_zcr_d_and_g_terms_match_a_hand_computation() -> None:
    D, G = linear_critic(), nn.Linear(2, 2)
    with torch.no_grad():
        G.weight.copy_(torch.tensor([[2.0, 0.0], [1.0, 1.0]]))
        G.bias.zero_()
    z = torch.tensor([[0.5, 0.5], [-1.0, 2.0]])
    w = torch.tensor([1.0, -2.0])
    zr = reg("zcr", radius=0.2, lambda_dis=20.0, lambda_gen=0.5)
    torch.manual_seed(3)
    d_term = zr.term(batch_on(D, "D", G=G))
    torch.manual_seed(3)
    eps = 0.2 * torch.randn(2, 2)
    delta = eps @ G.weight.detach().T  # G(z + ε) − G(z)
    assert d_term.item() == pytest.approx((20.0 * (delta @ w).square().mean()).item(), rel=1e-5)  # type: ignore[union-attr]
    torch.manual_seed(3)
    b = batch_on(D, "G", G=G)
    g_term = zr.term(b)
    # the G term repels: −λ_gen·MSE(G(z), G(z'))
    assert g_term.item() == pytest.approx((-0.5 * delta.square().mean()).item(), rel=1e-5)  # type: ignore[union-attr]
    g_term.backward()  # type: ignore[union-attr]
    assert G.weight.grad is not None and G.weight.grad.abs().sum() > 0
    assert torch.equal(b.z, z)


def test_phases() -> None:
    D = linear_critic()
    assert reg("cr").phase == "D" and reg("bcr").phase == "D"
    assert reg("zcr").phase == "both" and reg("icr").phase == "both"
    assert reg("bcr").term(batch_on(D, "G")) is None


def test_cr_term_trains_d_through_both_forwards() -> None:
    D = linear_critic()
    torch.manual_seed(0)
    term = reg("cr", jitter=0.5).term(batch_on(D))
    term.backward()  # type: ignore[union-attr]
    assert D.weight.grad is not None and D.weight.grad.abs().sum() > 0


def test_image_transform_is_a_flip_and_a_small_shift() -> None:
    torch.manual_seed(0)
    x = torch.randn(64, 1, 8, 8)
    y = cr_flip_translate(x, flip=True, ratio=0.125)
    assert y.shape == x.shape
    for a, b in zip(y, x, strict=True):
        found = False
        for src in (b, b.flip(-1)):
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    found |= torch.equal(
                        a[..., 1:-1, 1:-1], src[..., 1 - dy : 7 - dy, 1 - dx : 7 - dx]
                    )
        assert found
    assert torch.equal(gaussian_jitter(x, 0.0), x)


def test_compiled_phases_carry_the_terms() -> None:
    g = tiny("digits_zcr", steps=2, batch=8)
    prog = compile_graph(load_graph_dict(g), "cpu")
    names = {p.name: [t[0] for u in p.updates for t in u.terms] for p in prog.phases}
    assert "cr" in names["Dmain"] and "cr" in names["Gmain"]
    g = tiny("digits_bcr", steps=2, batch=8)
    prog = compile_graph(load_graph_dict(g), "cpu")
    names = {p.name: [t[0] for u in p.updates for t in u.terms] for p in prog.phases}
    assert "cr" in names["Dmain"] and "cr" not in names["Gmain"]


def test_jitter_defaults_to_half_the_mode_std() -> None:
    g = tiny("grid25_vanilla", steps=2, batch=8)
    g["nodes"].append({"id": "cr", "type": "regularizer.consistency", "params": {"mode": "cr"}})
    g["edges"].append({"from": "D.critic", "to": "cr.critic"})
    prog = compile_graph(load_graph_dict(g), "cpu")
    built = dict(prog.regularizers)["cr"]
    assert isinstance(built, ConsistencyReg)
    assert built.jitter == pytest.approx(0.5 * prog.data.mode_std)
    assert ConsistencyRegularization.Params().mode == "bcr"
