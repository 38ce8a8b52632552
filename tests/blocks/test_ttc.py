"""Trust the Critics (blocks/ttc.py) against hand values and the checks of techniques-1.md §6.3."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor, nn

from blocks.ttc import (
    TTCDefaults,
    TTCSampler,
    W1Window,
    critic_gradient,
    init_from_previous,
    one_sided_gradient_penalty,
    one_sided_penalty,
    ttc_critic_loss,
    ttc_step,
    ttc_step_size,
)

D64 = torch.float64


def linear(w: list[float], b: float = 0.0) -> nn.Linear:
    lin = nn.Linear(len(w), 1).double()
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([w], dtype=D64))
        lin.bias.fill_(b)
    return lin


def quadratic(x: Tensor) -> Tensor:
    """D(x) = ½‖x‖², so ∇D(x) = x."""
    return 0.5 * x.flatten(1).square().sum(1)


# ------------------------------------------------------------------------- one-sided penalty


def test_one_sided_penalty_is_zero_when_the_critic_is_at_most_1_lipschitz() -> None:
    x = torch.randn(32, 3, dtype=D64)
    assert one_sided_penalty(linear([0.6, 0.0, -0.8]), x).item() == 0.0  # ‖w‖ = 1
    assert one_sided_penalty(linear([0.3, 0.2, 0.1]), x).item() == 0.0
    small = x / x.norm(dim=1, keepdim=True) * torch.rand(32, 1, dtype=D64)  # ‖∇D‖ = ‖x‖ < 1
    assert one_sided_penalty(quadratic, small).item() == 0.0


def test_one_sided_penalty_hand_values() -> None:
    # linear ‖w‖ = 5: (5 − 1)² = 16 everywhere (a two-sided GP would also give 16)
    assert one_sided_penalty(linear([3.0, 4.0]), torch.randn(8, 2, dtype=D64)).item() == 16.0
    # quadratic at points of norm 0.5, 2, 3: (0² + 1² + 2²)/3; a two-sided GP would add 0.5²/3
    x = torch.tensor([[0.5, 0.0], [0.0, -2.0], [1.8, 2.4]], dtype=D64)
    assert one_sided_penalty(quadratic, x).item() == pytest.approx(5 / 3, abs=1e-12)


def test_one_sided_penalty_trains_the_critic_weights() -> None:
    # d/dw (‖w‖ − 1)² = 2(‖w‖ − 1)·w/‖w‖ = 2·4·(3, 4)/5
    lin = linear([3.0, 4.0])
    one_sided_penalty(lin, torch.randn(8, 2, dtype=D64)).backward()
    assert lin.weight.grad is not None
    torch.testing.assert_close(lin.weight.grad, torch.tensor([[4.8, 6.4]], dtype=D64))


def test_gradient_penalty_uses_per_sample_interpolates() -> None:
    real, fake = torch.randn(16, 2, dtype=D64) * 3, torch.randn(16, 2, dtype=D64)
    torch.manual_seed(7)
    got = one_sided_gradient_penalty(quadratic, real, fake)
    torch.manual_seed(7)
    alpha = torch.rand(16, 1, dtype=D64)
    x_hat = alpha * real + (1 - alpha) * fake  # ∇D(x̂) = x̂
    want = (x_hat.norm(dim=1) - 1).clamp(min=0).square().mean()
    assert got.item() == pytest.approx(want.item(), rel=1e-12)


# ------------------------------------------------------------------------ critic loss and W1


def test_critic_loss_sign_and_w1_estimate_hand_value() -> None:
    real = torch.tensor([[3.0], [5.0]], dtype=D64)  # target mean 4
    fake = torch.tensor([[0.0], [2.0]], dtype=D64)  # source mean 1
    # D(x) = −2x + 1: E[D(y)] − E[D(x)] = −2·(4 − 1) = −6; GP = λ·(2 − 1)² = 1000
    loss, w1 = ttc_critic_loss(linear([-2.0], 1.0), real, fake)
    assert loss.item() == pytest.approx(-6.0 + 1000.0)
    assert w1.item() == pytest.approx(-loss.item()) and not w1.requires_grad
    # the 1-Lipschitz critic that is low on the target: −L = W1 = 3, no penalty
    loss, w1 = ttc_critic_loss(linear([-1.0]), real, fake)
    assert w1.item() == pytest.approx(3.0) and loss.requires_grad


def test_step_size_rule_matches_critic_trainer() -> None:
    theta = 0.7
    for critters in (5, 100, 150):
        history = torch.randn(critters, dtype=D64)
        # critic_trainer.py, literally: append −D_cost when critters − i ≤ 100, then mean
        steplist = [history[i] for i in range(critters) if critters - i <= 100]
        want = theta * sum(float(v) for v in steplist) / len(steplist)
        assert ttc_step_size(history, theta).item() == pytest.approx(want, rel=1e-12)
        window = W1Window()
        for v in history:
            window.push(v)
        assert window.step_size(theta).item() == pytest.approx(want, rel=1e-12)


def test_w1_window_hand_mean_reset_and_state() -> None:
    window = W1Window(window=3)
    for v in (1.0, 2.0, 4.0, 8.0):
        window.push(torch.tensor(v))
    assert window.mean().item() == pytest.approx((2 + 4 + 8) / 3)
    copy = W1Window()
    copy.load_state_dict(window.state_dict())
    copy.push(torch.tensor(16.0))
    assert copy.step_size(0.5).item() == pytest.approx(0.5 * (4 + 8 + 16) / 3)
    window.reset()
    with pytest.raises(ValueError):
        window.mean()


# ------------------------------------------------------------------------------ transport


def test_step_moves_samples_by_exactly_minus_s_times_gradient() -> None:
    x = torch.randn(64, 3, dtype=D64, requires_grad=True)
    w = [0.5, -2.0, 1.5]
    for num_step in (1, 4):
        out = ttc_step(linear(w, 3.0), x, torch.tensor(0.3, dtype=D64), num_step=num_step)
        torch.testing.assert_close(out, x.detach() - 0.3 * torch.tensor(w, dtype=D64))
        assert not out.requires_grad
    # non-constant gradient: one Euler step gives x − s·x
    torch.testing.assert_close(ttc_step(quadratic, x, 0.25), 0.75 * x.detach())
    torch.testing.assert_close(critic_gradient(quadratic, x), x.detach())


def test_step_works_under_no_grad_and_on_images() -> None:
    x = torch.randn(4, 1, 3, 3, dtype=D64)
    with torch.no_grad():
        out = ttc_step(quadratic, x, 0.5)
    torch.testing.assert_close(out, 0.5 * x)


def test_rk4_integrates_the_gradient_flow() -> None:
    # dx/dt = −∇D(x) = −x for D = ½‖x‖²: x(s) = e^{−s}·x
    x = torch.randn(16, 2, dtype=D64)
    exact = math.exp(-0.8) * x
    rk4 = ttc_step(quadratic, x, 0.8, num_step=4, integrator="rk4")
    euler = ttc_step(quadratic, x, 0.8, num_step=4)
    assert (rk4 - exact).abs().max() < 1e-4 < 1e-2 < (euler - exact).abs().max()


def test_sampler_composes_steps_and_freezes_critics() -> None:
    c0, c1 = linear([1.0, 0.0]), linear([0.0, -2.0])
    sampler = TTCSampler([(c0, torch.tensor(0.5, dtype=D64)), (c1, 0.25)])
    assert all(not p.requires_grad for c in (c0, c1) for p in c.parameters())
    x = torch.zeros(5, 2, dtype=D64)
    torch.testing.assert_close(sampler(x), torch.tensor([[-0.5, 0.5]] * 5, dtype=D64))
    torch.testing.assert_close(sampler.push(x, upto=1), torch.tensor([[-0.5, 0.0]] * 5, dtype=D64))
    torch.testing.assert_close(sampler.push(x, upto=0), x)
    traj = sampler.trajectory(x)
    assert len(traj) == 3 and torch.equal(traj[-1], sampler(x))
    again = TTCSampler()
    again.load_steps(sampler.state_dict(), [c0, c1])
    torch.testing.assert_close(again(x), sampler(x))


def test_init_from_previous_copies_weights_and_unfreezes() -> None:
    prev, new = linear([1.0, 2.0], 3.0), linear([0.0, 0.0])
    prev.requires_grad_(False)
    init_from_previous(new, prev)
    torch.testing.assert_close(new.weight, prev.weight)
    assert new.weight.requires_grad and new.weight.data_ptr() != prev.weight.data_ptr()


# ------------------------------------------------------------------------ 1-D sanity (§6.3)


def w1_1d(a: Tensor, b: Tensor) -> float:
    """W1 between two equal-size 1-D samples: mean |sorted a − sorted b|."""
    return (a.flatten().sort().values - b.flatten().sort().values).abs().mean().item()


def train_ttc(critic: nn.Module, n_crit: int, iters: int, lr: float) -> tuple[TTCSampler, list]:
    """The `ttc.py` loop on source N(0, 1) → target N(3, 1) (a short schedule)."""
    sampler, critics, steps = TTCSampler(), [critic], []
    for i in range(n_crit):
        if i > 0:
            critics.append(init_from_previous(type(critic)(), critics[-1]))
        opt = torch.optim.Adam(critics[i].parameters(), lr=lr, betas=TTCDefaults.betas)
        window = W1Window()
        for _ in range(iters):
            real, source = torch.randn(256, 1) + 3.0, torch.randn(256, 1)
            loss, w1 = ttc_critic_loss(critics[i], real, sampler.push(source, upto=i))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            window.push(w1)
        steps.append(window.step_size(0.5))
        sampler.append(critics[i], steps[-1])
    return sampler, steps


class MLP(nn.Sequential):
    def __init__(self) -> None:
        super().__init__(
            nn.Linear(1, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 1)
        )


def test_gaussians_1d_optimal_critic_halves_the_gap_per_critic() -> None:
    # the optimal critic of N(0,1) → N(3,1) in this sign convention is D = −x (+c), ∇D = −1:
    # Ŵ = current gap, s = θ·gap, so the gap shrinks by (1 − θ) = ½ per critic
    torch.manual_seed(0)
    sampler, optimal = TTCSampler(), linear([-1.0], 0.7).float()
    for i in range(3):
        window = W1Window()
        for _ in range(100):
            real, source = torch.randn(512, 1) + 3.0, torch.randn(512, 1)
            window.push(ttc_critic_loss(optimal, real, sampler.push(source, upto=i))[1])
        assert window.step_size(0.5).item() == pytest.approx(0.5 * 3.0 * 0.5**i, rel=0.03)
        sampler.append(optimal, window.step_size(0.5))
    out = sampler(torch.randn(8192, 1))
    assert out.mean().item() == pytest.approx(3.0 - 3.0 * 0.5**3, abs=0.05)
    assert out.std().item() == pytest.approx(1.0, abs=0.03)  # a translation: the shape is kept


def test_gaussians_1d_mlp_critics_reduce_the_distance_geometrically() -> None:
    torch.manual_seed(0)
    sampler, steps = train_ttc(MLP(), n_crit=3, iters=200, lr=1e-3)
    target, source = torch.randn(4096, 1) + 3.0, torch.randn(4096, 1)
    dists = [w1_1d(x, target) for x in sampler.trajectory(source)]
    assert dists[0] == pytest.approx(3.0, abs=0.1)
    for before, after, s in zip(dists, dists[1:], steps, strict=False):
        assert after < 0.7 * before  # ideal factor 1 − θ = 0.5; seen 0.51–0.62 (6 seeds)
        assert s.item() == pytest.approx(0.5 * before, rel=0.15)  # s_i ≈ θ·gap; seen −10%…−0.4%


# --- blocks (contract v2): generator.identity, scheduler.ttc, the one-sided GP option ---------

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from blocks.regularizers import GPParams, GPReg, gradient_penalty  # noqa: E402
from blocks.runtime import Batch, Phase  # noqa: E402
from blocks.ttc_blocks import IdentitySource, TTCCritic, TTCLoop, TTCPath, is_wasserstein  # noqa: E402
from gancanvas.compiler import compile_graph, validate  # noqa: E402
from gancanvas.compiler.build import build_sampling_path  # noqa: E402
from gancanvas.compiler.program import Program  # noqa: E402
from gancanvas.runner import checkpoint as ckpt  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402
from tests.graphs import tiny  # noqa: E402
from tests.steps import on_disk, resume_exactly  # noqa: E402

SMALL = {"num_crit": 3, "critters": 3}


def ttc_graph(steps: int = 9, **loop: Any) -> dict[str, Any]:
    g = tiny("grid25_ttc", steps=steps, batch=16)
    next(n for n in g["nodes"] if n["id"] == "loop")["params"].update({**SMALL, **loop})
    return g


def compiled(seed: int = 0, lr: float | None = None, **loop: Any) -> Program:
    g = ttc_graph(**loop)
    if lr is not None:
        next(n for n in g["nodes"] if n["id"] == "optD")["params"]["lr"] = lr
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(g), "cpu")


def counting(runner: StepRunner) -> tuple[list[str], list[str]]:
    ran: list[str] = []
    resets: list[str] = []
    run, reset = runner.run, runner.reset_optimizer

    def wrapped(phase: Phase | str, step: int | None = None) -> Batch | None:
        ran.append(phase if isinstance(phase, str) else phase.name)
        return run(phase, step)

    def resetting(net: str) -> None:
        resets.append(net)
        reset(net)

    runner.run = wrapped  # type: ignore[method-assign]
    runner.reset_optimizer = resetting  # type: ignore[method-assign]
    return ran, resets


def params_of(net: nn.Module) -> list[Tensor]:
    return [p.detach().clone() for p in net.parameters()]


def test_one_sided_gp_option_and_default_unchanged() -> None:
    real, fake = torch.randn(16, 2) * 3, torch.randn(16, 2)
    torch.manual_seed(3)
    two = gradient_penalty(quadratic, real, fake)
    torch.manual_seed(3)
    one = gradient_penalty(quadratic, real, fake, one_sided=True)
    torch.manual_seed(3)
    want = one_sided_gradient_penalty(quadratic, real, fake)  # phase A's TTC penalty
    torch.testing.assert_close(one, want)
    assert two.item() > one.item()  # the two-sided GP also pushes norms < 1 up
    # the block: one_sided off by default; on, λ·(the same penalty) through the critic path
    assert GPParams().one_sided is False
    batch = Batch.fixed(real=real, fake=fake, critic=quadratic)
    torch.manual_seed(3)
    got = GPReg(GPParams(weight=1000, one_sided=True)).term(batch)
    torch.testing.assert_close(got, 1000 * want)


def test_identity_source_is_fixed_and_checked_by_the_validator() -> None:
    src = IdentitySource((2,))
    z = torch.randn(5, 2)
    assert torch.equal(src(z), z) and not list(src.parameters())
    g = ttc_graph()
    g["nodes"].append({"id": "optG", "type": "optimizer.adam"})
    g["edges"].append({"from": "G.net", "to": "optG.net"})
    assert [i.code for i in validate(load_graph_dict(g))] == ["fixed_network"]
    g = ttc_graph()
    next(n for n in g["nodes"] if n["id"] == "z")["params"]["dim"] = 16
    issues = validate(load_graph_dict(g))
    assert [i.code for i in issues] == ["unsupported_shape"] and "2 values" in issues[0].message
    g = ttc_graph(steps=10)  # 3 critics × 3 updates = 9 iterations
    assert [i.code for i in validate(load_graph_dict(g))] == ["bad_param"]


def test_ttc_block_is_the_loop_and_the_sampling_path() -> None:
    prog = compiled()
    loop = prog.loop_owner
    assert isinstance(loop, TTCLoop) and loop.D is prog.D and loop.G is prog.G
    assert isinstance(prog.sampler, TTCPath) and prog.sampler is loop.path
    assert [p.name for p in prog.phases] == ["Dmain"]  # no G phase: the source is fixed
    assert list(prog.optimizers) == ["D"]
    assert is_wasserstein(prog.loss.d_loss)


def test_ttc_loop_structure_freezes_critics_with_the_step_rule() -> None:
    prog = compiled()
    loop = prog.loop_owner
    assert isinstance(loop, TTCLoop)
    runner = StepRunner(prog)
    ran, resets = counting(runner)
    pushed: list[Tensor] = []
    push = loop.window.push

    def pushing(w1: Tensor) -> None:
        pushed.append(w1.clone())
        push(w1)

    loop.window.push = pushing  # type: ignore[method-assign]
    uppers: list[int | None] = []
    sampler_push = loop.sampler.push

    def recording(x: Tensor, upto: int | None = None) -> Tensor:
        uppers.append(upto)
        return sampler_push(x, upto)

    loop.sampler.push = recording  # type: ignore[method-assign]
    opt = prog.optimizers["D"]
    for step in range(3):
        runner.iteration(step)
    # one iteration = one critic update; after `critters` of them critic 0 is frozen
    assert ran == ["Dmain"] * 3 and resets == ["D"] and len(loop.sampler) == 1
    assert uppers == [0, 0, 0] and not opt.state  # a fresh Adam for critic 1
    frozen = loop.sampler.critics[0]
    assert isinstance(frozen, TTCCritic) and frozen.critic is not prog.D
    # critic 1 starts from critic 0's weights
    for a, b in zip(frozen.parameters(), prog.D.parameters(), strict=True):
        assert torch.equal(a, b) and not a.requires_grad
    # s_0 = θ·mean(Ŵ) over its updates, Ŵ = −(loss + λ·GP) of each update
    assert float(loop.sampler.steps[0]) == pytest.approx(0.5 * float(torch.stack(pushed).mean()))
    frozen_before = params_of(frozen)
    d_before = params_of(prog.D)
    for step in range(3, 9):
        runner.iteration(step)
    assert ran == ["Dmain"] * 9 and resets == ["D"] * 3 and len(loop.sampler) == 3
    assert uppers == [0] * 3 + [1] * 3 + [2] * 3  # critic i's fakes use critics 0..i−1
    assert all(torch.equal(a, b) for a, b in zip(frozen_before, frozen.parameters(), strict=True))
    assert not all(torch.equal(a, b) for a, b in zip(d_before, prog.D.parameters(), strict=True))
    values = runner.flush(0, 9)
    assert values["sched/loop/critics"] == 3 and math.isfinite(values["ttc/w1"])
    assert math.isfinite(values["ttc/step_size"]) and "loss/Dmain/gp" in values
    runner.iteration(9)  # past num_crit × critters: nothing left to do
    assert ran == ["Dmain"] * 9


def test_ttc_runs_a_lazy_penalty_on_the_pushed_fakes() -> None:
    g = ttc_graph()
    next(n for n in g["nodes"] if n["id"] == "gp")["params"]["interval"] = 2
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    loop = prog.loop_owner
    assert isinstance(loop, TTCLoop)
    runner = StepRunner(prog)
    ran, _ = counting(runner)
    for step in range(4):
        runner.iteration(step)
    assert ran == ["Dmain", "Dreg", "Dmain", "Dmain", "Dreg", "Dmain"]
    assert all(p.generate == loop._generate for p in loop.d_lazy)


def test_ttc_refuses_a_loss_with_another_sign() -> None:
    g = ttc_graph()
    next(n for n in g["nodes"] if n["id"] == "loss")["type"] = "loss.hinge"
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    with pytest.raises(RuntimeError, match=r"loss\.wasserstein"):
        StepRunner(prog).iteration(0)


def test_a_trained_critic_moves_the_source_toward_the_data() -> None:
    prog = compiled(num_crit=1, critters=150, lr=1e-3)  # the tiny critic learns in 150 updates
    runner = StepRunner(prog)
    for step in range(150):
        runner.iteration(step)
    loop = prog.loop_owner
    assert isinstance(loop, TTCLoop) and len(loop.sampler) == 1 and loop.sampler.steps[0] > 0
    z = torch.randn(2000, 2)
    assert prog.sampler is not None
    with torch.no_grad():  # the sampling path works without autograd around it
        moved = prog.sampler(z)
    # the pushed samples: s·∇D(x) added (our D is high on the data), no gradient attached
    critic = loop.sampler.critics[0]
    assert isinstance(critic, TTCCritic)
    torch.testing.assert_close(moved, z + loop.sampler.steps[0] * critic_gradient(critic.critic, z))
    assert not moved.requires_grad

    real = prog.data.next(2000)

    def energy(x: Tensor) -> float:
        """Energy distance to the data: 2E‖x − y‖ − E‖x − x′‖ − E‖y − y′‖."""
        return float(
            2 * torch.cdist(x, real).mean()
            - torch.cdist(x, x).mean()
            - torch.cdist(real, real).mean()
        )

    backward = z - loop.sampler.steps[0] * critic_gradient(critic.critic, z)
    assert energy(moved) < 0.8 * energy(z) < 0.8 * energy(backward)


def test_ttc_resumes_exactly_across_a_critic_boundary(tmp_path: Path) -> None:
    # saved at step 4: critic 0 frozen, critic 1 one update in
    done = resume_exactly(lambda seed: compiled(seed), tmp_path, at=4, until=8, nets=("D",))
    a, ra = done.a, done.ra
    la, lb = a.loop_owner, done.b.loop_owner
    assert isinstance(la, TTCLoop) and isinstance(lb, TTCLoop)
    assert len(la.sampler) == len(lb.sampler) == 2 and la.inner == lb.inner == 2
    for ca, cb in zip(la.sampler.critics, lb.sampler.critics, strict=True):
        assert isinstance(ca, TTCCritic) and isinstance(cb, TTCCritic)
        for x, y in zip(ca.parameters(), cb.parameters(), strict=True):
            assert torch.equal(x, y)
    assert [float(s) for s in la.sampler.steps] == [float(s) for s in lb.sampler.steps]
    z = torch.randn(64, 2)
    assert torch.equal(a.sampler(z), done.b.sampler(z))  # type: ignore[misc]
    # `gancanvas sample`: the sampling path alone, from the checkpoint, gives the same samples
    state = on_disk(ckpt.capture(a, ra, 8, None))
    path, built, _ = build_sampling_path(a.graph, torch.device("cpu"))
    built["loop"].load_state_dict(state["blocks"]["loop"])
    assert torch.equal(path(z), a.sampler(z))  # type: ignore[misc]
