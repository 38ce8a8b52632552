"""Schedulers: EMA closed form, lr decay values, the WGAN warm-up loop."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from blocks.runtime import LoopPlan
from blocks.schedulers import EMAParams, GeneratorEMA, LinearLR, LinearLRParams, half_life_beta
from gancanvas.compiler import compile_graph
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.driver import StatsDriver
from tests.graphs import tiny


def test_ema_matches_the_closed_form() -> None:
    G = nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        G.weight.fill_(1.0)
    ema = GeneratorEMA(G, EMAParams(decay=0.999))
    with torch.no_grad():
        ema.module.weight.fill_(0.0)
    loop = StatsDriver()
    for step in range(1000):
        ema.step_end(step, loop)
    # θ_ema = θ + βⁿ(θ_ema,0 − θ) = 1 − 0.999^1000
    assert ema.module.weight.item() == pytest.approx(0.632305, abs=1e-5)


def test_ema_copies_before_start_and_round_trips() -> None:
    G = nn.Linear(2, 2)
    ema = GeneratorEMA(G, EMAParams(decay=0.9, start=10))
    with torch.no_grad():
        G.weight.add_(1.0)
    ema.step_end(0, StatsDriver())
    assert torch.equal(ema.module.weight, G.weight)
    other = GeneratorEMA(nn.Linear(2, 2), EMAParams())
    other.load_state_dict(ema.state_dict())
    assert torch.equal(other.module.weight, G.weight)


def test_linear_lr_decay_values() -> None:
    opt = torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=1.0)
    sched = LinearLR([opt], steps=100, p=LinearLRParams(start=0.5, end_factor=0.0))
    loop = StatsDriver()
    seen = {}
    for step in range(100):
        sched.step_end(step, loop)
        seen[step + 1] = opt.param_groups[0]["lr"]
    assert seen[50] == pytest.approx(1.0)
    assert seen[75] == pytest.approx(0.5)
    assert seen[100] == pytest.approx(0.0)


def test_linear_lr_decays_the_lazy_corrected_lr() -> None:
    """With lazy R1 (interval 4) D's Adam runs at lr·4/5 (StyleGAN2's correction): the decay
    must scale that lr, not jump back to the lr the optimizer block was given."""
    g = tiny("grid25_vanilla", steps=100)
    g["nodes"] += [
        {"id": "r1", "type": "regularizer.r1", "params": {"interval": 4}},
        {"id": "lr", "type": "scheduler.linear_lr", "params": {"start": 0.0, "end_factor": 0.5}},
    ]
    g["edges"] += [
        {"from": "D.critic", "to": "r1.critic"},
        {"from": "optD.opt", "to": "lr.opt"},
        {"from": "optG.opt", "to": "lr.opt"},
    ]
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    opt_d, opt_g = prog.opt_D, prog.opt_G
    assert opt_d is not None and opt_g is not None
    corrected = 2e-4 * 4 / 5
    assert opt_d.param_groups[0]["lr"] == pytest.approx(corrected)
    runner = StepRunner(prog)
    for step in range(10):
        runner.iteration(step)
        factor = 1 - 0.5 * (step + 1) / 100
        assert opt_d.param_groups[0]["lr"] == pytest.approx(corrected * factor), step
        assert opt_g.param_groups[0]["lr"] == pytest.approx(2e-4 * factor), step


def test_wgan_warm_critic_schedule() -> None:
    plan = LoopPlan(n_dis=5, warm_steps=100, warm_until=25, warm_every=500)
    assert [plan.d_steps(s) for s in (0, 24, 25, 499, 500, 501)] == [100, 100, 5, 5, 100, 5]
    assert LoopPlan(n_dis=3).d_steps(0) == 3


def test_half_life_beta_matches_the_stylegan2_ada_formula() -> None:
    B, kimg, rampup = 64, 10.0, 0.05
    # no ramp-up: 0.5^(B / (ema_kimg·1000)) at every step
    assert half_life_beta(B, 10**6, kimg, None) == pytest.approx(0.5 ** (64 / 10_000))
    # ramp-up: ema_nimg = min(10 000, cur_nimg·0.05)
    assert half_life_beta(B, 0, kimg, rampup) == 0.0  # cur_nimg = 0: copy
    assert half_life_beta(B, 64 * 100, kimg, rampup) == pytest.approx(0.5 ** (64 / 320))
    assert half_life_beta(B, 64 * 1000, kimg, rampup) == pytest.approx(0.5 ** (64 / 3200))
    # past 200k images the ramp-up no longer binds
    assert half_life_beta(B, 64 * 5000, kimg, rampup) == pytest.approx(0.5 ** (64 / 10_000))
    # the half-life: after ema_kimg·1000 images at full strength, β^(n/B) = ½
    assert half_life_beta(B, 10**7, kimg, rampup) ** (10_000 / 64) == pytest.approx(0.5)


def test_ema_half_life_mode_steps_with_the_drivers_batch_size() -> None:
    G = nn.Linear(1, 1, bias=False)
    ema = GeneratorEMA(G, EMAParams(ema_kimg=1.0, ema_rampup=0.5))
    assert ema.p.mode == "half_life"
    with torch.no_grad():
        G.weight.fill_(1.0)
        ema.module.weight.fill_(0.0)
    loop = StatsDriver(batch_size=16)
    expected = 0.0
    for step in range(200):
        beta = 0.5 ** (16 / max(min(1000.0, step * 16 * 0.5), 1e-8))
        assert ema.beta_at(step, 16) == pytest.approx(beta)
        ema.step_end(step, loop)
        expected = beta * expected + (1 - beta) * 1.0
    assert ema.module.weight.item() == pytest.approx(expected, rel=1e-6)
    assert ema.values()["ema_beta"] == pytest.approx(0.5 ** (16 / 1000))


def test_a_graph_naming_decay_keeps_the_plain_decay() -> None:
    assert EMAParams().mode == "half_life"
    assert EMAParams.model_validate({"decay": 0.99}).mode == "decay"
    assert EMAParams.model_validate({"decay": 0.99, "mode": "half_life"}).mode == "half_life"
    ema = GeneratorEMA(nn.Linear(1, 1), EMAParams.model_validate({"decay": 0.9, "start": 2}))
    assert [ema.beta_at(s, 64) for s in (0, 1, 2, 50)] == [0.0, 0.0, 0.9, 0.9]
    assert ema.values() == {}
    for name in ("digits_dcgan", "ring8_hinge_sn", "animal_progressive"):
        g = tiny(name, steps=1)
        node = next(n for n in g["nodes"] if n["type"] == "scheduler.ema")
        assert EMAParams.model_validate(node["params"]).mode == "decay", name
