"""Penalties and parametrizations against the checks of techniques-2.md §1–3."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from blocks.base import BuildContext
from blocks.regularizers import (
    ClipParams,
    R1Params,
    SpectralNorm,
    SpectralNormParams,
    WeightClip,
    gradient_penalty,
    r1_penalty,
)
from blocks.runtime import Batch, Stats
from schemas import RunConfig


def linear_critic(norm: float = 5.0, dim: int = 2) -> nn.Linear:
    lin = nn.Linear(dim, 1).double()
    with torch.no_grad():
        w = torch.randn(1, dim, dtype=torch.float64)
        lin.weight.copy_(w / w.norm() * norm)
    return lin


def critic_fn(net: nn.Module):  # type: ignore[no-untyped-def]
    return lambda x: net(x).squeeze(-1)


def test_gp_on_a_linear_critic_is_exact() -> None:
    D = linear_critic(5.0)
    real, fake = torch.randn(16, 2).double(), torch.randn(16, 2).double()
    assert gradient_penalty(critic_fn(D), real, fake).item() == pytest.approx(16.0)
    assert gradient_penalty(critic_fn(D), real, fake, center=0.0).item() == pytest.approx(25.0)


def test_r1_on_a_linear_critic_gamma_half_form() -> None:
    D = linear_critic(5.0)
    from blocks.regularizers import R1Reg

    reg = R1Reg(R1Params(gamma=1.0))
    x = torch.randn(8, 2).double()
    batch = Batch.fixed(real=x, fake=x, critic=critic_fn(D), step=0, z=x, G=D, D=D)
    assert reg.term(batch).item() == pytest.approx(12.5)
    assert r1_penalty(critic_fn(D), x).item() == pytest.approx(25.0)


def test_gp_trains_the_critic_through_double_backprop() -> None:
    D = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1)).double()
    real, fake = torch.randn(8, 2).double(), torch.randn(8, 2).double()
    gp = gradient_penalty(critic_fn(D), real, fake)
    grads = torch.autograd.grad(gp, [D[0].weight, D[2].weight])
    assert all(g.abs().sum() > 0 for g in grads)


def test_penalty_gradients_match_finite_differences() -> None:
    x = torch.randn(4, 3, dtype=torch.float64)

    def r1_of(w: torch.Tensor) -> torch.Tensor:
        return r1_penalty(lambda v: torch.tanh(v @ w).sum(1), x)

    w = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(r1_of, (w,))


def ctx(stats: Stats | None = None, node: str = "r") -> BuildContext:
    return BuildContext(node, torch.device("cpu"), RunConfig(), (2,), 2, stats=stats)


def test_spectral_norm_brings_sigma_to_one() -> None:
    torch.manual_seed(0)
    D = nn.Sequential(nn.Linear(20, 40), nn.LeakyReLU(0.2), nn.Linear(40, 1))
    with torch.no_grad():
        D[0].weight.mul_(10)
    SpectralNorm("sn", SpectralNormParams()).build(ctx()).attach(D)
    x = torch.randn(64, 20)
    for _ in range(30):
        D(x)
    sigma = torch.linalg.matrix_norm(D[0].weight.detach(), 2).item()
    assert abs(sigma - 1) < 1e-2
    D.eval()
    a, b = D(x), D(x)
    assert torch.equal(a, b)
    # 1-Lipschitz: |D(x) - D(y)| <= |x - y|
    y = torch.randn(64, 20)
    assert ((D(x) - D(y)).abs().squeeze() <= (x - y).norm(dim=1) + 1e-4).all()


def test_weight_clip_bounds_every_parameter() -> None:
    D = nn.Sequential(nn.Linear(2, 8), nn.Linear(8, 1))
    reg = WeightClip("clip", ClipParams(c=0.01)).build(ctx())
    reg.after_step(D)
    assert max(p.abs().max().item() for p in D.parameters()) <= 0.01
    assert not reg.has_term


def batch_of(D: nn.Module, real: torch.Tensor, fake: torch.Tensor, step: int = 0) -> Batch:
    return Batch.fixed(real=real, fake=fake, critic=critic_fn(D), step=step, z=real, G=D, D=D)


@pytest.mark.parametrize(
    ("where", "center", "want"),
    [
        ("interp", 1.0, 16.0),
        ("interp", 0.0, 25.0),
        ("real", 0.0, 25.0),  # R1 without the γ/2: GAN_stability reg_type real
        ("fake", 0.0, 25.0),  # R2
        ("real_fake", 0.0, 50.0),  # sum of both
        ("real", 1.0, 16.0),
        ("fake", 1.0, 16.0),
        ("real_fake", 1.0, 32.0),
    ],
)
def test_gp_where_on_a_linear_critic_is_exact(where: str, center: float, want: float) -> None:
    from blocks.regularizers import GPParams, GradientPenalty

    D = linear_critic(5.0)
    real, fake = torch.randn(8, 2).double(), torch.randn(8, 2).double()
    reg = GradientPenalty("gp", GPParams(weight=2.0, center=center, where=where)).build(ctx())
    term = reg.term(batch_of(D, real, fake))
    assert term is not None
    assert term.item() == pytest.approx(2 * want)


def test_gp_where_defaults_to_interpolates() -> None:
    from blocks.regularizers import GPParams

    assert GPParams().where == "interp"
    with pytest.raises(ValueError):
        GPParams.model_validate({"where": "noise"})


def test_point_penalties_differ_where_the_gradient_does() -> None:
    from blocks.regularizers import located_gradient_penalty, point_penalty

    # D(x) = ½‖x‖²: ∇D = x, so E‖∇D‖² is the mean squared norm of the points themselves
    def D(x: torch.Tensor) -> torch.Tensor:
        return 0.5 * x.square().sum(1)

    real = torch.tensor([[1.0, 0.0], [0.0, 2.0]], dtype=torch.float64)
    fake = torch.tensor([[3.0, 0.0], [0.0, 0.0]], dtype=torch.float64)
    assert point_penalty(D, real).item() == pytest.approx(2.5)
    assert point_penalty(D, fake).item() == pytest.approx(4.5)
    assert point_penalty(D, fake, center=1.0).item() == pytest.approx((4 + 1) / 2)
    assert located_gradient_penalty(D, real, fake, "real", 0.0).item() == pytest.approx(2.5)
    assert located_gradient_penalty(D, real, fake, "fake", 0.0).item() == pytest.approx(4.5)
    assert located_gradient_penalty(D, real, fake, "real_fake", 0.0).item() == pytest.approx(7.0)


def test_r2_trains_the_critic_and_its_gradient_is_finite_at_zero() -> None:
    from blocks.regularizers import point_penalty

    D = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1)).double()
    fake = torch.randn(8, 2).double()
    weights = [w for w in D.parameters() if w.dim() == 2]
    grads = torch.autograd.grad(point_penalty(critic_fn(D), fake), weights)
    assert all(g.abs().sum() > 0 for g in grads)
    flat = nn.Linear(2, 1).double()
    with torch.no_grad():
        flat.weight.zero_()
    (g,) = torch.autograd.grad(point_penalty(critic_fn(flat), fake), [flat.weight])
    assert torch.isfinite(g).all()


# -- LeCam (techniques-2.md §3.3) ------------------------------------------------------------


def lecam(stats: Stats | None = None, **kw: object):  # type: ignore[no-untyped-def]
    from blocks.regularizers import LeCam, LeCamParams

    return LeCam("lc", LeCamParams(**kw)).build(ctx(stats, "lc"))  # type: ignore[arg-type]


def logit_batch(r: list[float], f: list[float], step: int) -> Batch:
    """A batch whose critic outputs are exactly ``r`` on the reals and ``f`` on the fakes.

    Each sample is its own logit (a 1-column input read by a pick-the-column critic), so the
    regularizer reads the given logits through the batch's shared forward.
    """
    real, fake = torch.tensor(r).unsqueeze(1), torch.tensor(f).unsqueeze(1)
    return Batch.fixed(real=real, fake=fake, critic=lambda x: x[:, 0], step=step)


def test_lecam_spec_check_value() -> None:
    from blocks.regularizers import lecam_penalty

    r, f = torch.tensor([2.0, 0.0]), torch.tensor([-1.0, 1.0])
    a_r, a_f = torch.tensor(0.5), torch.tensor(-0.5)
    assert lecam_penalty(r, f, a_r, a_f).item() == pytest.approx(4.375)
    # unclipped paper form: (2.5² + 0.5²)/2 + ((−1.5)² + 0.5²)/2
    assert lecam_penalty(r, f, a_r, a_f, relu_form=False).item() == pytest.approx(4.5)


def test_lecam_term_uses_the_updated_emas() -> None:
    reg = lecam(weight=2.0, decay=0.9, start_step=0)
    reg.load_state_dict({"alpha_real": torch.tensor(0.5), "alpha_fake": torch.tensor(-0.5)})
    batch = logit_batch([2.0, 0.0], [-1.0, 1.0], step=5)
    # EMA first: α_R = 0.9·0.5 + 0.1·1 = 0.55, α_F = 0.9·(−0.5) + 0.1·0 = −0.45
    want = ((2.45**2 + 0.45**2) + 1.55**2) / 2
    assert reg.term(batch).item() == pytest.approx(2.0 * want, rel=1e-6)
    assert reg.alpha_real.item() == pytest.approx(0.55)
    assert reg.alpha_fake.item() == pytest.approx(-0.45)


def test_lecam_ema_copies_the_batch_mean_before_start_and_adds_no_term() -> None:
    reg = lecam(decay=0.99, start_step=10)
    reg.load_state_dict({"alpha_real": torch.tensor(7.0), "alpha_fake": torch.tensor(-7.0)})
    out = reg.term(logit_batch([2.0, 0.0], [-1.0, 3.0], step=9))
    assert out.item() == 0.0
    assert (reg.alpha_real.item(), reg.alpha_fake.item()) == (1.0, 1.0)
    reg.term(logit_batch([3.0, 3.0], [-1.0, -1.0], step=10))  # decay 0.99 from start_step on
    assert reg.alpha_real.item() == pytest.approx(0.99 * 1.0 + 0.01 * 3.0)
    assert reg.alpha_fake.item() == pytest.approx(0.99 * 1.0 + 0.01 * -1.0)
    assert reg.alpha_real.dim() == 0 and not reg.alpha_real.requires_grad


def test_lecam_trains_d_and_keeps_emas_out_of_the_graph() -> None:
    D = nn.Linear(2, 1)
    x = torch.randn(8, 2)
    reg = lecam(start_step=0)
    out = reg.term(batch_of(D, x, x + 1, step=3))
    assert out.requires_grad and out.item() > 0
    (g,) = torch.autograd.grad(out, [D.bias])
    assert g.abs().sum() > 0
    assert not reg.alpha_real.requires_grad and not reg.alpha_fake.requires_grad
    # the anchors (from 0, decay 0.99 once started) moved towards this batch's mean logits
    with torch.no_grad():
        r, f = D(x).squeeze(-1), D(x + 1).squeeze(-1)
    assert reg.alpha_real.item() == pytest.approx(0.01 * r.mean().item(), rel=1e-5)
    assert reg.alpha_fake.item() == pytest.approx(0.01 * f.mean().item(), rel=1e-5)


def test_lecam_reads_the_loss_forward_of_the_batch() -> None:
    """The term shares the adversarial loss's D forward; alone, the batch computes it once."""
    D = nn.Linear(2, 1)
    calls = [0]

    def counting(x: torch.Tensor) -> torch.Tensor:
        calls[0] += 1
        return D(x).squeeze(-1)

    x = torch.randn(8, 2)
    shared = Batch.fixed(real=x, fake=x + 1, critic=counting, step=3)
    d_loss = shared.logits_real.mean() - shared.logits_fake.mean()  # what a loss reads
    assert calls[0] == 2
    out = lecam(start_step=0).term(shared)
    assert calls[0] == 2  # no second forward for the regularizer
    (g,) = torch.autograd.grad(out + d_loss, [D.bias])
    assert torch.isfinite(g).all()
    # a batch where the term comes first (a phase without the loss): one forward each side
    alone = Batch.fixed(real=x, fake=x + 1, critic=counting, step=3)
    assert not alone.computed("out_real") and not alone.computed("out_fake")
    again = lecam(start_step=0).term(alone)
    assert calls[0] == 4 and alone.computed("out_real") and alone.computed("out_fake")
    assert again.item() == pytest.approx(out.item())


def test_lecam_reports_its_emas_to_the_stats() -> None:
    stats = Stats(torch.device("cpu"))
    window = stats.collector()
    reg = lecam(stats, decay=0.9, start_step=0)
    reg.term(logit_batch([2.0, 0.0], [-1.0, 1.0], step=0))
    assert stats.counts == {"reg/lc/alpha_real": 1, "reg/lc/alpha_fake": 1}
    means = window.means()
    assert set(means) == {"reg/lc/alpha_real", "reg/lc/alpha_fake"}
    assert means["reg/lc/alpha_real"].item() == pytest.approx(reg.alpha_real.item())
    assert means["reg/lc/alpha_fake"].item() == pytest.approx(reg.alpha_fake.item())
    first = (reg.alpha_real.item(), reg.alpha_fake.item())
    window.reset()
    reg.term(logit_batch([4.0, 4.0], [-2.0, -2.0], step=1))
    # the window holds the anchors after this term only (reported after the EMA update)
    means = window.means()
    assert means["reg/lc/alpha_real"].item() == pytest.approx(0.9 * first[0] + 0.1 * 4.0)
    assert means["reg/lc/alpha_fake"].item() == pytest.approx(0.9 * first[1] + 0.1 * -2.0)
    # a reported value is a copy, not the live anchor
    reg.alpha_real.fill_(123.0)
    assert window.mean("reg/lc/alpha_real").item() == pytest.approx(0.9 * first[0] + 0.4)
    # without stats (a context that has none) the term still works and reports nothing
    assert lecam(None, start_step=0).term(logit_batch([1.0], [0.0], step=0)) is not None


def test_lecam_state_round_trip() -> None:
    reg = lecam(start_step=1)
    reg.term(logit_batch([2.0, 0.0], [-1.0, 1.0], step=0))  # before start: α = batch means
    state = reg.state_dict()
    assert set(state) == {"alpha_real", "alpha_fake"}
    other = lecam(start_step=1)
    other.load_state_dict(state)
    assert torch.equal(other.alpha_real, reg.alpha_real)
    assert torch.equal(other.alpha_fake, reg.alpha_fake)
    state["alpha_real"].fill_(99.0)  # the saved state is a copy, not the live tensor
    assert reg.alpha_real.item() == 1.0
    nxt = logit_batch([1.0, 1.0], [0.0, 0.0], step=1)
    assert other.term(nxt).item() == pytest.approx(reg.term(nxt).item())


def test_lecam_defaults() -> None:
    from blocks.regularizers import LeCamParams

    p = LeCamParams()
    assert (p.weight, p.decay, p.start_step, p.relu_form) == (0.3, 0.99, 1000, True)
