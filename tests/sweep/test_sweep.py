"""``gancanvas sweep``: variants checked first, K processes, MLflow parent and children, table."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from gancanvas.cli import main
from gancanvas.sweep.engine import SweepSpec
from gancanvas.sweep.optuna_search import OptunaSearch
from gancanvas.sweep.params import parse_params
from gancanvas.sweep.results import Outcome
from schemas import load_graph_dict, load_graph_file
from tests.graphs import tiny


def _graph(tmp: Path, **run: Any) -> str:
    g = tiny(steps=4, batch=16)
    g["run"].update(run)
    path = tmp / "g.json"
    path.write_text(json.dumps(g))
    return str(path)


def _children(uri: str, parent: str) -> list[Any]:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    exp = client.get_run(parent).info.experiment_id
    return client.search_runs([exp], filter_string=f"tags.mlflow.parentRunId = '{parent}'")


def _parent_id(out: str) -> str:
    found = re.search(r"parent run ([0-9a-f]{32})", out)
    assert found, out
    return found.group(1)


def test_grid_of_four_in_two_processes(
    in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    g = _graph(in_tmp)
    args = [
        "sweep",
        g,
        "--param",
        "nodes.optD.params.lr=1e-4,2e-4",
        "--param",
        "run.batch_size=16,32",
    ]
    code = main([*args, "--parallel", "2", "--tracking-uri", mlflow_uri, "--out", "sw"])
    out = capsys.readouterr().out
    assert code == 0, out
    table = out[out.index("variant  ") :]
    assert "optD.lr" in table and "modes/hq_fraction" in table
    assert table.count("FINISHED") == 4
    parent = _parent_id(out)
    children = _children(mlflow_uri, parent)
    assert len(children) == 4
    swept = sorted(
        (r.data.params["sweep.nodes.optD.params.lr"], r.data.params["sweep.run.batch_size"])
        for r in children
    )
    assert swept == [("0.0001", "16"), ("0.0001", "32"), ("0.0002", "16"), ("0.0002", "32")]
    for r in children:  # the run's own flattened params agree with the swept ones
        assert float(r.data.params["optD.lr"]) == float(r.data.params["sweep.nodes.optD.params.lr"])
        assert r.data.params["run.batch_size"] == r.data.params["sweep.run.batch_size"]
        assert r.info.status == "FINISHED"
        assert r.data.tags["gancanvas.sweep"] == "sw"
    # every variant is a plain graph file; the results are written beside them
    files = sorted((in_tmp / "sw").glob("v*.json"))
    assert [f.name for f in files] == ["v001.json", "v002.json", "v003.json", "v004.json"]
    assert load_graph_file(str(files[3])).run.batch_size == 32
    rows = list(csv.DictReader((in_tmp / "sw" / "results.csv").open()))
    assert [r["status"] for r in rows] == ["FINISHED"] * 4
    assert (in_tmp / "sw" / "results.md").read_text().startswith("| variant | optD.lr |")
    manifest = json.loads((in_tmp / "sw" / "sweep.json").read_text())
    assert manifest["parent_run_id"] == parent
    assert manifest["variants"][0]["command"].startswith("gancanvas run ")


def test_an_invalid_variant_refuses_the_whole_sweep(
    in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    g = _graph(in_tmp)
    sweep = ["sweep", g, "--tracking-uri", mlflow_uri, "--out", "sw"]
    assert main([*sweep, "--param", "nodes.optD.params.lr=1e-4,-1", "--param", "run.seed=0,1"]) == 2
    err = capsys.readouterr().err
    assert "v003 (nodes.optD.params.lr=-1 run.seed=0): nodes.optD.params.lr" in err
    assert "v004 (nodes.optD.params.lr=-1 run.seed=1)" in err
    assert "v001" not in err and "2 of 4 variants invalid: nothing ran" in err
    assert not (in_tmp / "sw").exists()  # nothing written, nothing started
    assert main([*sweep, "--param", "nodes.ghost.params.lr=1,2"]) == 2
    assert "--param nodes.ghost.params.lr: no node 'ghost'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--optuna", "2", "--param", "nodes.optD.params.lr=log:1e-5:1"], "give --objective"),
        (["--param", "run.seed=0,1", "--objective", "modes/hq_fraction"], "go together"),
        (
            ["--param", "run.seed=0,1", "--objective", "D/real", "--direction", "minimize"],
            "'D' is not a metric node of the graph (modes)",
        ),
        (
            ["--param", "run.seed=0,1", "--objective", "hq", "--direction", "minimize"],
            "<metric node>/<value>",
        ),
        # a search checks its bounds before it starts: the top of this range is refused
        (
            [
                "--optuna",
                "2",
                "--param",
                "nodes.optD.params.lr=log:1e-5:20",
                "--objective",
                "modes/hq_fraction",
                "--direction",
                "maximize",
            ],
            "probe 2 (nodes.optD.params.lr=20)",
        ),
        (["--param", "run.seed=0,1", "--parallel", "0"], "--parallel"),
    ],
)
def test_options_refused_before_anything_runs(
    in_tmp: Path, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    g = _graph(in_tmp)
    assert main(["sweep", g, "--out", "sw", *extra]) == 2
    assert message in capsys.readouterr().err
    assert not (in_tmp / "sw").exists()


def test_out_folder_must_be_new(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "sw").mkdir()
    (in_tmp / "sw" / "old.txt").write_text("x")
    assert main(["sweep", _graph(in_tmp), "--param", "run.seed=0,1", "--out", "sw"]) == 2
    assert "not an empty folder" in capsys.readouterr().err


def test_optuna_search_of_three_trials(
    in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import optuna

    g = _graph(in_tmp, eval_every=2)
    code = main(
        [
            "sweep", g, "--optuna", "3", "--parallel", "3", "--sampler", "random",
            "--param", "nodes.optD.params.lr=log:1e-5:1e-3",
            "--param", "nodes.D.params.hidden=cat:[16],[32,32]",
            "--objective", "modes/hq_fraction", "--direction", "maximize",
            "--tracking-uri", mlflow_uri, "--out", "opt",
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "best: v00" in out
    children = _children(mlflow_uri, _parent_id(out))
    assert len(children) == 3
    for r in children:
        assert 1e-5 <= float(r.data.params["sweep.nodes.optD.params.lr"]) <= 1e-3
        assert r.data.params["sweep.nodes.D.params.hidden"] in ("[16]", "[32, 32]")
    db = Path(mlflow_uri.removeprefix("sqlite:///")).parent / "optuna.db"
    study = optuna.load_study(study_name="opt", storage=f"sqlite:///{db}")
    trials = study.get_trials()
    assert [t.state.name for t in trials] == ["COMPLETE"] * 3
    for t in trials:  # the pruner was fed each evaluation, the final one is the value
        assert sorted(t.intermediate_values) == [2, 4]
        assert t.value == t.intermediate_values[4]
        assert t.user_attrs["mlflow_run_id"] in {r.info.run_id for r in children}


def test_median_pruner_stops_a_trial_worse_than_the_median() -> None:
    base = load_graph_dict(tiny())
    params = parse_params(["nodes.optD.params.lr=log:1e-5:1e-3"], search=True)
    spec = SweepSpec(base, params, trials=3, objective="modes/hq_fraction",
                     direction="maximize", sampler="random", prune_startup=1)  # fmt: skip
    search = OptunaSearch(spec, "metric/modes/hq_fraction", None, "unit")
    key = "metric/modes/hq_fraction"
    first = search.next()
    assert first is not None and first.graph is not None
    assert not search.on_eval(first, 2, {key: 0.8})
    search.on_end(Outcome(first.name, first.values, "FINISHED", objective=0.9))
    second = search.next()
    assert second is not None
    assert not search.on_eval(second, 2, {key: 0.85})  # better than the median: goes on
    assert not search.on_eval(second, 4, {"other": 1.0})  # not the objective: ignored
    search.on_end(Outcome(second.name, second.values, "FINISHED", objective=0.95))
    third = search.next()
    assert third is not None
    assert search.on_eval(third, 2, {key: 0.1})  # worse than the median at step 2: stop
    search.on_end(Outcome(third.name, third.values, "PRUNED"))
    assert search.next() is None
    states = [t.state.name for t in search.study.get_trials()]
    assert states == ["COMPLETE", "COMPLETE", "PRUNED"]
    assert search.study.best_value == 0.95


@pytest.mark.slow
def test_slurm_executor_runs_variants_as_submitit_jobs(
    in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    """``--executor slurm`` on submitit's local backend: the same pickled jobs, on this machine."""
    from gancanvas.sweep import slurm

    monkeypatch.setattr(slurm, "CLUSTER", "local")
    g = _graph(in_tmp)
    args = ["sweep", g, "--param", "run.seed=0,1", "--executor", "slurm", "--parallel", "2"]
    args += ["--slurm-time", "5", "--tracking-uri", mlflow_uri, "--out", "sw"]
    code = main(args)
    out = capsys.readouterr().out
    assert code == 0, out
    assert out[out.index("variant  ") :].count("FINISHED") == 2
    children = _children(mlflow_uri, _parent_id(out))
    assert sorted(r.data.params["sweep.run.seed"] for r in children) == ["0", "1"]
    assert all(r.info.status == "FINISHED" for r in children)
    jobs = in_tmp / "sw" / "submitit"
    assert len(list(jobs.glob("*_submitted.pkl"))) == 2  # one submitit job per variant
    assert len(list(jobs.glob("*_result.pkl"))) == 2
    assert "FINISHED at step 4" in (in_tmp / "sw" / "v001.log").read_text()


def test_slurm_options_need_the_slurm_executor(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = _graph(in_tmp)
    assert main(["sweep", g, "--param", "run.seed=0,1", "--slurm-gpus", "1", "--out", "sw"]) == 2
    assert "give --executor slurm" in capsys.readouterr().err


def test_a_cancelled_submitit_job_passes_sigterm_to_its_run(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Stopping a job (a pruned trial) reaches the run as SIGTERM; its exit code comes back."""
    import sys
    import time

    from gancanvas.sweep import slurm
    from gancanvas.sweep.local import RunSettings

    monkeypatch.setattr(slurm, "CLUSTER", "local")
    settings = RunSettings("sqlite:///:memory:", tmp_path, 1, tmp_path)
    pool = slurm.SlurmPool(settings, tmp_path, slurm.SlurmOptions(time_min=2))
    body = "import signal,sys,time; signal.signal(signal.SIGTERM, lambda *a: sys.exit(7)); "
    body += "print('up', flush=True); time.sleep(60)"
    log = tmp_path / "job.log"
    handle = pool.start([sys.executable, "-c", body], {}, log, None)  # type: ignore[arg-type]
    end = time.monotonic() + 30
    while "up" not in (log.read_text() if log.exists() else "") and time.monotonic() < end:
        assert handle.poll() is None
        time.sleep(0.1)
    handle.send_signal(15)
    assert handle.wait(timeout=30) == 7
    assert handle.returncode == 7
