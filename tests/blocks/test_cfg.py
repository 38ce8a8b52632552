"""CFG / xICFG and annealed CFG / NATS pieces against techniques-1.md §3 (checks of §3.6)."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor, nn

from blocks.cfg import (
    CriticSnapshots,
    NATSSchedule,
    anneal_weights,
    approx_lr_after_epoch,
    approximator_loss,
    cfg_d_loss,
    cfg_step,
    cfg_steps,
    critic_gap,
    critic_input_grad,
    nats_level,
    nats_level_weight,
    nats_surrogate_g_loss,
    projection_targets,
    random_projection,
    refine,
    should_stop,
)


def small_critic(dim: int = 2, hidden: int = 16, bn: bool = False) -> nn.Sequential:
    layers: list[nn.Module] = [nn.Linear(dim, hidden)]
    if bn:
        layers.append(nn.BatchNorm1d(hidden))
    layers += [nn.Tanh(), nn.Linear(hidden, 1), nn.Flatten(0)]
    return nn.Sequential(*layers).double()


def linear_critic(w: Tensor, b: float = 0.3) -> nn.Linear:
    lin = nn.Linear(w.numel(), 1).double()
    with torch.no_grad():
        lin.weight.copy_(w.view(1, -1))
        lin.bias.fill_(b)
    return lin


# --- §3.1 ------------------------------------------------------------------------------------


def test_d_loss_hand_values_and_stability() -> None:
    zero = torch.zeros(4)
    assert cfg_d_loss(zero, zero).item() == pytest.approx(2 * math.log(2))
    r, f = torch.tensor([1.5, -0.5]), torch.tensor([0.2, -2.0])
    want = sum(math.log1p(math.exp(-a)) for a in (1.5, -0.5)) / 2
    want += sum(math.log1p(math.exp(b)) for b in (0.2, -2.0)) / 2
    assert cfg_d_loss(r, f).item() == pytest.approx(want, rel=1e-6)
    # large logits: log(1 + e^u) would overflow in float32; softplus gives u
    big = cfg_d_loss(torch.tensor([-200.0]), torch.tensor([300.0]))
    assert big.item() == pytest.approx(500.0)


def test_critic_gap_and_stop_rule() -> None:
    gap = critic_gap(torch.tensor([3.0, 5.0]), torch.tensor([-1.0, 1.0, 0.0]))
    assert gap.item() == pytest.approx(4.0)
    assert not should_stop(41.0, stage=1999)  # still in the start-up phase
    assert should_stop(-41.0, stage=2000)
    assert not should_stop(39.0, stage=5000)
    assert not should_stop(1e9, stage=5000, diff_max=-1)  # disabled


# --- §3.2 ------------------------------------------------------------------------------------


def test_step_on_linear_critic_moves_by_eta_w() -> None:
    w = torch.tensor([0.5, -2.0, 1.0], dtype=torch.float64)
    d = linear_critic(w)
    x = torch.randn(5, 3, dtype=torch.float64)
    y = cfg_step(x, d, eta=0.25)
    torch.testing.assert_close(y - x, (0.25 * w).expand(5, 3))
    assert not y.requires_grad and y.grad_fn is None
    # several steps: x + n·η·w; no parameter .grad written into D
    y4 = cfg_steps(x, d, eta=0.25, num_steps=4)
    torch.testing.assert_close(y4 - x, (1.0 * w).expand(5, 3))
    assert d.weight.grad is None and d.bias.grad is None


def test_step_on_quadratic_critic_and_inside_no_grad() -> None:
    # D(x) = −½‖x‖²  ⇒  ∇D = −x  ⇒  x ← (1 − η)x (per sample: the gradient of the summed output)
    x = torch.randn(6, 2, dtype=torch.float64)
    with torch.no_grad():
        y = cfg_step(x, lambda v: -0.5 * v.square().sum(1), eta=0.3)
    torch.testing.assert_close(y, 0.7 * x)


def test_step_weight_scales_eta_and_accepts_tensor_weight() -> None:
    w = torch.tensor([1.0, 2.0], dtype=torch.float64)
    d = linear_critic(w)
    x = torch.zeros(3, 2, dtype=torch.float64)
    y = cfg_steps(x, d, eta=0.5, num_steps=2, weights=torch.tensor([1.0, 0.1], dtype=torch.float64))
    torch.testing.assert_close(y, (0.5 * 1.1 * w).expand(3, 2))


def test_input_grad_matches_finite_differences() -> None:
    torch.manual_seed(0)
    d = small_critic()
    x = torch.randn(4, 2, dtype=torch.float64)
    g = critic_input_grad(d, x)
    h = 1e-6
    for j in range(2):
        e = torch.zeros_like(x)
        e[:, j] = h
        fd = (d(x + e) - d(x - e)) / (2 * h)  # rows are independent (no BN): per-sample slope
        torch.testing.assert_close(g[:, j], fd, atol=1e-7, rtol=1e-6)


# --- §3.3 snapshots and refine ---------------------------------------------------------------


def test_refine_with_k_snapshots_equals_k_manual_steps() -> None:
    torch.manual_seed(1)
    live = small_critic()
    snaps = CriticSnapshots(live)
    critics = []
    for _ in range(4):
        for p in live.parameters():  # a different D at each snapshot
            p.data.add_(0.5 * torch.randn_like(p))
        snaps.take(live)
        critics.append(small_critic())
        critics[-1].load_state_dict(live.state_dict())
    x0 = torch.randn(7, 2, dtype=torch.float64)
    x = x0.clone()
    for c in critics:  # brute-force: x += η ∇ₓ Σ D_t(x), snapshot t at step t, in order
        xg = x.clone().requires_grad_(True)
        (grad,) = torch.autograd.grad(c(xg).sum(), xg)
        x = x + 0.7 * grad
    torch.testing.assert_close(refine(x0, snaps, eta=0.7), x)
    torch.testing.assert_close(refine(x0, critics, eta=0.7), x)
    # num_steps = t uses D_0..D_{t−1} only (the D-update fakes of step t)
    x2 = refine(x0, critics[:2], eta=0.7)
    torch.testing.assert_close(refine(x0, snaps, eta=0.7, num_steps=2), x2)
    torch.testing.assert_close(refine(x0, snaps, eta=0.7, num_steps=0), x0)
    with pytest.raises(ValueError):
        refine(x0, snaps, eta=0.7, num_steps=5)


def test_refine_order_matters() -> None:
    # D_0 = linear, D_1 = quadratic: (x + ηw)(1 − η) ≠ x(1 − η) + ηw, so the order is checked
    w = torch.tensor([1.0, -1.0], dtype=torch.float64)
    lin = linear_critic(w, b=0.0)

    def quad(v: Tensor) -> Tensor:
        return -0.5 * v.square().sum(1)

    x = torch.ones(2, 2, dtype=torch.float64)
    torch.testing.assert_close(refine(x, [lin, quad], eta=0.5), (x + 0.5 * w) * 0.5)


def test_snapshots_frozen_while_live_critic_trains() -> None:
    torch.manual_seed(2)
    live = small_critic(bn=True)
    snaps = CriticSnapshots(live)
    snaps.take(live)
    before = {k: v.clone() for k, v in snaps.state_dict().items()}
    x = torch.randn(8, 2, dtype=torch.float64)
    out_before = snaps[0](x).detach()
    opt = torch.optim.SGD(live.parameters(), lr=0.5)
    for _ in range(5):  # train D afterwards (also moves its BN running stats)
        opt.zero_grad()
        cfg_d_loss(live(torch.randn(8, 2, dtype=torch.float64) + 1), live(x)).backward()
        opt.step()
    refine(x, snaps, eta=0.1)  # applying a snapshot (BN in train mode) must not change it
    after = snaps.state_dict()
    for k in before:
        torch.testing.assert_close(after[k], before[k], rtol=0, atol=0)
    torch.testing.assert_close(snaps[0](x), out_before)
    assert not torch.allclose(live(x), out_before)  # D did move
    assert all(not p.requires_grad for p in snaps.template.parameters())


def test_snapshot_bn_train_mode_uses_batch_statistics() -> None:
    torch.manual_seed(3)
    live = small_critic(bn=True)
    x = torch.randn(16, 2, dtype=torch.float64) * 3 + 2
    live.train()
    want_train = live(x).detach()
    live.eval()
    want_eval = live(x).detach()
    s_train, s_eval = CriticSnapshots(live), CriticSnapshots(live, bn_train_mode=False)
    s_train.take(live)
    s_eval.take(live)
    torch.testing.assert_close(s_train[0](x), want_train)
    torch.testing.assert_close(s_eval[0](x), want_eval)


def test_snapshot_slots_overwrite_and_state_dict_roundtrip() -> None:
    torch.manual_seed(4)
    live = small_critic()
    snaps = CriticSnapshots(live)
    for _ in range(3):
        snaps.take(live)
    assert len(snaps) == 3
    for p in live.parameters():
        p.data.mul_(-1)
    snaps.take(live, t=1)  # next stage overwrites slot 1 in place
    x = torch.randn(5, 2, dtype=torch.float64)
    torch.testing.assert_close(snaps[1](x), live(x))
    with pytest.raises(IndexError):
        snaps.take(live, t=5)
    sd = snaps.state_dict()
    assert all(isinstance(v, Tensor) for v in sd.values())
    other = CriticSnapshots(small_critic())
    other.load_state_dict(sd)
    assert len(other) == 3
    torch.testing.assert_close(refine(x, other, 0.3), refine(x, snaps, 0.3))
    with pytest.raises(ValueError):
        CriticSnapshots(small_critic(hidden=8)).load_state_dict(sd)


# --- §3.3 approximator -----------------------------------------------------------------------


def test_approximator_loss_zero_known_value_and_gradient() -> None:
    target = torch.randn(4, 3, 2, 2)
    assert approximator_loss(target.clone(), target).item() == 0.0
    fake = (target + 1).requires_grad_(True)
    tgt = target.clone().requires_grad_(True)
    loss = approximator_loss(fake, tgt)
    assert loss.item() == pytest.approx(12 / 2)  # Σ over 12 elements per sample of 1², /2
    loss.backward()
    assert fake.grad is not None
    torch.testing.assert_close(fake.grad, torch.full_like(fake, 1 / 4))  # (fake − target)/B
    assert tgt.grad is None  # the target is a constant


def test_projection_targets_for_initialize_g() -> None:
    g = torch.Generator().manual_seed(0)
    w = random_projection(100, (1, 4, 4), std=0.01, generator=g)
    assert w.shape == (100, 16)
    assert w.std().item() == pytest.approx(0.01, rel=0.1)
    z = torch.randn(640, 100, generator=g)
    x = projection_targets(z, w, (1, 4, 4))
    assert x.shape == (640, 1, 4, 4)
    torch.testing.assert_close(x.flatten(1), (z @ w).clamp(-1, 1))
    big = projection_targets(z, w * 1000, (16,))
    assert big.abs().max().item() == 1.0


def test_approx_lr_decay_rule() -> None:
    lr, n = 1.0, 0
    seen = []
    prev = None
    for loss in [5.0, 4.0, 6.0, 6.0, 7.0, 3.0, 8.0, 9.0]:
        lr, n = approx_lr_after_epoch(lr, loss, prev, n)
        prev = loss
        seen.append(lr)
    # rises at 6 (>4), 7 (>6), 8 (>3); equal 6 is not a rise; the 4th rise (9) is past the cap 3
    assert seen == pytest.approx([1, 1, 0.1, 0.1, 0.01, 0.01, 0.001, 0.001])
    assert n == 3
    assert approx_lr_after_epoch(1.0, 2.0, 1.0, 10, max_reductions=0) == (0.1, 11)
    assert approx_lr_after_epoch(1.0, 2.0, 1.0, 0, decay=0.0) == (1.0, 0)


# --- §3.5 annealing (interpretation) ---------------------------------------------------------


def test_anneal_weights_known_points() -> None:
    torch.testing.assert_close(anneal_weights(3, ratio=10.0), torch.tensor([1.0, 0.1, 0.01]))
    torch.testing.assert_close(anneal_weights(3, 10.0, "grow"), torch.tensor([0.01, 0.1, 1.0]))
    torch.testing.assert_close(anneal_weights(4, 10.0, "const"), torch.ones(4))
    torch.testing.assert_close(anneal_weights(1), torch.ones(1))
    w = anneal_weights(15, ratio=10.0)
    # w_t = (σ_t/σ_1)² with σ geometric: successive ratios are constant
    torch.testing.assert_close(w[1:] / w[:-1], torch.full((14,), 10 ** (-2 / 14)))
    with pytest.raises(ValueError):
        anneal_weights(3, 10.0, "bogus")  # type: ignore[arg-type]


def test_nats_level_schedule_known_points_and_state() -> None:
    assert [nats_level(s, 100, 3) for s in (0, 99, 100, 250, 299, 300, 10_000)] == [
        0, 0, 1, 2, 2, 2, 2,
    ]  # fmt: skip
    assert nats_level_weight(0, 3) == pytest.approx(1.0)
    assert nats_level_weight(1, 3) == pytest.approx(math.sqrt(0.1))
    assert nats_level_weight(2, 3) == pytest.approx(0.1)
    assert nats_level_weight(0, 1) == 1.0
    s = NATSSchedule(num_levels=3, steps_per_level=10)
    assert (s.level, s.weight) == (0, 1.0)
    s.advance(25)
    assert s.level == 2 and s.eta(0.5) == pytest.approx(0.05)
    t = NATSSchedule(num_levels=3, steps_per_level=10)
    t.load_state_dict(s.state_dict())
    assert (t.step, t.level, t.weight) == (25, 2, s.weight)


# --- §3.6 sanity checks ----------------------------------------------------------------------


def test_analytic_1d_optimal_critic_and_step() -> None:
    mu, eta = 1.5, 0.4
    x = torch.linspace(-4, 4, 81, dtype=torch.float64)

    def d_star(v: Tensor) -> Tensor:
        return mu * v - mu**2 / 2

    def log_normal(v: Tensor, m: float) -> Tensor:
        return -0.5 * (v - m) ** 2 - 0.5 * math.log(2 * math.pi)

    # D* = log p*/p_G for p* = N(μ,1), p_G = N(0,1)
    torch.testing.assert_close(d_star(x), log_normal(x, mu) - log_normal(x, 0.0))
    xs = torch.randn(1000, dtype=torch.float64)
    xs = xs - xs.mean()  # p_G's mean 0 exactly, so the gap to the data mean starts at μ
    moved = cfg_step(xs, d_star, eta)
    torch.testing.assert_close(moved - xs, torch.full_like(xs, eta * mu))  # every sample by ημ
    gap_after = mu - moved.mean()
    torch.testing.assert_close(gap_after, torch.tensor((1 - eta) * mu, dtype=torch.float64))


def test_trained_logistic_critic_recovers_slope_mu() -> None:
    torch.manual_seed(5)
    mu = 1.5
    real = torch.randn(20000, 1, dtype=torch.float64) + mu
    fake = torch.randn(20000, 1, dtype=torch.float64)
    d = nn.Linear(1, 1).double()
    opt = torch.optim.LBFGS(d.parameters(), lr=1, max_iter=100, line_search_fn="strong_wolfe")

    def closure() -> Tensor:
        opt.zero_grad()
        loss = cfg_d_loss(d(real).squeeze(1), d(fake).squeeze(1))
        loss.backward()
        return loss

    opt.step(closure)
    assert d.weight.item() == pytest.approx(mu, abs=0.06)
    assert d.bias.item() == pytest.approx(-(mu**2) / 2, abs=0.06)
    # ∇D ≈ μ, so one CFG step moves fakes by ≈ ημ toward the data
    step = cfg_step(fake, lambda v: d(v).squeeze(1), 0.5) - fake
    assert step.mean().item() == pytest.approx(0.5 * mu, abs=0.03)


def test_nats_one_step_regression_equals_minus_eta_w_d() -> None:
    torch.manual_seed(6)
    g = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 2)).double()
    d = small_critic(bn=True)  # BN couples the batch: still equal, ∇ of the summed output
    z = torch.randn(10, 3, dtype=torch.float64)
    eta, w = 0.3, 0.7
    x = g(z)
    reg = approximator_loss(x, cfg_step(x, d, eta, w))
    grads_reg = torch.autograd.grad(reg, list(g.parameters()))
    d.requires_grad_(False)
    direct = nats_surrogate_g_loss(-eta * d(g(z)).mean(), w)
    grads_dir = torch.autograd.grad(direct, list(g.parameters()))
    for a, b in zip(grads_reg, grads_dir, strict=True):
        torch.testing.assert_close(a, b)


def test_xicfg_toy_loop_moves_generator_to_data() -> None:
    """A miniature of the authors' stage loop (cfggan.py), small enough for CPU: 2-D Gaussian."""
    torch.manual_seed(7)
    z_dim, T, U, N, epochs, bs, eta, lr = 4, 5, 1, 128, 4, 64, 0.5, 2.5e-3
    mean = torch.tensor([1.5, -1.0])
    g = nn.Sequential(nn.Linear(z_dim, 32), nn.ReLU(), nn.Linear(32, 2))
    d = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 1), nn.Flatten(0))
    opt_d = torch.optim.RMSprop(d.parameters(), lr=lr, alpha=0.95, eps=1e-18)
    snaps = CriticSnapshots(d)

    def fit(zs: Tensor, targets: Tensor) -> None:  # DDG._approximate: fresh optimizer per refit
        opt = torch.optim.RMSprop(g.parameters(), lr=lr, alpha=0.95, eps=1e-18)
        for _ in range(epochs):
            for idx in torch.randperm(N).split(bs):
                opt.zero_grad()
                approximator_loss(g(zs[idx]), targets[idx]).backward()
                opt.step()

    zs = torch.randn(N, z_dim)
    fit(zs, projection_targets(zs, random_projection(z_dim, (2,)), (2,)))
    for _stage in range(40):
        for t in range(T):
            for _ in range(U):
                with torch.no_grad():
                    x0 = g(torch.randn(bs, z_dim))
                fake = refine(x0, snaps, eta, num_steps=t)
                real = torch.randn(bs, 2) * 0.3 + mean
                opt_d.zero_grad()
                cfg_d_loss(d(real), d(fake)).backward()
                opt_d.step()
            snaps.take(d, t)
        zs = torch.randn(N, z_dim)
        with torch.no_grad():
            x0 = g(zs)
        fit(zs, refine(x0, snaps, eta))
    with torch.no_grad():
        x0 = g(torch.randn(512, z_dim))
    out = refine(x0, snaps, eta)
    # G̃ starts at ≈ 0, 1.8 away; over seeds 0..7 both end within 0.3 (D's noise, not bias)
    assert (out.mean(0) - mean).norm().item() < 0.5
    assert (x0.mean(0) - mean).norm().item() < 0.5  # G̃ alone has followed G_T
    assert (out.std(0) > 0.1).all()  # not collapsed onto a point (data std 0.3)


# --- blocks (contract v2): scheduler.xicfg, its sampling path, scheduler.nats ------------------

import io  # noqa: E402
from typing import Any  # noqa: E402

import blocks.cfg_blocks as cfg_blocks  # noqa: E402
from blocks.cfg_blocks import NATSLoop, XICFGLoop, XICFGPath  # noqa: E402
from blocks.runtime import Batch, Phase  # noqa: E402
from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.compiler.build import build_sampling_path  # noqa: E402
from gancanvas.compiler.program import Program  # noqa: E402
from gancanvas.runner import checkpoint as ckpt  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402
from tests.graphs import tiny  # noqa: E402

#: a stage small enough for tests: 3 snapshots, 2 epochs over 64 pairs in batches of 32
SMALL = {"T": 3, "N": 64, "refit_batch": 32, "epochs": 2}


def graph(name: str, **params: dict[str, Any]) -> dict[str, Any]:
    g = tiny(name, batch=16)
    for nid, p in params.items():
        next(n for n in g["nodes"] if n["id"] == nid)["params"].update(p)
    return g


def compiled(name: str = "grid25_xicfg", seed: int = 0, **params: dict[str, Any]) -> Program:
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(graph(name, **params)), "cpu")


def counting(runner: StepRunner) -> list[str]:
    ran: list[str] = []
    run = runner.run

    def wrapped(phase: Phase | str, step: int | None = None) -> Batch | None:
        ran.append(phase if isinstance(phase, str) else phase.name)
        return run(phase, step)

    runner.run = wrapped  # type: ignore[method-assign]
    return ran


def params_of(net: nn.Module) -> list[Tensor]:
    return [p.detach().clone() for p in net.parameters()]


def same(a: list[Tensor], net: nn.Module) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, net.parameters(), strict=True))


def on_disk(state: dict[str, Any]) -> dict[str, Any]:
    """The checkpoint as a resumed run reads it: saved and loaded (``capture`` hands out the
    optimizers' own state tensors, which a second program would otherwise share)."""
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    loaded: dict[str, Any] = torch.load(buf, weights_only=True)
    return loaded


def continue_both(ra: StepRunner, rb: StepRunner, state: dict[str, Any], steps: range) -> None:
    """The uninterrupted run and the resumed one, each from the checkpoint's RNG state (one
    process shares the global RNG: interleaving the two would hand them different draws)."""
    for runner in (ra, rb):
        torch.set_rng_state(state["rng"]["cpu"])
        for step in steps:
            runner.iteration(step)


def test_xicfg_block_is_the_loop_and_the_sampling_path() -> None:
    prog = compiled(loop=SMALL)
    loop = prog.loop_owner
    assert isinstance(loop, XICFGLoop) and loop.G is prog.G and loop.D is prog.D
    assert isinstance(prog.sampler, XICFGPath) and prog.sampler is loop.path
    gens = {nid: gen for nid, _, gen in prog.metrics}
    assert gens["modes"] is loop.path and gens["modes_base"] is prog.G
    # the CFG D loss is the logistic loss: loss.non_saturating's d_loss is cfg_d_loss
    r, f = torch.randn(9), torch.randn(9)
    batch = Batch.fixed(real=r, fake=f, critic=lambda x: x)
    torch.testing.assert_close(prog.loss.d_loss(batch), cfg_d_loss(r, f))


def test_xicfg_stage_structure_is_the_authors_loop() -> None:
    prog = compiled(loop=SMALL)
    loop = prog.loop_owner
    assert isinstance(loop, XICFGLoop)
    runner = StepRunner(prog)
    ran = counting(runner)
    steps: list[int | None] = []
    refine_ = loop.refine

    def recording(x0: Tensor, num_steps: int | None = None) -> Tensor:
        steps.append(num_steps)
        return refine_(x0, num_steps)

    loop.refine = recording  # type: ignore[method-assign]
    refit = ["Grefit"] * 2 * 2  # epochs × ⌈N / refit_batch⌉
    runner.iteration(0)
    # initialize_G's fit, then T = 3 D updates (U = 1), then the refit
    assert ran == ["xicfg_probe", *refit, "Dmain", "Dmain", "Dmain", *refit]
    # D-update fakes use D_0..D_{t−1} (t = 0, 1, 2); the 2 target chunks use all T snapshots
    assert steps == [0, 1, 2, None, None]
    assert len(loop.snaps) == 3 and loop.stage == 1 and loop.initialized
    ran.clear()
    steps.clear()
    runner.iteration(1)  # no second initialisation
    assert ran == ["xicfg_probe", "Dmain", "Dmain", "Dmain", *refit]
    assert steps == [0, 1, 2, None, None]
    values = runner.flush(0, 2)
    for key in ("cfg/gap", "cfg/refit_loss", "cfg/refit_lr_cuts", "loss/Dmain/loss", "D/real"):
        assert math.isfinite(values[key]), key
    assert values["sched/loop/stage"] == 2
    assert "loss/Grefit/refit" in values and "loss/Gmain/loss" not in values  # G loss never runs


def test_xicfg_updates_d_snapshots_and_refits_g_with_fresh_optimizer() -> None:
    prog = compiled(loop=SMALL)
    loop = prog.loop_owner
    assert isinstance(loop, XICFGLoop)
    runner = StepRunner(prog)
    g0, d0 = params_of(prog.G), params_of(prog.D)
    runner.iteration(0)
    assert not same(g0, prog.G) and not same(d0, prog.D)
    x = torch.randn(10, 2)
    # the last snapshot is D after its last update; the first one is older
    torch.testing.assert_close(loop.snaps[2](x), prog.D(x), rtol=0, atol=0)
    assert not torch.equal(loop.snaps[0](x), prog.D(x))
    runner.iteration(1)
    opt_G, opt_D = prog.optimizers["G"], prog.optimizers["D"]
    # G's optimizer state is fresh each refit (4 updates), D's persists (3 per stage)
    assert all(int(s["step"]) == 4 for s in opt_G.state.values())
    assert all(int(s["step"]) == 6 for s in opt_D.state.values())
    assert opt_G.param_groups[0]["lr"] == 1e-4  # back at its base lr between stages


def test_xicfg_refit_lr_cuts_restart_each_refit(monkeypatch: pytest.MonkeyPatch) -> None:
    def always_rises(
        lr: float, loss: float, prev: float | None, n: int, decay: float, most: int
    ) -> tuple[float, int]:
        return (lr * decay, n + 1) if prev is not None and n < most else (lr, n)

    monkeypatch.setattr(cfg_blocks, "approx_lr_after_epoch", always_rises)
    prog = compiled(loop={**SMALL, "epochs": 6, "N": 32})
    loop = prog.loop_owner
    assert isinstance(loop, XICFGLoop)
    runner = StepRunner(prog)
    lrs: list[float] = []
    prog.optimizers["G"].register_step_pre_hook(
        lambda opt, args, kw: lrs.append(opt.param_groups[0]["lr"])
    )
    runner.iteration(0)
    # a rise is seen from the 2nd epoch on: ×0.1 after epochs 1, 2, 3, then the cap of 3 cuts
    per_fit = [1e-4, 1e-4, 1e-5, 1e-6, 1e-7, 1e-7]
    assert lrs == pytest.approx(per_fit * 2, rel=1e-9)  # initialize_G, then the stage's refit
    assert runner.flush(0, 1)["cfg/refit_lr_cuts"] == 3


def test_xicfg_resume_is_exact() -> None:
    a, b = compiled(seed=0, loop=SMALL), compiled(seed=1, loop=SMALL)
    ra, rb = StepRunner(a), StepRunner(b)
    for step in range(2):
        ra.iteration(step)
    state = on_disk(ckpt.capture(a, ra, 2, None))
    assert state["blocks"]["loop"]["stage"] == 2 and len(state["blocks"]["loop"]["snapshots"])
    assert ckpt.restore(b, rb, state) == 2
    continue_both(ra, rb, state, range(2, 4))
    for net in ("G", "D"):
        for x, y in zip(a.nets[net].parameters(), b.nets[net].parameters(), strict=True):
            assert torch.equal(x, y)
    sa, sb = a.built["loop"].snaps.state_dict(), b.built["loop"].snaps.state_dict()
    assert sa.keys() == sb.keys() and all(torch.equal(sa[k], sb[k]) for k in sa)


def test_xicfg_sampling_path_under_no_grad_and_from_a_checkpoint() -> None:
    prog = compiled(loop=SMALL)
    runner = StepRunner(prog)
    runner.iteration(0)
    loop, path = prog.loop_owner, prog.sampler
    assert isinstance(loop, XICFGLoop) and isinstance(path, XICFGPath)
    assert not list(path.parameters()) and not path.state_dict()  # G̃ held by reference
    z = prog.latent.sample(32, prog.device)
    with torch.no_grad():
        x = path(z)
        x0 = prog.G(z)
    assert not x.requires_grad and x.shape == x0.shape
    torch.testing.assert_close(x, refine(x0, loop.snaps, 0.5))
    assert not torch.allclose(x, x0)  # the T steps moved the samples
    assert all(p.grad is None for p in [*prog.G.parameters(), *prog.D.parameters()])
    path.eval()
    assert not prog.G.training
    path.train()
    # ``gancanvas sample`` builds only the path's handle ancestors (no data, no optimizers)
    state = ckpt.capture(prog, runner, 1, None)
    other, built, _ = build_sampling_path(prog.graph, torch.device("cpu"))
    assert "optG" not in built and "data" not in built
    for nid, obj in built.items():
        if nid in state["blocks"]:
            obj.load_state_dict(state["blocks"][nid])
    with torch.no_grad():
        torch.testing.assert_close(other(z), x)


NATS_SMALL = {"num_levels": 3, "steps_per_level": 2, "cfg_steps": 2}


def test_nats_runs_base_d_then_annealed_g_step() -> None:
    prog = compiled("grid25_nats", loop=NATS_SMALL)
    loop = prog.loop_owner
    assert isinstance(loop, NATSLoop)
    runner = StepRunner(prog)
    ran = counting(runner)
    d0, g0 = params_of(prog.D), params_of(prog.G)
    weights = []
    for step in range(6):
        weights.append(loop.schedule.weight)
        runner.iteration(step)
    assert ran == ["Dmain", "Gmain"] * 6
    assert weights == pytest.approx([1, 1, 0.1**0.5, 0.1**0.5, 0.1, 0.1])
    assert not same(d0, prog.D) and not same(g0, prog.G)
    values = runner.flush(0, 6)
    assert math.isfinite(values["loss/Gmain/nats"]) and "loss/Gmain/loss" not in values
    assert values["sched/loop/level"] == 2 and values["sched/loop/weight"] == pytest.approx(0.1)


def test_nats_regression_target_is_s_annealed_steps_of_the_frozen_critic() -> None:
    prog = compiled("grid25_nats", loop=NATS_SMALL)
    loop = prog.loop_owner
    assert isinstance(loop, NATSLoop)
    runner = StepRunner(prog)
    loop.schedule.advance(2)  # level 1: w_k = √0.1
    torch.manual_seed(3)
    batch = runner._batch(runner.phases["Gmain"])
    x = batch.fake
    w = 0.5 * 0.1**0.5
    want = x.detach()
    for a in (1.0, 0.01):  # inner weights (σ_s/σ_1)², ratio 10 over S = 2
        want = want + w * a * critic_input_grad(lambda v: prog.D(v), want)
    loop._setup(runner)
    torch.testing.assert_close(loop._regression(batch), approximator_loss(x, want))
    assert all(p.grad is None for p in prog.D.parameters())


def test_nats_surrogate_scales_the_base_g_loss() -> None:
    prog = compiled("grid25_nats", loop={**NATS_SMALL, "g_update": "surrogate"})
    loop = prog.loop_owner
    assert isinstance(loop, NATSLoop)
    runner = StepRunner(prog)
    loop._setup(runner)
    loop.schedule.advance(4)  # w_k = 0.1
    name, fn, _ = loop.g_phase.updates[0].terms[0]
    base = runner.phases["Gmain"].updates[0].terms[0][1]
    torch.manual_seed(4)
    batch = runner._batch(runner.phases["Gmain"])
    assert name == "loss"
    torch.testing.assert_close(fn(batch), 0.1 * base(batch))  # type: ignore[operator]


def test_nats_resume_is_exact() -> None:
    a = compiled("grid25_nats", seed=0, loop=NATS_SMALL)
    b = compiled("grid25_nats", seed=1, loop=NATS_SMALL)
    ra, rb = StepRunner(a), StepRunner(b)
    for step in range(3):
        ra.iteration(step)
    state = on_disk(ckpt.capture(a, ra, 3, None))
    assert state["blocks"]["loop"] == {"schedule": {"step": 3}}
    ckpt.restore(b, rb, state)
    continue_both(ra, rb, state, range(3, 6))  # crosses a level boundary
    for net in ("G", "D"):
        for x, y in zip(a.nets[net].parameters(), b.nets[net].parameters(), strict=True):
            assert torch.equal(x, y)
