"""The step loop: phases as data, only the phase's network trained, lazy intervals."""

from __future__ import annotations

import torch

from blocks.regularizers import R1Reg
from gancanvas.compiler import compile_graph
from gancanvas.runner.loop import StepRunner, make_phases
from schemas import load_graph_dict
from tests.graphs import tiny


def program(name: str = "grid25_vanilla", **edits):  # type: ignore[no-untyped-def]
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
    d_main, g_main = runner.phases[0], runner.phases[1]
    runner._train_only("D")
    runner._d_phase(d_main, track=False)
    assert d_hits[0] > 0 and g_hits[0] == 0
    d_hits[0] = 0
    runner._train_only("G")
    runner._g_phase(g_main, track=False)
    assert g_hits[0] > 0 and d_hits[0] == 0
    assert all(p.grad is None for p in [*prog.G.parameters(), *prog.D.parameters()])


def test_lazy_r1_gets_its_own_phase_and_the_optimizer_correction() -> None:
    g = tiny("grid25_vanilla")
    g["nodes"].append({"id": "r1", "type": "regularizer.r1", "params": {"interval": 4}})
    g["edges"].append({"from": "D.critic", "to": "r1.critic"})
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(g), "cpu")
    phases = make_phases(prog)
    assert [(p.name, p.interval) for p in phases] == [("Dmain", 1), ("Dreg", 4), ("Gmain", 1)]
    assert [p.due(s) for s in range(5) for p in phases if p.name == "Dreg"] == [
        True,
        False,
        False,
        False,
        True,
    ]
    c = 4 / 5
    group = prog.opt_D.param_groups[0]
    assert group["lr"] == 2e-4 * c
    assert group["betas"] == (0.5**c, 0.999**c)
    assert isinstance(prog.regularizers[0][1], R1Reg)
    runner = StepRunner(prog)
    for step in range(5):
        runner.iteration(step)
    values = runner.flush(0, 5)
    assert "loss/Dreg/r1" in values and values["loss/Dreg/r1"] >= 0


def test_n_dis_runs_that_many_d_steps() -> None:
    prog = program("grid25_wgan_gp")
    runner = StepRunner(prog)
    calls = [0]
    original = prog.data.next

    def counting(n: int) -> torch.Tensor:
        calls[0] += 1
        return original(n)

    prog.data.next = counting  # type: ignore[method-assign]
    runner.iteration(0)
    assert calls[0] == 5


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
            driver.run_phase("Gmain", step)

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
