"""Speed options of the run settings: accumulation, fp16 scalers, channels-last, compile."""

from __future__ import annotations

from typing import Any

import pytest
import torch

from gancanvas.compiler import compile_graph, validate
from gancanvas.runner import speed
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny
from tests.runner.dist_worker import sgd_graph, train_fed


def _train(graph: Any, steps: int, precision: str = "fp32") -> tuple[StepRunner, dict[str, Any]]:
    torch.manual_seed(graph.run.seed)
    prog = compile_graph(graph, "cpu")
    speed.apply_speed_options(prog, graph.run)
    runner = StepRunner(prog, precision)
    for step in range(steps):
        runner.iteration(step)
    params = {
        f"{nid}.{k}": v.detach().clone()
        for nid, net in prog.nets.items()
        for k, v in net.state_dict().items()
    }
    return runner, params


@pytest.mark.parametrize("k", [2, 4])
def test_k_micro_batches_step_as_one_batch(k: int) -> None:
    """Mean-reduced losses, no BatchNorm: the micro-batches' gradients, each weighted by its
    share, add up to the whole batch's (to rounding), so the parameters match."""
    one = train_fed(sgd_graph(16, 3), 3, 16)
    split = train_fed(sgd_graph(16, 3), 3, 16, accumulate=k)
    for name in one:
        torch.testing.assert_close(split[name], one[name], rtol=1e-5, atol=1e-6, msg=name)


def test_accumulate_must_divide_the_batch() -> None:
    g = tiny("grid25_vanilla", batch=30)
    g["run"]["accumulate"] = 4
    issues = validate(load_graph_dict(g))
    assert [(i.path, i.code) for i in issues] == [("run.accumulate", "bad_value")]
    assert "not a multiple of accumulate 4" in issues[0].message


def test_fp16_trains_through_one_scaler_per_network_which_checkpoints() -> None:
    g = load_graph_dict(tiny("grid25_vanilla", steps=3))
    runner, _ = _train(g, 3, "fp16")
    assert set(runner.scalers) == set(runner.prog.optimizers) == {"G", "D"}
    values = runner.flush(0, 3)
    assert all(v == v for k, v in values.items() if k.startswith("loss/"))
    state = runner.state_dict()
    saved = state["scalers"]["D"]  # type: ignore[index]
    assert saved["scale"] == runner.scalers["D"].get_scale() > 1
    other = StepRunner(runner.prog, "fp16")
    other.load_state_dict(state)
    assert other.scalers["D"].state_dict() == runner.scalers["D"].state_dict()


def test_fp16_skips_a_step_with_inf_gradients_and_lowers_the_scale() -> None:
    g = load_graph_dict(tiny("grid25_vanilla", steps=3))
    runner, _ = _train(g, 1, "fp16")
    prog = runner.prog
    before = {k: v.clone() for k, v in prog.D.state_dict().items()}
    scale = runner.scalers["D"].get_scale()
    original = prog.data.next
    prog.data.next = lambda n: original(n) * float("inf")  # type: ignore[method-assign]
    runner.run("Dmain", 1)
    for k, v in prog.D.state_dict().items():
        assert torch.equal(v, before[k]), k  # the step was skipped
    assert runner.scalers["D"].get_scale() == scale / 2


def test_channels_last_trains_as_the_default_layout() -> None:
    g = tiny("digits_dcgan", steps=2, batch=8)
    _, plain = _train(load_graph_dict(g), 2)
    g["run"]["channels_last"] = True
    runner, fast = _train(load_graph_dict(g), 2)
    convs = [p for p in runner.prog.D.parameters() if p.dim() == 4]
    assert convs and all(p.is_contiguous(memory_format=torch.channels_last) for p in convs)
    for k in plain:
        torch.testing.assert_close(fast[k], plain[k], rtol=1e-4, atol=1e-5, msg=k)


def test_compiled_networks_train_as_eager_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dynamo's tracing with the "eager" backend (no C++ compiler needed): same parameters."""
    monkeypatch.setattr(speed, "BACKEND", "eager")
    g = tiny("grid25_vanilla", steps=2)
    _, eager = _train(load_graph_dict(g), 2)
    g["run"]["compile"] = True
    runner, compiled = _train(load_graph_dict(g), 2)
    assert isinstance(runner.prog.D, speed.CompiledNet) and runner.prog.D.failed is None
    for k in eager:
        torch.testing.assert_close(compiled[k], eager[k], rtol=1e-6, atol=1e-7, msg=k)


def test_a_failed_compilation_prints_why_and_runs_eager(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(gm: Any, inputs: Any) -> Any:
        raise RuntimeError("no compiler on this machine")

    monkeypatch.setattr(speed, "BACKEND", broken)
    g = tiny("grid25_vanilla", steps=2)
    _, eager = _train(load_graph_dict(g), 2)
    g["run"]["compile"] = True
    runner, fallback = _train(load_graph_dict(g), 2)
    err = capsys.readouterr().err
    assert "torch.compile of D failed" in err and "D runs eager" in err
    assert "no compiler on this machine" in err
    assert runner.prog.D.failed  # type: ignore[attr-defined]
    for k in eager:
        assert torch.equal(fallback[k], eager[k]), k


def test_the_gpu_bench_runs_its_cpu_smoke(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("bench_gpu", ROOT / "bench" / "gpu.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(speed, "BACKEND", speed.BACKEND)  # the smoke sets "eager"
    monkeypatch.setattr(
        bench, "SETTINGS", {k: bench.SETTINGS[k] for k in list(bench.SETTINGS)[::2]}
    )
    assert bench.main(["--cpu-smoke", "--ranks", "1"]) == 0
    out = capsys.readouterr().out
    assert "| DCGAN | eager fp32 |" in out and "| 1.00 |" in out
    assert "| DCGAN | fp16 + channels_last + compile |" in out
    assert "data parallel: skipped" in out
