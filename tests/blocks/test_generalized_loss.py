"""Dong & Yang's generalised loss against the standard losses and ψ(½) (techniques-2.md §5)."""

from __future__ import annotations

import math

import pytest
import torch
from pydantic import ValidationError

from blocks import losses as std
from blocks.generalized_loss import (
    PAIRS,
    PRESETS,
    GeneralizedLoss,
    GeneralizedLossParams,
    psi,
)
from blocks.runtime import Batch
from gancanvas.compiler import validate
from schemas import load_graph_dict
from tests.graphs import tiny

# preset → the hand-written loss pair of blocks/losses.py it must reproduce
STANDARD = {
    "classic_nonsaturating": (std.d_logistic_loss, std.g_nonsaturating_loss),
    "classic_minimax": (std.d_logistic_loss, std.g_minimax_loss),
    "hinge_linear": (std.d_hinge_loss, std.g_hinge_loss),
    "least_squares": (std.d_least_squares_loss, std.g_least_squares_loss),
    "wasserstein": (std.d_wasserstein_loss, std.g_wasserstein_loss),
}


def logit_batch(seed: int) -> Batch:
    gen = torch.Generator().manual_seed(seed)
    r = torch.randn(257, generator=gen, dtype=torch.float64) * 4
    f = torch.randn(257, generator=gen, dtype=torch.float64) * 4 - 1
    return Batch.fixed(real=r, fake=f, critic=lambda x: x)  # the logits are the samples


@pytest.mark.parametrize("preset", sorted(STANDARD))
def test_presets_reproduce_the_standard_losses(preset: str) -> None:
    d_ref, g_ref = STANDARD[preset]
    loss = GeneralizedLoss(*PRESETS[preset], epsilon=1.0)
    for seed in range(3):
        b = logit_batch(seed)
        r, f = b.logits_real, b.logits_fake
        torch.testing.assert_close(loss.d_loss(b), d_ref(r, f), rtol=1e-12, atol=1e-12)
        torch.testing.assert_close(loss.g_loss(b), g_ref(f), rtol=1e-12, atol=1e-12)


def test_hinge_minimax_g_is_minus_the_fake_half_of_d_and_other_components_by_hand() -> None:
    b = logit_batch(5)
    r, f = b.logits_real, b.logits_fake
    hm = GeneralizedLoss(*PRESETS["hinge_minimax"], epsilon=1.0)
    torch.testing.assert_close(hm.g_loss(b), -torch.relu(1 + f).mean())
    hn = GeneralizedLoss(*PRESETS["hinge_nonsaturating"], epsilon=1.0)
    torch.testing.assert_close(hn.g_loss(b), torch.log1p(torch.exp(-f)).mean())
    ab = GeneralizedLoss(*PRESETS["absolute"], epsilon=1.0)  # paper #11 (code key double-abs)
    torch.testing.assert_close(ab.d_loss(b), (1 - r).abs().mean() + f.abs().mean())
    torch.testing.assert_close(ab.g_loss(b), (1 - f).abs().mean())
    asym = GeneralizedLoss(*PRESETS["asymmetric"], epsilon=1.0)  # paper #12 (code key absolute)
    torch.testing.assert_close(asym.d_loss(b), r.abs().mean() + f.mean())
    eps = GeneralizedLoss("classic", "nonsaturating", epsilon=2.0)
    sig = torch.sigmoid
    torch.testing.assert_close(eps.d_loss(b), -2 * sig(r).log().mean() - (1 - sig(f)).log().mean())


@pytest.mark.parametrize(
    ("pair", "value"),
    [("classic", -math.log(2)), ("hinge", -1.0), ("absolute", -0.5), ("least_squares", -0.125)],
)
def test_psi_has_its_unique_minimum_at_one_half_with_the_papers_values(
    pair: str, value: float
) -> None:
    # §5.2 [check]: classic −0.6931, hinge −1, absolute −0.5; least squares −0.25 in the
    # paper's form, −0.125 with the code's ½ factors (ψ is linear in f and g)
    f, g = PAIRS[pair]
    gammas = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
    values = psi(gammas, f, g)
    assert values[49].item() == pytest.approx(value, abs=1e-6)
    assert int(values.argmin()) == 49  # γ = 0.50
    assert (values[:49] > values[49]).all() and (values[50:] > values[49]).all()


@pytest.mark.parametrize(("epsilon", "gamma", "value"), [(0.5, 0.55, -0.48), (2.0, 0.45, -0.96)])
def test_epsilon_weighting_moves_the_minimum_off_one_half(
    epsilon: float, gamma: float, value: float
) -> None:
    # §5.4 [check], the paper's Fig. 10: (0.55, −0.48) and (0.45, −0.96)
    f, g = PAIRS["classic"]
    gammas = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
    values = psi(gammas, lambda y: epsilon * f(y), g)
    assert gammas[int(values.argmin())].item() == pytest.approx(gamma, abs=1e-9)
    assert values.min().item() == pytest.approx(value, abs=0.01)


def test_pair_and_h_must_agree_with_a_named_preset_and_be_given_with_custom() -> None:
    assert GeneralizedLossParams(preset="custom", pair="hinge", h="nonsaturating").resolved() == (
        "hinge",
        "nonsaturating",
    )
    assert GeneralizedLossParams(preset="hinge_linear", h="linear").resolved() == (
        "hinge",
        "linear",
    )
    with pytest.raises(ValidationError, match="use preset 'custom'"):
        GeneralizedLossParams(preset="hinge_linear", h="nonsaturating")
    with pytest.raises(ValidationError, match="needs h"):
        GeneralizedLossParams(preset="custom", pair="hinge")


def test_wasserstein_presets_ask_for_a_lipschitz_critic() -> None:
    g = tiny("grid25_generalized")
    loss = next(n for n in g["nodes"] if n["type"] == "loss.generalized")
    assert validate(load_graph_dict(g)) == []
    for params, refused in (
        ({"preset": "wasserstein"}, True),
        ({"preset": "custom", "pair": "asymmetric", "h": "linear"}, True),
        ({"preset": "least_squares"}, False),
    ):
        loss["params"] = params
        codes = {i.code for i in validate(load_graph_dict(g))}
        assert ("unconstrained_critic" in codes) is refused
