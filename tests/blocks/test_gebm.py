"""GEBM (techniques-1.md §7): KALE, log-partition, grad transform, schedule, sampler, blocks."""

from __future__ import annotations

import itertools
import math
from functools import partial
from pathlib import Path
from typing import Any, Literal

import pytest
import torch
from torch import Tensor, nn

from blocks.gebm import (
    EnergyNet,
    LatentLangevin,
    batch_log_partition,
    gebm_grad_transform_,
    generator_steps_before,
    init_log_partition_,
    kale_energy_loss,
    kale_generator_loss,
    kale_gradient_penalty,
    param_l2_penalty,
    truncate_energy,
    which_step,
)
from blocks.gebm_blocks import (
    EnergyCritic,
    GEBMSchedule,
    KALELoss,
    LatentLangevinPath,
    monte_carlo_log_partition,
)
from blocks.runtime import Batch, CriticOutput, Phase
from gancanvas.compiler import validate
from gancanvas.compiler.program import Program
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.steps import compiled_example, edited, resume_exactly, same, snapshot

D64 = torch.float64


def t(*v: float) -> Tensor:
    return torch.tensor(v, dtype=D64)


# --- KALE losses ------------------------------------------------------------------------------


def test_kale_energy_loss_by_hand() -> None:
    e_r, e_f, a = t(1.0, 2.0), t(0.0, math.log(2.0)), t(0.5)[0]
    # mean(E_r + A) = 2;  exp(−(E_f + A)) = e^{−½}·[1, ½]  → mean ¾e^{−½}
    expected = 2.0 + 0.75 * math.exp(-0.5) - 1.0
    assert kale_energy_loss(e_r, e_f, a).item() == pytest.approx(expected, rel=1e-12)


def test_kale_generator_loss_by_hand() -> None:
    e_r, e_f = t(1.0, 2.0), t(0.0, math.log(2.0))
    # Â = log((1 + ½)/2) = log ¾
    assert batch_log_partition(e_f).item() == pytest.approx(math.log(0.75), rel=1e-12)
    assert kale_generator_loss(e_f, e_r).item() == pytest.approx(-1.5 - math.log(0.75))
    assert kale_generator_loss(e_f).item() == pytest.approx(-math.log(0.75))


def test_closed_form_log_partition_zeroes_the_gradient_and_gives_donsker_varadhan() -> None:
    g = torch.Generator().manual_seed(0)
    e_r, e_f = torch.randn(64, generator=g, dtype=D64), 3 * torch.randn(48, generator=g, dtype=D64)
    a = batch_log_partition(e_f).clone().requires_grad_(True)
    loss = kale_energy_loss(e_r, e_f, a)
    (grad_a,) = torch.autograd.grad(loss, a)
    assert abs(grad_a.item()) < 1e-12
    # at A*, L_E = mean E_r + Â = −L_G: the two losses agree at the optimum
    assert loss.item() == pytest.approx(-kale_generator_loss(e_f, e_r).item(), rel=1e-12)
    # and A* is the minimum over A (L_E is convex in A)
    for da in (-0.3, 0.2):
        assert kale_energy_loss(e_r, e_f, a.detach() + da).item() > loss.item()


def test_generator_gradient_is_the_softmax_weighted_energy_gradient() -> None:
    x = torch.randn(5, 2, dtype=D64, requires_grad=True)  # stands for G(z)
    w = t(1.5, -0.5)

    def energy(x: Tensor) -> Tensor:
        return (x @ w) + x.square().sum(1)

    (g,) = torch.autograd.grad(kale_generator_loss(energy(x)), x)
    with torch.no_grad():
        p = torch.softmax(-energy(x), 0)
        expected = p[:, None] * (w + 2 * x)
    torch.testing.assert_close(g, expected)


def test_kale_optimum_1d_recovers_the_log_density_ratio() -> None:
    """§7.5: P = N(1,1), G = N(0,1), E = ax + b; training (E, A) gives a ≈ −1, −L_E ≈ KL = ½."""
    g = torch.Generator().manual_seed(1)
    x_r = 1 + torch.randn(20000, generator=g, dtype=D64)
    x_f = torch.randn(20000, generator=g, dtype=D64)
    lin = nn.Linear(1, 1).double()
    net = EnergyNet(lin, trunc_min=-10.0)
    opt = torch.optim.LBFGS(net.parameters(), lr=1, max_iter=200, line_search_fn="strong_wolfe")

    def closure() -> Tensor:
        opt.zero_grad()
        loss = kale_energy_loss(net(x_r[:, None]), net(x_f[:, None]), net.log_partition)
        loss.backward()
        return loss

    opt.step(closure)
    a = lin.weight.item()
    c = lin.bias.item() + net.log_partition.item()
    assert a == pytest.approx(-1.0, abs=0.05)
    assert c == pytest.approx(0.5, abs=0.05)  # h* = −x + ½
    kale = -closure().item()
    assert kale == pytest.approx(0.5, abs=0.05)


# --- energy net, truncation, penalties --------------------------------------------------------


def test_truncation_bounds_the_energy_below_with_zero_gradient_there() -> None:
    e = t(-30.0, -10.0, -3.0, 4.0).requires_grad_(True)
    out = truncate_energy(e)
    torch.testing.assert_close(out, t(-10.0, -10.0, -3.0, 4.0))
    out.sum().backward()
    torch.testing.assert_close(e.grad, t(0.0, 0.0, 1.0, 1.0))


def test_energy_net_output_and_log_partition_init() -> None:
    net = EnergyNet(nn.Linear(3, 1))
    x = torch.randn(7, 3)
    assert net(x).shape == (7,)
    assert any(p is net.log_partition for p in net.parameters())  # trained by E's optimiser
    assert all(p is not net.log_partition for p in net.body_parameters())
    e_f = torch.randn(1000)
    init_log_partition_(net.log_partition, e_f)
    expected = math.log(torch.exp(-e_f.double()).mean().item())
    assert net.log_partition.item() == pytest.approx(expected, rel=1e-5)
    assert net.log_partition.requires_grad


def test_gradient_penalty_of_a_linear_energy_is_its_squared_norm() -> None:
    lin = nn.Linear(4, 1).double()

    def energy(x: Tensor) -> Tensor:
        return lin(x).squeeze(1)

    real, fake = torch.randn(16, 4, dtype=D64), torch.randn(24, 4, dtype=D64)
    pen = kale_gradient_penalty(energy, real, fake)
    assert pen.item() == pytest.approx(lin.weight.square().sum().item(), rel=1e-12)
    pen.backward()  # the penalty trains E: d‖w‖²/dw = 2w
    torch.testing.assert_close(lin.weight.grad, 2 * lin.weight.detach())


def test_param_l2_penalty_divides_by_the_sum_of_dimensions() -> None:
    w, b = torch.full((2, 3), 2.0), torch.ones(3)
    # Σ‖p‖² = 6·4 + 3 = 27;  Σ dims = (2 + 3) + 3 = 8
    assert param_l2_penalty([w, b]).item() == pytest.approx(27 / 8)


def test_grad_transform_by_hand() -> None:
    w, b = nn.Parameter(torch.zeros(3)), nn.Parameter(torch.zeros(2))
    a = nn.Parameter(torch.zeros(()))
    w.grad, b.grad = t(0.0, 1.0, -3.0).float(), torch.tensor([float("nan"), 1.0])
    a.grad = torch.tensor(0.5)
    gebm_grad_transform_([w, b, a], a)  # A may sit in the list: it is recognised and skipped
    torch.testing.assert_close(w.grad, torch.tensor([0.0, 1.0, -0.6]))  # 2g/(1+g²)
    torch.testing.assert_close(b.grad, torch.zeros(2))  # a non-finite tensor is zeroed
    torch.testing.assert_close(a.grad, torch.tensor(1.0))  # g/(1−g)
    a.grad = torch.tensor(1.0)  # g/(1−g) = inf → 0
    gebm_grad_transform_([], a)
    assert a.grad.item() == 0.0


def test_grad_transform_of_a_keeps_its_zero_at_the_closed_form() -> None:
    e_r, e_f = torch.randn(32), torch.randn(32)
    a = nn.Parameter(batch_log_partition(e_f).detach() + 0.4)
    kale_energy_loss(e_r, e_f, a).backward()
    assert a.grad is not None
    m = torch.exp(-(e_f + a.detach())).mean()
    gebm_grad_transform_([], a)
    torch.testing.assert_close(a.grad, 1 / m - 1)  # g = 1 − m  ⇒  g/(1−g) = 1/m − 1
    # m = e^{−(A − A*)} = e^{−0.4}: the transformed gradient is e^{0.4} − 1 > 0 (A must go down)
    assert a.grad.item() == pytest.approx(math.exp(0.4) - 1, rel=1e-5)


# --- schedule ---------------------------------------------------------------------------------


def authors_which_step(n: int, n_iter_d: int, n_iter_d_init: int, burst: int) -> list[tuple]:
    """A literal transcription of ``Trainer.train_epoch`` + ``which_step`` (stateful)."""
    g_counter, out = 0, []
    for counter in range(1, n + 1):
        m = n_iter_d_init if g_counter < 2 or g_counter % burst == 0 else n_iter_d
        is_g = counter % (m + 1) == 0 and counter > n_iter_d_init
        out.append(("generator" if is_g else "energy", g_counter))
        g_counter += is_g
    return out


@pytest.mark.parametrize(
    ("n", "n_iter_d", "init", "burst"),
    [(6500, 5, 100, 500), (400, 2, 7, 4), (300, 1, 3, 1), (300, 3, 0, 2), (500, 4, 10, 7)],
)
def test_schedule_matches_the_authors_loop(n: int, n_iter_d: int, init: int, burst: int) -> None:
    ref = authors_which_step(n, n_iter_d, init, burst)
    got = [
        (which_step(s, n_iter_d, init, burst), generator_steps_before(s, n_iter_d, init, burst))
        for s in range(n)
    ]
    assert got == ref


def test_schedule_defaults_shape() -> None:
    phases = [which_step(s) for s in range(1000)]
    assert phases[:100] == ["energy"] * 100  # n_iter_d_init energy steps first
    gen = [s for s, p in enumerate(phases) if p == "generator"]
    assert gen[:4] == [100, 201, 203, 209]  # two 101-bursts, then multiples of 6 (counter)
    assert all(b - a == 6 for a, b in itertools.pairwise(gen[2:]))  # 5 energy : 1 base
    assert which_step(10**6) in ("energy", "generator")  # far steps stay cheap
    no_burst = [which_step(s, burst_every=None) for s in range(4000)]
    assert sum(p == "generator" for p in no_burst) == generator_steps_before(4000, burst_every=None)
    with pytest.raises(ValueError):
        which_step(5, burst_every=0)


# --- latent Langevin --------------------------------------------------------------------------


def linear_energy(a: Tensor) -> nn.Module:
    lin = nn.Linear(a.numel(), 1, bias=False).double()
    with torch.no_grad():
        lin.weight.copy_(a[None])
    return lin


def test_zero_noise_langevin_step_is_gradient_descent_by_hand() -> None:
    G = nn.Linear(2, 2).double()
    with torch.no_grad():
        G.weight.copy_(2 * torch.eye(2, dtype=D64))
        G.bias.fill_(1.0)
    E = linear_energy(t(1.0, 1.0))  # E(G(z)) = 2(z₁ + z₂) + 2
    s = LatentLangevin(G, E, 2, steps=1, step_size=0.1, temperature=0.5, noise_scale=0.0)
    z0 = t(0.3, -2.0)[None]
    # ∇U = z + β·2·1 = z + 1  ⇒  z₁ = z₀ − (γ/2)(z₀ + 1)
    expected = z0 - 0.05 * (z0 + 1)
    torch.testing.assert_close(s.latents(z0), expected)
    torch.testing.assert_close(s.sample(z0), G(expected).detach())
    assert all(p.grad is None for p in [*G.parameters(), *E.parameters()])


def test_step_size_decay_schedule() -> None:
    # G = id, E = 0: zero-noise steps multiply z by (1 − γ_k/2), γ = [.5, .5, .05, .05, .005]
    zero = nn.Linear(1, 1, bias=False).double()
    nn.init.zeros_(zero.weight)
    s = LatentLangevin(
        nn.Identity(), zero, 1, steps=5, step_size=0.5, noise_scale=0.0, decay=0.1, decay_every=2
    )
    factor = (1 - 0.25) ** 2 * (1 - 0.025) ** 2 * (1 - 0.0025)
    torch.testing.assert_close(s.latents(t(2.0)[None]), t(2.0 * factor)[None])
    # running in chunks with ``start`` continues the same schedule
    z, _ = s.chain(t(2.0)[None], steps=3)
    z, _ = s.chain(z, start=3, steps=2)
    torch.testing.assert_close(z, t(2.0 * factor)[None])


@pytest.mark.parametrize("method", ["langevin", "lmc"])
def test_chain_on_a_gaussian_posterior_reaches_its_mean_and_variance(
    method: Literal["langevin", "lmc"],
) -> None:
    """§7.5: G(z) = 2z + 1, E(x) = aᵀx ⇒ ν = N(−2βa, I). Euler's exact stationary variance is
    1/(1 − γ/4) for U = ½‖z − μ‖²; the lmc (ABOBA) scheme's is 1 on this quadratic."""
    torch.manual_seed(0)
    G = nn.Linear(2, 2).double()
    with torch.no_grad():
        G.weight.copy_(2 * torch.eye(2, dtype=D64))
        G.bias.fill_(1.0)
    a, beta, gamma = t(0.5, -1.0), 2.0, 0.4
    s = LatentLangevin(
        G, linear_energy(a), 2, steps=150, step_size=gamma, temperature=beta,
        decay_every=None, method=method, kappa=1.0,
    )  # fmt: skip
    z = s.latents(torch.zeros(20000, 2, dtype=D64))
    torch.testing.assert_close(z.mean(0), -2 * beta * a, atol=0.04, rtol=0)
    # pooled over both coordinates; 1/(1 − γ/4) = 1.11 is well apart from 1 at this γ
    var = (z - z.mean(0)).square().mean().item()
    assert var == pytest.approx(1 / (1 - gamma / 4) if method == "langevin" else 1.0, abs=0.035)
    assert abs(torch.cov(z.T)[0, 1].item()) < 0.04


def test_sampler_works_under_no_grad_and_inference_mode_without_touching_grads() -> None:
    G, E = nn.Linear(3, 4), EnergyNet(nn.Linear(4, 1))
    s = LatentLangevin(G, E, 3, steps=4, step_size=1e-2)
    torch.manual_seed(0)
    with torch.no_grad():
        x1 = s.sample(torch.randn(5, 3))
    torch.manual_seed(0)
    with torch.inference_mode():
        x2 = s.sample(torch.randn(5, 3))
    assert x1.shape == (5, 4) and not x1.requires_grad
    torch.testing.assert_close(x1, x2)  # deterministic given torch's RNG
    assert all(p.grad is None for p in [*G.parameters(), *E.parameters()])
    with pytest.raises(ValueError, match="expected 3"):
        s.latents(torch.randn(5, 2))


# --- blocks (contract v2) ---------------------------------------------------------------------


SHORT = {"n_iter_d": 2, "n_iter_d_init": 3, "burst_every": 2}  # bursts within a dozen steps


#: the example, tiny, with node params updated (``gebm_graph(D={...})``) or a node dropped (None)
gebm_graph = partial(edited, "grid25_gebm")
compiled = partial(compiled_example, "grid25_gebm")


def energy_net(prog: Program) -> EnergyCritic:
    assert isinstance(prog.D, EnergyCritic)
    return prog.D


def d_params(prog: Program) -> list[Tensor]:
    assert prog.opt_D is not None
    return list(prog.opt_D.param_groups[0]["params"])


def test_energy_critic_returns_minus_energy_and_log_partition() -> None:
    prog = compiled()
    D = energy_net(prog)
    assert isinstance(prog.loss, KALELoss) and isinstance(prog.loop_owner, GEBMSchedule)
    assert isinstance(prog.sampler, LatentLangevinPath)
    assert any(p is D.log_partition for p in d_params(prog))  # trained by D's optimizer
    x = torch.randn(5, 2) * 30  # far out: the energy is truncated at −10, logits ≤ 10
    out = D(x)
    assert isinstance(out, CriticOutput) and out.logits.shape == (5,)
    torch.testing.assert_close(out.logits, -D.energy(x))
    assert out.extras["log_partition"] is D.log_partition
    assert (out.logits <= 10).all()


def test_kale_loss_refuses_a_critic_without_log_partition() -> None:
    g = gebm_graph()
    next(n for n in g["nodes"] if n["id"] == "D")["type"] = "discriminator.mlp"
    issues = validate(load_graph_dict(g))
    assert any(i.code == "missing_critic_output" and "log_partition" in i.message for i in issues)


def test_schedule_runs_one_phase_per_iteration_in_the_authors_order() -> None:
    prog = compiled(loop=SHORT)
    runner = StepRunner(prog)
    ran: list[str] = []
    run = runner.run

    def counting(phase: Phase | str, step: int | None = None) -> Batch | None:
        ran.append(phase if isinstance(phase, str) else phase.name)
        return run(phase, step)

    runner.run = counting  # type: ignore[method-assign]
    n = 14
    for step in range(n):
        runner.iteration(step)
    expected = ["Gmain" if which_step(s, 2, 3, 2) == "generator" else "Dmain" for s in range(n)]
    assert ran == expected
    # counter = step + 1; modulus n_iter_d_init + 1 = 4 before base steps 1, 2 and every 2nd
    # (g = 0, 1, 2: counters 4, 8, 12), then n_iter_d + 1 = 3 (counter 15)
    assert expected == (["Dmain"] * 3 + ["Gmain"]) * 3 + ["Dmain"] * 2
    assert runner.flush(0, n)["sched/loop/g_steps"] == 3


def test_energy_steps_train_e_and_a_only_base_steps_train_g_only() -> None:
    prog = compiled(loop=SHORT)
    runner = StepRunner(prog)
    g0, d0 = snapshot(prog.G), snapshot(prog.D)
    for step in range(3):  # energy steps
        runner.iteration(step)
    assert same(g0, prog.G) and not same(d0, prog.D)
    assert energy_net(prog).log_partition.item() != 0.0
    d1 = snapshot(prog.D)
    runner.iteration(3)  # the first base step
    assert same(d1, prog.D) and not same(g0, prog.G)
    values = runner.flush(0, 4)
    for key in ("loss/Dmain/loss", "loss/Gmain/loss", "kale/estimate", "kale/penalty", "D/real"):
        assert math.isfinite(values[key]), key


def test_log_partition_starts_at_the_monte_carlo_estimate() -> None:
    prog = compiled(loss={"init_batches": 4})
    D, loss = energy_net(prog), prog.loss
    assert isinstance(loss, KALELoss)
    runner = StepRunner(prog)
    assert D.log_partition.item() == 0.0 and not loss.initialized
    last = [m for m in D.body.modules() if isinstance(m, nn.Linear)][-1]
    with torch.no_grad():
        last.bias.add_(3.0)  # E + 3: A* ≈ −3, far from its starting value 0
    torch.manual_seed(5)
    expected = monte_carlo_log_partition(runner._batch(runner.phases["Dmain"]), 4)
    assert abs(expected.item()) > 0.1
    torch.manual_seed(5)  # the loss draws the same 4 batches first thing in step 0
    runner.iteration(0)
    assert loss.initialized
    # one Adam step (lr 1e-4, transformed gradient) moves A by at most ~lr from the estimate
    assert D.log_partition.item() == pytest.approx(expected.item(), abs=2e-4)
    before = D.log_partition.item()
    runner.iteration(1)  # no second initialisation
    assert D.log_partition.item() == pytest.approx(before, abs=2e-4)


def test_grad_transform_maps_the_energy_gradients_before_the_step() -> None:
    """Same seed with and without ``regularizer.gebm_grad_transform``: the gradients the
    optimizer sees are 2g/(1+g²) (body) and g/(1−g) (A) of the raw ones."""
    seen: dict[str, list[Tensor]] = {}
    a_index = -1
    for name, drop in (("with", {}), ("raw", {"gt": None})):
        prog = compiled(**drop)  # type: ignore[arg-type]
        grads: list[Tensor] = []

        def capture(opt: torch.optim.Optimizer, *_: Any, out: list[Tensor] = grads) -> None:
            out.extend(p.grad.clone() for p in opt.param_groups[0]["params"])

        assert prog.opt_D is not None
        prog.opt_D.register_step_pre_hook(capture)
        StepRunner(prog).iteration(0)
        seen[name] = grads
        a_index = next(
            i for i, p in enumerate(d_params(prog)) if p is energy_net(prog).log_partition
        )
    for i, (w, r) in enumerate(zip(seen["with"], seen["raw"], strict=True)):
        expect = r / (1 - r) if i == a_index else 2 * r / (1 + r.square())
        torch.testing.assert_close(w, expect)
    # small gradients are doubled (2g/(1+g²) ≈ 2g): the map acted
    assert sum(not torch.allclose(w, r) for w, r in zip(seen["with"], seen["raw"], strict=True)) > 4


def test_resume_is_exact(tmp_path: Path) -> None:
    # energy and base steps and a burst after the checkpoint
    done = resume_exactly(lambda seed: compiled(seed, loop=SHORT), tmp_path, at=5, until=10)
    assert done.state["blocks"]["loss"] == {"initialized": True}


def test_latent_langevin_path_lowers_the_energy_under_no_grad() -> None:
    prog = compiled(langevin={"steps": 30, "noise_scale": 0.0, "decay_every": 0, "step_size": 1e-3})
    runner = StepRunner(prog)
    for step in range(4):
        runner.iteration(step)
    path = prog.sampler
    assert isinstance(path, LatentLangevinPath)
    assert not list(path.parameters()) and not path.state_dict()  # holds G and E by reference
    z = prog.latent.sample(64, prog.device)
    with torch.no_grad():
        x = path(z)
        base = prog.G(z)
        e_base, e_path = path.energy(base).mean(), path.energy(x).mean()
    assert x.shape == base.shape and not x.requires_grad
    assert e_path < e_base  # gradient descent on ½‖z‖² + β·E(G(z)) with β = 100
    assert all(p.grad is None for p in [*prog.G.parameters(), *prog.D.parameters()])
    path.eval()
    assert not prog.D.training and not prog.G.training
    path.train()
    assert prog.D.training and prog.G.training
