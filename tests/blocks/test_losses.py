"""Adversarial losses against known values and identities (techniques-2.md §5.5–5.6)."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from blocks import losses as L
from blocks.base import Block
from blocks.runtime import AdversarialLoss, Batch

floats = st.lists(st.floats(-20, 20), min_size=1, max_size=16)


def t(xs: list[float]) -> torch.Tensor:
    return torch.tensor(xs, dtype=torch.float64)


def test_logistic_d_loss_at_zero_is_two_log_two() -> None:
    z = torch.zeros(4)
    assert L.d_logistic_loss(z, z).item() == pytest.approx(2 * math.log(2))


@given(floats, floats)
def test_logistic_losses_match_bce(r: list[float], f: list[float]) -> None:
    rr, ff = t(r), t(f)
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    want = bce(rr, torch.ones_like(rr)) + bce(ff, torch.zeros_like(ff))
    assert L.d_logistic_loss(rr, ff).item() == pytest.approx(want.item(), rel=1e-9, abs=1e-12)
    assert L.g_nonsaturating_loss(ff).item() == pytest.approx(
        bce(ff, torch.ones_like(ff)).item(), rel=1e-9, abs=1e-12
    )
    # minimax G = E log(1 - σ(f))
    assert L.g_minimax_loss(ff).item() == pytest.approx(
        torch.log1p(-torch.sigmoid(ff)).mean().item(), rel=1e-6, abs=1e-9
    )


def test_minimax_saturates_where_nonsaturating_does_not() -> None:
    f = torch.tensor([-10.0], requires_grad=True)
    (g_mm,) = torch.autograd.grad(L.g_minimax_loss(f), f)
    (g_ns,) = torch.autograd.grad(L.g_nonsaturating_loss(f), f)
    assert abs(g_mm.item()) == pytest.approx(4.54e-5, rel=1e-2)
    assert abs(g_ns.item()) == pytest.approx(1.0, rel=1e-4)


def test_hinge_is_zero_beyond_the_margin() -> None:
    assert L.d_hinge_loss(t([1.0, 3.0]), t([-1.0, -2.0])).item() == 0.0
    assert L.d_hinge_loss(t([0.0]), t([0.0])).item() == 2.0
    assert L.g_hinge_loss(t([2.0, 4.0])).item() == -3.0


def test_least_squares_values() -> None:
    assert L.d_least_squares_loss(t([1.0]), t([0.0])).item() == 0.0
    assert L.d_least_squares_loss(t([0.0]), t([1.0])).item() == 1.0
    assert L.g_least_squares_loss(t([1.0])).item() == 0.0


@given(floats, floats, st.floats(-5, 5))
def test_wasserstein_estimate_and_shift_invariance(
    r: list[float], f: list[float], c: float
) -> None:
    rr, ff = t(r), t(f)
    d = L.d_wasserstein_loss(rr, ff).item()
    assert d == pytest.approx(ff.mean().item() - rr.mean().item(), abs=1e-9)
    assert L.d_wasserstein_loss(rr + c, ff + c).item() == pytest.approx(d, abs=1e-9)


RELATIVISTIC = [
    (L.d_ragan_loss, L.g_ragan_loss),
    (L.d_rahinge_loss, L.g_rahinge_loss),
]


@pytest.mark.parametrize(("d", "g"), RELATIVISTIC, ids=["ragan", "rahinge"])
@settings(deadline=None)  # a loaded machine misses the default 200 ms per example
@given(r=floats, f=floats, c=st.floats(-10, 10))
def test_relativistic_losses_are_shift_invariant(d, g, r: list[float], f: list[float], c: float):  # type: ignore[no-untyped-def]
    rr, ff = t(r), t(f)
    assert d(rr + c, ff + c).item() == pytest.approx(d(rr, ff).item(), rel=1e-9, abs=1e-9)
    assert g(ff + c, rr + c).item() == pytest.approx(g(ff, rr).item(), rel=1e-9, abs=1e-9)


def test_relativistic_known_values() -> None:
    # r = [1, 3], f = [0, 2]: E f = 1, E r = 2, so r̃ = [0, 2] and f̃ = [−2, 0]
    r, f = t([1.0, 3.0]), t([0.0, 2.0])
    sp2, sp_2 = math.log1p(math.exp(2.0)), math.log1p(math.exp(-2.0))
    assert L.d_ragan_loss(r, f).item() == pytest.approx(math.log(2) + sp_2, rel=1e-12)
    assert L.g_ragan_loss(f, r).item() == pytest.approx(math.log(2) + sp2, rel=1e-12)
    assert L.d_rahinge_loss(r, f).item() == 1.0  # (1 + 0)/2 + (0 + 1)/2
    assert L.g_rahinge_loss(f, r).item() == 4.0  # (3 + 1)/2 + (1 + 3)/2


@pytest.mark.parametrize(("d", "g"), RELATIVISTIC, ids=["ragan", "rahinge"])
def test_relativistic_means_stay_in_the_graph(d, g) -> None:  # type: ignore[no-untyped-def]
    # shift invariance differentiated: Σ∂L/∂r + Σ∂L/∂f = 0 only if E r and E f are not detached
    r = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
    f = torch.tensor([-0.4, 0.1], dtype=torch.float64, requires_grad=True)
    for loss in (d(r, f), g(f, r)):
        gr, gf = torch.autograd.grad(loss, (r, f))
        assert gf.abs().sum() > 0 and gr.abs().sum() > 0
        assert (gr.sum() + gf.sum()).item() == pytest.approx(0.0, abs=1e-12)


def logit_batch(r: list[float], f: list[float], side: str = "D") -> tuple[Batch, list[str]]:
    """A batch whose critic returns ``r`` on the reals and ``f`` on the fakes; records its calls.

    Each sample is its own logit (a one-column input, read by a pick-the-column critic).
    """
    seen: list[str] = []
    real, fake = t(r).unsqueeze(1), t(f).unsqueeze(1)

    def critic(x: torch.Tensor) -> torch.Tensor:
        seen.append("real" if x is real else "fake")
        return x[:, 0]

    return Batch.fixed(real=real, fake=fake, critic=critic, side=side), seen  # type: ignore[arg-type]


def build_loss(type_: type[Block], **params: object) -> AdversarialLoss:
    from blocks.base import BuildContext
    from schemas import RunConfig

    ctx = BuildContext("loss", torch.device("cpu"), RunConfig(), (2,), 2)
    return type_("loss", type_.Params(**params)).build(ctx)  # type: ignore[arg-type]


def test_relativistic_block_reads_real_logits_in_the_g_step() -> None:
    r, f = [1.0, 3.0], [0.0, 2.0]
    for form, d, g in (("ragan", *RELATIVISTIC[0]), ("rahinge", *RELATIVISTIC[1])):
        loss = build_loss(L.RelativisticLoss, form=form)
        d_batch, _ = logit_batch(r, f, "D")
        assert loss.d_loss(d_batch).item() == d(t(r), t(f)).item()
        # the G step reads D on real data through its batch: one forward of each side
        g_batch, seen = logit_batch(r, f, "G")
        assert not g_batch.computed("out_real")
        assert loss.g_loss(g_batch).item() == g(t(f), t(r)).item()
        assert g_batch.computed("out_real") and g_batch.computed("out_fake")
        assert sorted(seen) == ["fake", "real"]
        # the real logits enter the G loss (they are not a constant of it)
        rr = t(r).requires_grad_(True)
        wired = Batch.fixed(real=rr.unsqueeze(1), fake=t(f).unsqueeze(1), critic=lambda x: x[:, 0])
        (grad,) = torch.autograd.grad(loss.g_loss(wired), rr)
        assert grad.abs().sum() > 0
    assert L.RelativisticParams().form == "ragan"


@pytest.mark.parametrize(
    ("block", "d", "g"),
    [
        (L.NonSaturatingLoss, L.d_logistic_loss, L.g_nonsaturating_loss),
        (L.MinimaxLoss, L.d_logistic_loss, L.g_minimax_loss),
        (L.HingeLoss, L.d_hinge_loss, L.g_hinge_loss),
        (L.LeastSquaresLoss, L.d_least_squares_loss, L.g_least_squares_loss),
        (L.WassersteinLoss, L.d_wasserstein_loss, L.g_wasserstein_loss),
    ],
    ids=["ns", "minimax", "hinge", "ls", "wgan"],
)
def test_logit_losses_read_the_batch_and_nothing_more(block, d, g) -> None:  # type: ignore[no-untyped-def]
    r, f = [0.5, -1.0, 2.0], [0.25, -3.0, 1.0]
    loss = build_loss(block)
    d_batch, d_seen = logit_batch(r, f, "D")
    assert loss.d_loss(d_batch).item() == d(t(r), t(f)).item()
    assert sorted(d_seen) == ["fake", "real"]
    # a classic G loss is a function of D(G(z)) only: it runs no forward on real data
    g_batch, g_seen = logit_batch(r, f, "G")
    assert loss.g_loss(g_batch).item() == g(t(f)).item()
    assert g_seen == ["fake"] and not g_batch.computed("out_real")
