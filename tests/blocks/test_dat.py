"""DAT adversarial examples and D loss against techniques-1.md §5.3."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor, nn

from blocks.dat import dat_d_loss, dat_examples
from blocks.losses import d_hinge_loss


def linear_critic(w: list[float], b: float = 0.3) -> nn.Linear:
    lin = nn.Linear(len(w), 1).double()
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([w], dtype=torch.float64))
        lin.bias.fill_(b)
    return lin


def as_critic(net: nn.Module):  # type: ignore[no-untyped-def]
    return lambda x: net(x).squeeze(-1)


def batch(b: int, shift: float, seed: int, dim: int = 3) -> Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.randn(b, dim, generator=g, dtype=torch.float64) * 0.1 + shift


def test_linear_critic_steps_are_w_over_b() -> None:
    # §5.3: D(x) = w·x + b with m_f < m_r → x_f^adv = x_f + w/B, x_r^adv = x_r − w/B
    w = [0.5, -1.0, 2.0]
    D = as_critic(linear_critic(w))
    real, fake = batch(8, 0.4, 0), batch(8, -0.4, 1)
    assert D(real).mean() > D(fake).mean()
    real_adv, fake_adv = dat_examples(D, real, fake, clip_range=None)
    step = torch.tensor(w, dtype=torch.float64) / 8
    torch.testing.assert_close(fake_adv, fake + step, rtol=0, atol=1e-15)
    torch.testing.assert_close(real_adv, real - step, rtol=0, atol=1e-15)


def test_linear_critic_reversed_order_flips_the_steps() -> None:
    # m_f > m_r: each side still moves towards the other's mean, now the other way
    w = [1.0, 0.0, -0.5]
    D = as_critic(linear_critic(w))
    real, fake = batch(4, -0.5, 2), batch(6, 0.5, 3)  # unequal batch sizes: own 1/B each
    assert D(real).mean() < D(fake).mean()
    real_adv, fake_adv = dat_examples(D, real, fake, clip_range=None)
    wt = torch.tensor(w, dtype=torch.float64)
    torch.testing.assert_close(fake_adv, fake - wt / 6, rtol=0, atol=1e-15)
    torch.testing.assert_close(real_adv, real + wt / 4, rtol=0, atol=1e-15)


def test_equal_means_leave_the_batch_unmoved() -> None:
    D = as_critic(linear_critic([1.0, 1.0, 1.0]))
    x = batch(5, 0.0, 4)
    real_adv, fake_adv = dat_examples(D, x, x.clone(), clip_range=None)
    torch.testing.assert_close(real_adv, x, rtol=0, atol=0)
    torch.testing.assert_close(fake_adv, x, rtol=0, atol=0)


def test_tau_bounds_each_element_and_binds_exactly() -> None:
    # |w_k|/B = 40/4 = 10 > τ on the first coordinate, 0.2/4 = 0.05 < τ on the second
    w = [40.0, 0.2, -40.0]
    D = as_critic(linear_critic(w))
    real, fake = batch(4, 0.3, 5), batch(4, -0.3, 6)
    for tau in (1.0, 0.25):
        real_adv, fake_adv = dat_examples(D, real, fake, tau=tau, clip_range=None)
        d_f = fake_adv - fake
        assert d_f.abs().max().item() == pytest.approx(tau)
        torch.testing.assert_close(d_f[:, 0], torch.full((4,), tau, dtype=torch.float64))
        torch.testing.assert_close(d_f[:, 1], torch.full((4,), 0.05, dtype=torch.float64))
        torch.testing.assert_close(d_f[:, 2], torch.full((4,), -tau, dtype=torch.float64))
        torch.testing.assert_close(real_adv - real, -d_f)


def test_step_scale_and_sum_reduction() -> None:
    w = [0.5, -1.0, 2.0]
    D = as_critic(linear_critic(w))
    real, fake = batch(8, 0.4, 7), batch(8, -0.4, 8)
    wt = torch.tensor(w, dtype=torch.float64)
    _, f_sum = dat_examples(D, real, fake, reduction="sum", clip_range=None, tau=10.0)
    _, f_scaled = dat_examples(D, real, fake, step_scale=8.0, clip_range=None, tau=10.0)
    torch.testing.assert_close(f_sum, fake + wt)  # no 1/B
    torch.testing.assert_close(f_scaled, f_sum)
    with pytest.raises(ValueError, match="reduction"):
        dat_examples(D, real, fake, reduction="max")  # type: ignore[arg-type]


def test_clip_range_applies_to_both_sides() -> None:
    D = as_critic(linear_critic([30.0, 30.0, 30.0]))  # steps clamp at τ = 1: ±1 per element
    # first the reals leave [−1, 1] (−0.5 − 1), then the fakes (0.5 + 1)
    for r_shift, f_shift in ((-0.5, -0.9), (0.9, 0.5)):
        real, fake = batch(3, r_shift, 9), batch(3, f_shift, 10)
        real_adv, fake_adv = dat_examples(D, real, fake)  # default (−1, 1): the authors' images
        assert ((real - 1).abs() > 1).any() or ((fake + 1).abs() > 1).any()
        torch.testing.assert_close(fake_adv, (fake + 1).clamp(-1, 1))
        torch.testing.assert_close(real_adv, (real - 1).clamp(-1, 1))
        unclipped = dat_examples(D, real, fake, clip_range=None)
        torch.testing.assert_close(unclipped[0], real - 1)
        torch.testing.assert_close(unclipped[1], fake + 1)


def mlp_critic() -> nn.Sequential:
    torch.manual_seed(11)
    return nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1)).double()


def test_direction_is_the_per_sample_gradient_computed_independently() -> None:
    # a nonlinear critic: δ_i = sign(m_own − m_other)·∇D(x_i)/B, each ∇D(x_i) taken on its own
    net = mlp_critic()
    D = as_critic(net)
    real, fake = batch(6, 0.5, 12), batch(6, -0.5, 13)
    with torch.no_grad():
        m_r, m_f = D(real).mean(), D(fake).mean()

    def per_sample_grads(x: Tensor) -> Tensor:
        rows = []
        for xi in x:
            xi = xi.clone().requires_grad_(True)
            (gi,) = torch.autograd.grad(net(xi[None]).sum(), xi)
            rows.append(gi)
        return torch.stack(rows)

    want_f = fake - torch.sign(m_f - m_r) * per_sample_grads(fake) / 6
    want_r = real - torch.sign(m_r - m_f) * per_sample_grads(real) / 6
    real_adv, fake_adv = dat_examples(D, real, fake, clip_range=None)
    torch.testing.assert_close(fake_adv, want_f)
    torch.testing.assert_close(real_adv, want_r)


def test_steps_move_each_mean_towards_the_other() -> None:
    # first order: D rises on the fakes and falls on the reals (or the reverse when m_f > m_r);
    # called under no_grad on purpose: the step must still get its input gradients
    D = as_critic(mlp_critic())
    for shift in (0.5, -0.5):
        real, fake = batch(16, shift, 14), batch(16, -shift, 15)
        with torch.no_grad():
            m_r, m_f = D(real).mean(), D(fake).mean()
            real_adv, fake_adv = dat_examples(D, real, fake, clip_range=None)
            n_r, n_f = D(real_adv).mean(), D(fake_adv).mean()
        up = torch.sign(m_r - m_f)
        assert up != 0
        assert up * (n_f - m_f) > 0 and up * (n_r - m_r) < 0


def test_no_gradient_reaches_the_critic_through_the_perturbation() -> None:
    net = mlp_critic()
    D = as_critic(net)
    real = batch(8, 0.5, 16).requires_grad_(True)
    fake = batch(8, -0.5, 17).requires_grad_(True)
    real_adv, fake_adv = dat_examples(D, real, fake)
    # nothing accumulated anywhere, the examples are constants (no create_graph)
    assert all(p.grad is None for p in net.parameters())
    assert real.grad is None and fake.grad is None
    assert not real_adv.requires_grad and not fake_adv.requires_grad
    assert real_adv.grad_fn is None and fake_adv.grad_fn is None
    # D's parameter gradient is that of the final loss alone, evaluated at constant inputs
    loss = dat_d_loss(D, real, fake, d_hinge_loss)
    got = torch.autograd.grad(loss, list(net.parameters()))
    const = d_hinge_loss(D(real_adv.clone()), D(fake_adv.clone()))
    want = torch.autograd.grad(const, list(net.parameters()))
    for g_got, g_want in zip(got, want, strict=True):
        torch.testing.assert_close(g_got, g_want, rtol=0, atol=0)


def test_d_loss_is_the_gan_loss_on_the_adversarial_examples_only() -> None:
    # hinge on a linear critic by hand: relu(1 − D(x_r − w/B)) + relu(1 + D(x_f + w/B))
    w = [0.5, -1.0, 2.0]
    lin = linear_critic(w, b=0.1)
    D = as_critic(lin)
    real, fake = batch(8, 0.4, 18), batch(8, -0.4, 19)
    wt = torch.tensor(w, dtype=torch.float64)
    with torch.no_grad():
        d_r = real @ wt + 0.1 - (wt @ wt) / 8
        d_f = fake @ wt + 0.1 + (wt @ wt) / 8
    want = torch.relu(1 - d_r).mean() + torch.relu(1 + d_f).mean()
    got = dat_d_loss(D, real, fake, d_hinge_loss, clip_range=None)
    torch.testing.assert_close(got, want)
    clean = d_hinge_loss(D(real), D(fake))
    assert got.item() > clean.item()  # the adversarial pairs are harder than the clean ones


def test_deterministic_and_accepts_b1_outputs() -> None:
    # a critic returning [B, 1] (torch-mimicry's shape) gives the same examples as [B]
    net = mlp_critic()
    real, fake = batch(5, 0.5, 20), batch(5, -0.5, 21)
    a = dat_examples(net, real, fake)
    b = dat_examples(as_critic(net), real, fake)
    for u, v in zip(a, b, strict=True):
        torch.testing.assert_close(u, v, rtol=0, atol=0)


def test_a_separate_fake_critic_targets_and_steps_the_fake_side() -> None:
    # real side through D1 = w1·x, fake side through D2 = w2·x (the critic path of each side)
    w1, w2 = [0.5, -1.0, 2.0], [1.0, 0.5, 0.0]
    D1, D2 = as_critic(linear_critic(w1, 0.0)), as_critic(linear_critic(w2, 0.0))
    real, fake = batch(4, 0.4, 22), batch(5, -0.4, 23)
    m_r, m_f = D1(real).mean(), D2(fake).mean()
    assert m_r > m_f
    real_adv, fake_adv = dat_examples(D1, real, fake, clip_range=None, critic_fake=D2)
    t1, t2 = torch.tensor(w1, dtype=torch.float64), torch.tensor(w2, dtype=torch.float64)
    torch.testing.assert_close(real_adv, real - t1 / 4, rtol=0, atol=1e-15)
    torch.testing.assert_close(fake_adv, fake + t2 / 5, rtol=0, atol=1e-15)


# ---- the block (contract v2) in the compiled example ----

import math  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

from blocks.dat import DirectAdversarial  # noqa: E402
from blocks.runtime import Batch, Phase  # noqa: E402
from gancanvas.compiler import validate  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402
from tests.steps import compiled_example, edited, resume_exactly, sample_after_a_step  # noqa: E402

#: the example, tiny, with node params updated (``dat_graph(D={...})``) or a node dropped (None)
dat_graph = partial(edited, "grid25_dat")
compiled = partial(compiled_example, "grid25_dat")


def test_block_builds_with_the_data_range_or_no_clip() -> None:
    assert validate(load_graph_dict(dat_graph())) == []
    prog = compiled(dat={"clip": "data"})
    ((nid, aug),) = prog.augmenters
    assert isinstance(aug, DirectAdversarial) and nid == "dat"
    assert aug.sides == frozenset({"D"}) and not aug.in_penalties
    assert aug.clip_range == prog.data.value_range == (-4.15, 4.15)
    ((_, free),) = compiled().augmenters  # the toy example: G's outputs are unbounded
    assert free.clip_range is None  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="transform"):
        aug(torch.zeros(2, 2))


def test_d_phase_reads_d_on_the_adversarial_pairs_made_in_one_pass() -> None:
    prog = compiled(sn=None, dat={"clip": "data"})  # no SN: D is fixed between calls
    runner = StepRunner(prog)
    calls = []
    prog.D.register_forward_hook(lambda m, i, o: calls.append(i[0]))
    batch = runner._batch(runner.phases["Dmain"])
    real, fake = batch.real, batch.fake
    out_r, out_f = batch.out_real, batch.out_fake
    assert len(calls) == 4  # perturbation: D(x_r), D(x_f); loss: D(x_r^adv), D(x_f^adv)
    real_adv, fake_adv = dat_examples(prog.D, real, fake, clip_range=prog.data.value_range)
    assert not torch.equal(real_adv, real) and not torch.equal(fake_adv, fake)
    torch.testing.assert_close(out_r.logits, prog.D(real_adv), rtol=0, atol=0)
    torch.testing.assert_close(out_f.logits, prog.D(fake_adv), rtol=0, atol=0)
    calls.clear()
    g_batch = runner._batch(runner.phases["Gmain"])
    out = g_batch.out_fake  # the G step is unchanged: D on G(z) itself
    assert len(calls) == 1 and calls[0] is g_batch.fake
    torch.testing.assert_close(out.logits, prog.D(g_batch.fake), rtol=0, atol=0)


def test_d_gradient_is_the_hinge_loss_on_the_adversarial_examples_alone() -> None:
    grads: dict[str, list[Tensor]] = {}
    prog = compiled(sn=None)
    got: list[Tensor] = []
    prog.opt_D.register_step_pre_hook(  # type: ignore[union-attr]
        lambda o, args, kw: got.extend(p.grad.clone() for p in o.param_groups[0]["params"])
    )
    runner = StepRunner(prog)
    torch.manual_seed(40)
    runner.run("Dmain", 0)
    grads["loop"] = got
    twin = compiled(sn=None)
    torch.manual_seed(40)
    b = StepRunner(twin)._batch(StepRunner(twin).phases["Dmain"])
    real, fake = b.real, b.fake  # the loop's draw order: real, then z and G(z)
    real_adv, fake_adv = dat_examples(twin.D, real, fake, clip_range=None)  # no clip
    loss = d_hinge_loss(twin.D(real_adv), twin.D(fake_adv))
    grads["hand"] = list(torch.autograd.grad(loss, list(twin.D.parameters())))
    for x, y in zip(grads["loop"], grads["hand"], strict=True):
        torch.testing.assert_close(x, y)


def test_five_d_steps_with_dat_then_one_plain_g_step() -> None:
    prog = compiled()
    runner = StepRunner(prog)
    ran: list[str] = []
    run = runner.run

    def counting(phase: Phase | str, step: int | None = None) -> Batch | None:
        batch = run(phase, step)
        assert batch is not None
        ran.append(f"{batch.phase}:{'dat' if batch.computed('memo:dat:dat') else '-'}")
        return batch

    runner.run = counting  # type: ignore[method-assign]
    for step in range(2):
        runner.iteration(step)
    assert ran == (["Dmain:dat"] * 5 + ["Gmain:-"]) * 2
    values = runner.flush(0, 2)
    assert 0 < values["aug/dat/step_real"] < 1 and 0 < values["aug/dat/step_fake"] < 1
    assert all(math.isfinite(v) for v in values.values())


def test_dat_must_come_first_on_its_side() -> None:
    prog = compiled()
    runner = StepRunner(prog)
    batch = runner._batch(runner.phases["Dmain"])
    ((_, aug),) = prog.augmenters
    with pytest.raises(ValueError, match="first augmenter"):
        aug.transform(batch.real + 0.0, "real", batch)


def test_resume_is_exact(tmp_path: Path) -> None:
    resume_exactly(lambda seed: compiled(seed), tmp_path, at=3, until=5)


def test_sampling_path_under_no_grad() -> None:
    assert sample_after_a_step(compiled()).shape == (32, 2)
