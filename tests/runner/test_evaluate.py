"""`gancanvas eval`: metrics on a run's checkpoint, logged to that run with their protocol."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mlflow.tracking import MlflowClient

from gancanvas.cli import main
from tests.graphs import tiny


def _run(tmp: Path, name: str, uri: str, capsys: pytest.CaptureFixture[str]) -> str:
    f = tmp / "g.json"
    f.write_text(json.dumps(tiny(name, steps=4)))
    assert main(["run", str(f), "--quiet", "--tracking-uri", uri]) == 0
    return capsys.readouterr().out.split()[1].rstrip(":")


def test_eval_logs_metrics_and_protocol_to_the_run(
    mlflow_uri: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = _run(in_tmp, "digits_dcgan", mlflow_uri, capsys)
    code = main(
        [
            "eval",
            run_id,
            "--metrics",
            "domain_fd",
            "--n",
            "64",
            "--quiet",
            "--tracking-uri",
            mlflow_uri,
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "metric/eval_domain_fd/domain_fd/digits:" in out
    run = MlflowClient(mlflow_uri).get_run(run_id)
    assert "metric/eval_domain_fd/domain_fd/digits" in run.data.metrics
    assert any(k.startswith("eval.eval_domain_fd.") for k in run.data.tags)
    assert run.info.status == "FINISHED"


def test_eval_uses_the_graph_metrics_and_refuses_unknown_ones(
    mlflow_uri: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = _run(in_tmp, "grid25_vanilla", mlflow_uri, capsys)
    assert main(["eval", run_id, "--n", "500", "--quiet", "--tracking-uri", mlflow_uri]) == 0
    out = capsys.readouterr().out
    assert "metric/modes/modes_covered" in out and "perf/eval/modes/seconds:" in out
    assert main(["eval", run_id, "--metrics", "fid_1m", "--tracking-uri", mlflow_uri]) == 2
    assert "no metric 'fid_1m'" in capsys.readouterr().err
