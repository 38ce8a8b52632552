"""The step loop: phases as data, only the phase's network trained, lazy intervals."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import torch
from torch import nn
from torch.nn import functional as F

from blocks.regularizers import R1Reg
from gancanvas.compiler import Program, compile_graph
from gancanvas.compiler.program import make_phases
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def program(name: str = "grid25_vanilla", **edits: Any) -> Program:
    g = tiny(name)
    for key, value in edits.items():
        g["run"][key] = value
    torch.manual_seed(0)
    return compile_graph(load_graph_dict(g), "cpu")


def count_grads(net: torch.nn.Module) -> list[int]:
    seen = [0]
    for p in net.parameters():
        p.register_post_accumulate_grad_hook(lambda _p: seen.__setitem__(0, seen[0] + 1))
    return seen


def test_only_the_phase_network_gets_gradients() -> None:
    prog = program()
    runner = StepRunner(prog)
    g_hits, d_hits = count_grads(prog.G), count_grads(prog.D)
    assert list(runner.phases) == ["Dmain", "Gmain"]
    runner.run(runner.phases["Dmain"], 0)
    assert d_hits[0] > 0 and g_hits[0] == 0
    d_hits[0] = 0
    runner.run("Gmain", 0)  # by name, as a loop owner calls it
    assert g_hits[0] > 0 and d_hits[0] == 0
    assert all(p.grad is None for p in [*prog.G.parameters(), *prog.D.parameters()])
    assert runner.run("Dreg", 0) is None  # a phase the program does not have: nothing runs


def test_lazy_r1_gets_its_own_phase_and_the_optimizer_correction() -> None:
    g = tiny("grid25_vanilla")
    g["nodes"].append({"id": "r1", "type": "regularizer.r1", "params": {"interval": 4}})
    g["edges"].append({"from": "D.critic", "to": "r1.critic"})
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    phases = make_phases(prog)
    assert [(p.name, p.interval) for p in phases] == [("Dmain", 1), ("Dreg", 4), ("Gmain", 1)]
    assert [p.name for p in prog.phases] == ["Dmain", "Dreg", "Gmain"]
    assert [p.due(s) for s in range(5) for p in phases if p.name == "Dreg"] == [
        True,
        False,
        False,
        False,
        True,
    ]
    d_main, d_reg, g_main = phases
    assert (d_main.side, d_reg.side, g_main.side) == ("D", "D", "G")
    assert [u.net for u in d_main.updates] == ["D"] and [u.net for u in g_main.updates] == ["G"]
    assert d_main.adversarial and not d_reg.adversarial and d_reg.reuse_real
    # the main phase has the loss only; the reg phase the lazy R1, scaled by its interval
    assert [(n, k) for n, _, k in d_main.updates[0].terms] == [("loss", 1.0)]
    assert [(n, k) for n, _, k in d_reg.updates[0].terms] == [("r1", 4.0)]
    assert d_reg.updates[0].optimizer is prog.opt_D is d_main.updates[0].optimizer
    c = 4 / 5
    group = prog.opt_D.param_groups[0]
    assert group["lr"] == 2e-4 * c
    assert group["betas"] == (0.5**c, 0.999**c)
    assert isinstance(prog.regularizers[0][1], R1Reg)
    runner = StepRunner(prog)
    draws = count_draws(prog)
    for step in range(5):
        runner.iteration(step)
        assert draws[0] == step + 1  # Dreg reads Dmain's real batch; the NS G loss reads none
    values = runner.flush(0, 5)
    assert "loss/Dreg/r1" in values and values["loss/Dreg/r1"] >= 0


def lazy_r1_program(n_dis: int, interval: int = 4, seed: int = 0, **loop: object) -> Program:
    g = tiny("grid25_vanilla")
    g["nodes"] += [
        {"id": "r1", "type": "regularizer.r1", "params": {"interval": interval}},
        {"id": "loop", "type": "scheduler.alternating", "params": {"n_dis": n_dis, **loop}},
    ]
    g["edges"].append({"from": "D.critic", "to": "r1.critic"})
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(g), "cpu")


def spy_phases(runner: StepRunner) -> list[tuple[str, Any]]:
    """(phase name, its batch) of every phase the runner runs, in order."""
    seen: list[tuple[str, Any]] = []
    original = runner.run

    def run(phase: Any, step: int | None = None) -> Any:
        batch = original(phase, step)
        seen.append((phase if isinstance(phase, str) else phase.name, batch))
        return batch

    runner.run = run  # type: ignore[method-assign]
    return seen


def test_a_lazy_interval_counts_d_steps_when_n_dis_is_above_one() -> None:
    """StyleGAN2 counts minibatches of D updates: with 3 D steps per iteration and interval 4,
    R1 runs after D steps 0, 4, 8 (not once per 4 iterations, which weighs γ/n_dis), each time
    on the reals of the D step just before it."""
    prog = lazy_r1_program(n_dis=3)
    runner = StepRunner(prog)
    seen = spy_phases(runner)
    for step in range(4):
        runner.iteration(step)
    d_phases = [(name, batch) for name, batch in seen if name != "Gmain"]
    expected = []
    for i in range(12):
        expected += ["Dmain", "Dreg"] if i % 4 == 0 else ["Dmain"]
    assert [name for name, _ in d_phases] == expected
    for i, (name, batch) in enumerate(d_phases):
        if name == "Dreg":
            assert batch.real is d_phases[i - 1][1].real  # the preceding Dmain's reals
    assert runner.state_dict()["main_steps"] == {"D": 12, "G": 4}


@pytest.mark.parametrize("counter", ["kept", "absent", "damaged"])
def test_the_lazy_clock_resumes_exactly(counter: str) -> None:
    """The D-step counter is checkpointed; a checkpoint without it (older runs) or with an
    unusable one recounts it from the plan, warm-up included, so the resumed run stays bitwise
    the uninterrupted one."""
    from gancanvas.runner import checkpoint as ckpt

    loop = {"warm_steps": 2, "warm_until": 1}  # 2 D steps at iteration 0, then 3
    whole = lazy_r1_program(3, **loop)
    runner = StepRunner(whole)
    for step in range(5):
        runner.iteration(step)
    part = lazy_r1_program(3, **loop)
    first = StepRunner(part)
    for step in range(2):
        first.iteration(step)
    state = ckpt.capture(part, first, 2, None)
    assert state["loop"]["main_steps"] == {"D": 5, "G": 2}
    if counter == "absent":
        del state["loop"]["main_steps"]
    elif counter == "damaged":
        state["loop"]["main_steps"] = {"D": "five", "G": -1}
    resumed = lazy_r1_program(3, seed=99, **loop)
    again = StepRunner(resumed)
    assert ckpt.restore(resumed, again, state) == 2
    for step in range(2, 5):
        again.iteration(step)
    assert again.state_dict()["main_steps"] == {"D": 14, "G": 5}
    assert_bitwise_equal(params_of(resumed.G, resumed.D), params_of(whole.G, whole.D))


def test_the_lazy_r1_pass_reports_its_real_signs_once() -> None:
    """The adaptive diffusion level reads sign(D(x_real)) of every D forward on reals: Dmain's
    and the lazy R1 pass's (diffusion-stylegan2 loss.py reports Loss/signs/real in Dreg too),
    each once; a GP at interpolates is not a forward on reals."""
    g = tiny("grid25_diffusion")
    g["nodes"] += [
        {"id": "r1", "type": "regularizer.r1", "params": {"interval": 4}},
        {"id": "gp", "type": "regularizer.gradient_penalty", "params": {"interval": 4}},
    ]
    g["edges"] += [{"from": "D.critic", "to": "r1.critic"}, {"from": "D.critic", "to": "gp.critic"}]
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    assert [p.name for p in prog.phases] == ["Dmain", "Dreg", "Gmain"]
    penalty_calls: list[tuple[torch.Tensor, torch.Tensor]] = []
    path = prog.critic_path

    def recording(x: torch.Tensor, origin: Any, batch: Any, **kw: Any) -> Any:
        out = path(x, origin, batch, **kw)
        if batch.phase == "Dreg":
            penalty_calls.append((x, out.logits.detach()))
        return out

    prog.critic_path = recording  # type: ignore[method-assign]
    window = prog.stats.collector(["D/real_sign"])
    runner = StepRunner(prog)
    seen = spy_phases(runner)
    runner.iteration(0)  # Dmain, Dreg (due), Gmain
    assert window.count("D/real_sign") == 2 * 32
    (d_main,) = [b for n, b in seen if n == "Dmain"]
    (d_reg,) = [b for n, b in seen if n == "Dreg"]
    assert d_reg.real is d_main.real
    on_reals = [out for x, out in penalty_calls if x.data_ptr() == d_main.real.data_ptr()]
    assert len(penalty_calls) == 2 and len(on_reals) == 1  # R1 at the reals, GP at x̂
    want = d_main.logits_real.sign().sum() + on_reals[0].sign().sum()
    assert window.sum("D/real_sign").item() == want.item()
    for step in range(1, 4):
        runner.iteration(step)  # Dmain only
    assert window.count("D/real_sign") == 5 * 32


def count_draws(prog: Program) -> list[int]:
    calls = [0]
    original = prog.data.next

    def counting(n: int) -> torch.Tensor:
        calls[0] += 1
        return original(n)

    prog.data.next = counting  # type: ignore[method-assign]
    return calls


def test_n_dis_runs_that_many_d_steps() -> None:
    prog = program("grid25_wgan_gp")
    runner = StepRunner(prog)
    calls = count_draws(prog)
    runner.iteration(0)
    assert calls[0] == 5


def test_relativistic_g_phase_reads_d_on_a_fresh_real_batch() -> None:
    g = tiny("grid25_vanilla")
    for n in g["nodes"]:
        if n["id"] == "loss":
            n["type"], n["params"] = "loss.relativistic", {"form": "ragan"}
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    runner = StepRunner(prog)
    draws = count_draws(prog)
    d_batch = runner.run("Dmain", 0)
    g_batch = runner.run("Gmain", 0)
    assert d_batch is not None and g_batch is not None
    assert draws[0] == 2  # the G phase drew its own reals
    assert g_batch.computed("out_real") and not torch.equal(g_batch.real, d_batch.real)
    runner.iteration(1)
    assert draws[0] == 4
    # the plain NS loss reads no reals in the G phase
    plain = program()
    runner, draws = StepRunner(plain), count_draws(plain)
    g_batch = runner.run("Gmain", 0)
    assert g_batch is not None and draws[0] == 0 and not g_batch.computed("out_real")


def test_flush_reports_window_means_and_scheduler_values() -> None:
    prog = program("grid25_diffusion")
    runner = StepRunner(prog)
    for step in range(4):
        runner.iteration(step, track=step == 3)
    values = runner.flush(0, 4)
    for key in (
        "loss/Dmain/loss",
        "loss/Gmain/loss",
        "D/real",
        "D/fake",
        "grad_norm/D",
        "sched/adaT/p",
        "aug/diff/T",
    ):
        assert key in values, key
    assert values["aug/diff/T"] >= 10


def test_a_loop_owner_replaces_the_alternation() -> None:
    """A scheduler may own the iteration (xICFG, TTC, GA-NTK): here a G-only loop."""
    from blocks.runtime import LoopDriver, LoopOwner

    class GeneratorOnly(LoopOwner):
        def iteration(self, step: int, driver: LoopDriver) -> None:
            assert driver.run("Gmain", step) is not None

    prog = program()
    prog.loop_owner = GeneratorOnly()
    d_hits, g_hits = count_grads(prog.D), count_grads(prog.G)
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step)
    assert d_hits[0] == 0 and g_hits[0] > 0
    assert "loss/Dmain/loss" not in runner.flush(0, 3)


def test_bf16_autocast_trains_with_finite_losses() -> None:
    prog = program("digits_dcgan", precision="bf16")
    runner = StepRunner(prog, precision="bf16")
    for step in range(3):
        runner.iteration(step)
    values = runner.flush(0, 3)
    assert all(v == v for k, v in values.items() if k.startswith("loss/"))
    assert all(p.dtype == torch.float32 for p in prog.G.parameters())


def test_ema_of_a_spectrally_normalised_generator_copies_the_parametrized_net() -> None:
    g = tiny("ring8_hinge_sn")
    g["nodes"].append({"id": "snG", "type": "regularizer.spectral_norm"})
    g["edges"].append({"from": "G.net", "to": "snG.net"})
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    ema = prog.built["G_ema"]
    assert ema.module.state_dict().keys() == prog.G.state_dict().keys()
    assert any("parametrizations" in k for k in ema.module.state_dict())
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step)


# -- the compiled loop against hand-written PyTorch ---------------------------------------------


def params_of(*nets: nn.Module) -> list[tuple[str, torch.Tensor]]:
    return [(f"{i}.{n}", p) for i, net in enumerate(nets) for n, p in net.named_parameters()]


def assert_bitwise_equal(
    ours: list[tuple[str, torch.Tensor]], hand: list[tuple[str, torch.Tensor]]
) -> None:
    assert [n for n, _ in ours] == [n for n, _ in hand]
    differ = [n for (n, a), (_, b) in zip(ours, hand, strict=True) if not torch.equal(a, b)]
    assert not differ, f"not bitwise equal: {differ}"


class HandLoop:
    """The loop people write by hand (bench/overhead.py): copies of G and D, fresh Adams."""

    def __init__(self, prog: Program):
        self.G, self.D = copy.deepcopy(prog.G), copy.deepcopy(prog.D)
        self.B, self.dim = prog.graph.run.batch_size, prog.latent.dim
        # a second, identically built data source: the program's own is not shared
        torch.manual_seed(12345)
        self.data = compile_graph(prog.graph, "cpu").data
        assert prog.opt_G is not None and prog.opt_D is not None
        pg, pd = prog.opt_G.param_groups[0], prog.opt_D.param_groups[0]
        self.opt_G = torch.optim.Adam(self.G.parameters(), lr=pg["lr"], betas=pg["betas"])
        self.opt_D = torch.optim.Adam(self.D.parameters(), lr=pd["lr"], betas=pd["betas"])
        self.losses: list[tuple[float, float]] = []

    def step(self) -> None:
        # D: real, then z, then G(z) — the draw order of the compiled D phase
        self.D.requires_grad_(True)
        real = self.data.next(self.B)
        z = torch.randn(self.B, self.dim)
        with torch.no_grad():
            fake = self.G(z)
        d_loss = F.softplus(-self.D(real)).mean() + F.softplus(self.D(fake)).mean()
        self.opt_D.zero_grad(set_to_none=True)
        d_loss.backward()
        self.opt_D.step()
        # G: a fresh z
        self.D.requires_grad_(False)
        z = torch.randn(self.B, self.dim)
        g_loss = F.softplus(-self.D(self.G(z))).mean()
        self.opt_G.zero_grad(set_to_none=True)
        g_loss.backward()
        self.opt_G.step()
        self.losses.append((d_loss.item(), g_loss.item()))

    def simultaneous_step(self) -> None:
        """PacGAN's TF loop: both gradients from one forward on one batch, then both steps."""
        self.D.requires_grad_(True)
        real = self.data.next(self.B)
        z = torch.randn(self.B, self.dim)
        fake = self.G(z)
        r, f = self.D(real), self.D(fake)
        d_loss = F.softplus(-r).mean() + F.softplus(f).mean()
        g_loss = F.softplus(-f).mean()
        d_params, g_params = list(self.D.parameters()), list(self.G.parameters())
        d_grads = torch.autograd.grad(d_loss, d_params, retain_graph=True)
        g_grads = torch.autograd.grad(g_loss, g_params)
        for q, g in zip(d_params + g_params, d_grads + g_grads, strict=True):
            q.grad = g
        self.opt_D.step()
        self.opt_G.step()
        self.losses.append((d_loss.item(), g_loss.item()))


def vanilla(batch: int, seed: int, **loop: object) -> Program:
    g = tiny("grid25_vanilla", batch=batch)
    g["run"]["seed"] = seed
    if loop:
        g["nodes"].append({"id": "loop", "type": "scheduler.alternating", "params": loop})
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(g), "cpu")


STEPS = 50


@pytest.mark.parametrize(("batch", "seed"), [(32, 0), (64, 3), (7, 11)])
def test_compiled_vanilla_trains_bitwise_like_a_hand_written_loop(batch: int, seed: int) -> None:
    prog = vanilla(batch, seed)
    hand = HandLoop(prog)  # copies G and D before any step
    start = [(n, p.detach().clone()) for n, p in params_of(prog.G, prog.D)]
    assert_bitwise_equal(params_of(prog.G, prog.D), params_of(hand.G, hand.D))
    runner = StepRunner(prog)
    torch.manual_seed(1000 + seed)
    for step in range(STEPS):
        runner.iteration(step)
    values = runner.flush(0, STEPS)
    torch.manual_seed(1000 + seed)
    for _ in range(STEPS):
        hand.step()
    assert_bitwise_equal(params_of(prog.G, prog.D), params_of(hand.G, hand.D))
    # …and training moved every tensor (the equality is not that of two idle copies)
    assert all(
        not torch.equal(a, b)
        for (_, a), (_, b) in zip(start, params_of(prog.G, prog.D), strict=True)
    )
    # the logged window means are the means of the same per-step losses
    for i, key in enumerate(("loss/Dmain/loss", "loss/Gmain/loss")):
        want = torch.tensor([step[i] for step in hand.losses], dtype=torch.float64).sum() / STEPS
        assert values[key] == pytest.approx(want.item(), rel=1e-12)


def test_simultaneous_update_is_one_phase_and_matches_a_hand_written_step() -> None:
    prog = vanilla(32, 5, simultaneous=True)
    assert prog.plan.simultaneous
    assert [p.name for p in prog.phases] == ["DGmain"]
    (phase,) = prog.phases
    assert phase.trains == {"D", "G"} and phase.adversarial
    assert [(u.net, u.label) for u in phase.updates] == [("D", "Dmain"), ("G", "Gmain")]
    assert [u.optimizer for u in phase.updates] == [prog.opt_D, prog.opt_G]
    hand = HandLoop(prog)
    runner = StepRunner(prog)
    assert list(runner.phases) == ["DGmain"]
    start = [(n, p.detach().clone()) for n, p in params_of(prog.G, prog.D)]
    draws = count_draws(prog)
    torch.manual_seed(77)
    runner.iteration(0)
    assert draws[0] == 1  # one batch of reals for both updates
    # both networks stepped
    moved = [
        n
        for (n, a), (_, b) in zip(start, params_of(prog.G, prog.D), strict=True)
        if not torch.equal(a, b)
    ]
    assert {n.split(".")[0] for n in moved} == {"0", "1"}
    for step in range(1, 10):
        runner.iteration(step)
    values = runner.flush(0, 10)
    assert {k for k in values if k.startswith("loss/")} == {"loss/Dmain/loss", "loss/Gmain/loss"}
    assert "D/real" in values and "D/fake" in values
    torch.manual_seed(77)
    for _ in range(10):
        hand.simultaneous_step()
    assert_bitwise_equal(params_of(prog.G, prog.D), params_of(hand.G, hand.D))
    for i, key in enumerate(("loss/Dmain/loss", "loss/Gmain/loss")):
        want = torch.tensor([step[i] for step in hand.losses], dtype=torch.float64).sum() / 10
        assert values[key] == pytest.approx(want.item(), rel=1e-12)


def test_simultaneous_needs_one_d_and_one_g_step() -> None:
    from gancanvas.compiler import GraphInvalid

    with pytest.raises(GraphInvalid, match="simultaneous"):
        vanilla(32, 0, simultaneous=True, n_dis=2)


def test_a_network_without_an_optimizer_gets_no_phase(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed network (GA-NTK's closed-form D, TTC's source) is not trained by any phase."""
    from blocks.discriminators import MLPDiscriminatorBlock
    from gancanvas.compiler import GraphInvalid

    # as a graph: a D block that declares itself fixed, and no optimizer wired to it
    monkeypatch.setattr(MLPDiscriminatorBlock, "trainable", lambda self: False)
    g = tiny("grid25_vanilla")
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "optD"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("optD.")]
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    assert "D" not in prog.optimizers and prog.opt_D is None
    assert [(p.name, p.side) for p in prog.phases] == [("Gmain", "G")]
    d_before = [p.detach().clone() for p in prog.D.parameters()]
    g_hits, d_hits = count_grads(prog.G), count_grads(prog.D)
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step)
    assert g_hits[0] > 0 and d_hits[0] == 0
    assert all(torch.equal(a, b) for a, b in zip(d_before, prog.D.parameters(), strict=True))
    assert {k for k in runner.flush(0, 3) if k.startswith("loss/")} == {"loss/Gmain/loss"}
    # with its optimizer still wired, the graph is refused (nothing would be trained)
    with pytest.raises(GraphInvalid, match="fixed_network"):
        compile_graph(load_graph_dict(tiny("grid25_vanilla")), "cpu")


def test_make_phases_skips_a_network_whose_optimizer_is_gone() -> None:
    prog = program()
    del prog.optimizers["G"]
    assert [(p.name, p.trains) for p in make_phases(prog)] == [("Dmain", {"D"})]
    prog = program()
    del prog.optimizers["D"]
    assert [p.name for p in make_phases(prog)] == ["Gmain"]


def test_a_simultaneous_plan_with_a_fixed_network_keeps_the_other_phase() -> None:
    prog = vanilla(32, 0, simultaneous=True)
    del prog.optimizers["D"]
    assert [(p.name, p.trains) for p in make_phases(prog)] == [("Gmain", {"G"})]
