"""Sweeps from the canvas: the CLI's parser, variants and engine, run by the canvas's manager."""

from __future__ import annotations

import json
from pathlib import Path

from gancanvas.app.runs import RunManager
from gancanvas.app.sweeps import CanvasSweep, preview
from gancanvas.cli import main
from schemas import load_graph_dict, load_graph_file
from tests.app.browser import wait
from tests.graphs import tiny


def test_preview_shows_the_parsers_refusals(tmp_path: Path) -> None:
    base = load_graph_dict(tiny(steps=4, batch=16))
    missing = preview(base, "nodes.optD.params.lr", tmp_path)
    assert missing.spec is None and not missing.ok
    assert missing.error is not None and "nodes.optD.params.lr" in missing.error
    ranged = preview(base, "nodes.optD.params.lr=log:1e-5:1e-3", tmp_path)
    assert ranged.error is not None and "needs --optuna" in ranged.error
    twice = preview(base, "run.seed=1,2\n\nrun.seed=3,4", tmp_path)
    assert twice.error is not None and "swept twice" in twice.error
    no_metric = preview(base, "run.seed=1,2", tmp_path, "nope/x", "maximize")
    assert no_metric.error is not None and "'nope' is not a metric node" in no_metric.error


def test_preview_validates_every_variant_before_anything_runs(tmp_path: Path) -> None:
    base = load_graph_dict(tiny(steps=4, batch=16))
    plan = preview(base, "run.batch_size=0,16\nrun.seed=1,2", tmp_path)
    assert plan.error is None
    assert [v.name for v in plan.variants] == ["v001", "v002", "v003", "v004"]
    assert [v.values for v in plan.variants][:2] == [
        {"run.batch_size": 0, "run.seed": 1},
        {"run.batch_size": 0, "run.seed": 2},
    ]
    assert [bool(v.problems) for v in plan.variants] == [True, True, False, False]
    assert "run.batch_size" in plan.variants[0].problems[0]
    assert not plan.ok and len(plan.invalid) == 2
    assert not list(tmp_path.iterdir())  # nothing written, nothing run


def test_canvas_sweep_writes_the_clis_variants_and_runs_them(
    run_env: Path, mlflow_uri: str
) -> None:
    g = tiny(steps=4, batch=16)
    g["name"] = "canvas-sweep"
    (run_env / "g.json").write_text(json.dumps(g))
    spec = "nodes.optD.params.lr=1e-4,2e-4"
    cli = ["sweep", "g.json", "--param", spec, "--tracking-uri", mlflow_uri, "--out", "cli"]
    assert main([*cli, "--parallel", "2"]) == 0
    graphs = run_env / "graphs"
    manager = RunManager(graphs / ".runs", tracking_uri=mlflow_uri, max_parallel=1)
    base = load_graph_file(str(run_env / "g.json"))
    plan = preview(base, spec, graphs, "modes/hq_fraction", "maximize")
    assert plan.ok
    sweep = CanvasSweep(plan, manager, mlflow_uri, graphs)
    assert sweep.folder.parent == graphs / "sweeps"
    assert sweep.folder.name.startswith("canvas-sweep-")
    header, rows = sweep.table()
    assert [r[0] for r in rows] == ["v001", "v002"] and {r[-3] for r in rows} == {"PENDING"}
    sweep.start()
    # both handed to the run manager at once; beyond its limit (1) the second waits its turn
    statuses = wait(lambda: len(sweep.pool.states) == 2 and sweep.table()[1], 30)
    assert [r[header.index("status")] for r in statuses].count("QUEUED") == 1
    assert sweep.wait(120) and sweep.error is None and sweep.report is not None
    assert sweep.report.ok
    for name in ("v001.json", "v002.json"):  # the same plain graph files as the CLI's
        ours = (sweep.folder / name).read_text()
        assert ours == (run_env / "cli" / name).read_text()
        assert load_graph_dict(json.loads(ours)).name == "canvas-sweep"
    header, rows = sweep.table()
    # the sweep's metric (its objective) per variant, the best one marked as in results.csv
    assert header == ["variant", "optD.lr", "modes/hq_fraction", "status", "step", "run_id"]
    assert sum(r[0].endswith(" *") for r in rows) == 1
    assert [r[1] for r in rows] == [0.0001, 0.0002] and [r[4] for r in rows] == [4.0, 4.0]
    assert [r[header.index("status")] for r in rows] == ["FINISHED", "FINISHED"]
    hq = header.index("modes/hq_fraction")
    assert all(isinstance(r[hq], float) for r in rows)
    assert (sweep.folder / "results.csv").is_file() and (sweep.folder / "sweep.json").is_file()
    manifest = json.loads((sweep.folder / "sweep.json").read_text())
    assert [v["file"] for v in manifest["variants"]] == ["v001.json", "v002.json"]
    assert manifest["variants"][0]["command"].startswith("gancanvas run ")
    ran = sorted(r.graph_path.name for r in manager.for_graph("canvas-sweep"))
    assert ran == ["v001.json", "v002.json"]  # through the canvas's run manager
    # a variant file is what `gancanvas run` takes as it is
    assert main(["validate", str(sweep.folder / "v002.json")]) == 0
