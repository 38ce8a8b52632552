"""Checkpoints of the v1 block contract (format 1) resume exactly under contract v2."""

from __future__ import annotations

import torch

from gancanvas.compiler import compile_graph
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.loop import StepRunner
from tests.conftest import ROOT

#: written by the v1 code (commit 2580f95) after 6 iterations of a tiny grid25_diffusion graph
#: with lazy R1 (interval 4) and a fast adaptive T: optimizers under "G"/"D" and the adaptive
#: rule's zeroed-by-consumer sums under "loop_stats" (64 logits since its last adjustment)
V1 = ROOT / "tests" / "fixtures" / "v1_checkpoint.pt"


def test_a_format_1_checkpoint_resumes_exactly_as_the_uninterrupted_run() -> None:
    state = ckpt.load(V1)
    assert state["format"] == 1 and int(state["loop_stats"]["count"]) == 64
    graph = ckpt.graph_of(state)

    torch.manual_seed(0)
    whole = compile_graph(graph, "cpu")
    runner = StepRunner(whole)
    for step in range(12):
        runner.iteration(step)

    resumed = compile_graph(graph, "cpu")
    again = StepRunner(resumed)
    start = ckpt.restore(resumed, again, state)
    assert start == 6
    # the v1 sums became the running statistic the adaptive rule reads from its window
    v1_mean = state["loop_stats"]["sign_sum"] / state["loop_stats"]["count"]
    window = resumed.built["adaT"].window
    assert window.count("D/real_sign") == 64
    assert float(window.mean("D/real_sign")) == float(v1_mean)
    for step in range(start, 12):
        again.iteration(step)

    for a, b in zip(whole.built.values(), resumed.built.values(), strict=True):
        sa, sb = getattr(a, "state_dict", dict)(), getattr(b, "state_dict", dict)()
        for k, v in sa.items():
            if isinstance(v, torch.Tensor):
                assert torch.equal(v, sb[k]), k
    assert torch.equal(whole.built["adaT"].value, resumed.built["adaT"].value)
    assert torch.equal(whole.built["adaT"].r_d, resumed.built["adaT"].r_d)


def test_a_format_2_checkpoint_round_trips(tmp_path) -> None:  # type: ignore[no-untyped-def]
    graph = ckpt.graph_of(ckpt.load(V1))
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(3):
        runner.iteration(step)
    path = tmp_path / "c.pt"
    ckpt.save(ckpt.capture(prog, runner, 3, None), path)
    state = ckpt.load(path)
    assert state["format"] == 2 and set(state["optimizers"]) == {"G", "D"}
    other = compile_graph(graph, "cpu")
    assert ckpt.restore(other, StepRunner(other), state) == 3
    for a, b in zip(prog.D.parameters(), other.D.parameters(), strict=True):
        assert torch.equal(a, b)
