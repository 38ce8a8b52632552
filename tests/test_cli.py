"""The command line: exit codes 0/1/2 and located messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gancanvas.cli import main
from tests.conftest import EXAMPLES, ROOT
from tests.graphs import example, tiny


def write(tmp: Path, data: Any, name: str = "g.json") -> str:
    p = tmp / name
    p.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(p)


def node(g: dict, nid: str) -> dict:
    return next(n for n in g["nodes"] if n["id"] == nid)


def test_validate_examples_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *map(str, EXAMPLES)]) == 0
    assert capsys.readouterr().out.count(": valid") == len(EXAMPLES)


def _truncated() -> str:
    return json.dumps(example("grid25_vanilla"))[:150]


def _wrong_type() -> dict:
    g = example("grid25_vanilla")
    g["run"]["steps"] = "many"
    return g


def _unknown_block() -> dict:
    g = example("grid25_vanilla")
    node(g, "D")["type"] = "discriminator.transformer"
    return g


def _unknown_port() -> dict:
    g = example("grid25_vanilla")
    g["edges"][0]["to"] = "G.noise"
    return g


def _shapes() -> dict:
    g = example("digits_dcgan")
    g["nodes"].append({"id": "ring", "type": "data.gaussian_ring"})
    g["nodes"].append({"id": "m", "type": "metric.modes"})
    g["edges"] += [{"from": "ring.real", "to": "m.real"}, {"from": "G.net", "to": "m.generator"}]
    return g


def _cycle() -> dict:
    g = example("ring8_hinge_sn")
    g["nodes"].append({"id": "ema2", "type": "scheduler.ema"})
    g["edges"] = [e for e in g["edges"] if e["to"] != "G_ema.net"] + [
        {"from": "ema2.ema", "to": "G_ema.net"},
        {"from": "G_ema.ema", "to": "ema2.net"},
    ]
    return g


def _missing_input() -> dict:
    g = example("grid25_vanilla")
    g["edges"] = [e for e in g["edges"] if e["to"] != "G.z"]
    return g


def _missing_folder() -> dict:
    g = example("digits_dcgan")
    node(g, "data").update(
        type="data.image_folder", params={"root": "no/such/folder", "size": 8, "channels": 1}
    )
    return g


def _out_of_bounds() -> dict:
    g = example("grid25_vanilla")
    node(g, "optG")["params"]["lr"] = 7
    return g


def _newer() -> dict:
    g = example("grid25_vanilla")
    g["schema_version"] = 99
    return g


CASES = {
    "truncated": (_truncated, "(file)", "bad_json"),
    "wrong_type": (_wrong_type, "run.steps", "bad_value"),
    "unknown_block": (_unknown_block, "nodes.D.type", "unknown_block"),
    "unknown_port": (_unknown_port, "edges.0.to", "unknown_port"),
    "shape_mismatch": (_shapes, "edges.", "shape_mismatch"),
    "cycle": (_cycle, "nodes.", "cycle"),
    "missing_input": (_missing_input, "nodes.G.inputs.z", "missing_input"),
    "missing_folder": (_missing_folder, "nodes.data.params.root", "missing_data"),
    "out_of_bounds": (_out_of_bounds, "nodes.optG.params.lr", "bad_param"),
    "newer_version": (_newer, "schema_version", "newer_schema"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["validate", "run"])
def test_bad_graphs_exit_2_with_a_located_message(
    case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, path, code = CASES[case]
    f = write(tmp_path, make())
    assert main([command, f]) == 2
    err = capsys.readouterr().err
    assert f"{path}" in err and f"[{code}]" in err, err
    assert "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    assert "no such file [missing_file]" in capsys.readouterr().err


def test_subprocess_has_no_traceback(tmp_path: Path) -> None:
    f = write(tmp_path, _truncated())
    proc = subprocess.run(
        [sys.executable, "-m", "gancanvas", "validate", f],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "not valid JSON" in proc.stderr and "Traceback" not in proc.stderr


def test_run_set_resume_and_sample(
    mlflow_uri: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(in_tmp, tiny("ring8_hinge_sn", steps=4))
    assert (
        main(
            [
                "run",
                f,
                "--quiet",
                "--tracking-uri",
                mlflow_uri,
                "--set",
                "run.batch_size=16",
                "--set",
                "nodes.G.params.hidden=[8]",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    run_id = out.split()[1].rstrip(":")
    assert "FINISHED at step 4" in out and mlflow_uri in out
    assert main(["resume", run_id, "--steps", "6", "--quiet", "--tracking-uri", mlflow_uri]) == 0
    assert "FINISHED at step 6" in capsys.readouterr().out
    png = in_tmp / "grid.png"
    assert main(["sample", run_id, "--n", "16", "--out", str(png)]) == 0
    assert png.stat().st_size > 1000
    assert main(["run", f, "--set", "nodes.G.params.hidden=[-1]"]) == 2
    assert "nodes.G.params.hidden" in capsys.readouterr().err
    assert main(["resume", "no-such-run", "--tracking-uri", mlflow_uri]) == 2


def test_unreachable_tracking_server_fails_before_training(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(in_tmp, tiny("grid25_vanilla"))
    assert main(["run", f, "--quiet", "--tracking-uri", "http://127.0.0.1:9"]) == 2
    assert "unreachable" in capsys.readouterr().err
    assert not (in_tmp / "runs").exists()


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "data.gaussian_grid" in schema["$defs"]["Node"]["properties"]["type"]["enum"]


def test_sigterm_stops_with_a_checkpoint_and_resume_continues(
    mlflow_uri: str, in_tmp: Path
) -> None:
    import signal
    import time

    g = tiny("grid25_vanilla", steps=100000)
    g["run"]["log_every"] = 20
    f = write(in_tmp, g)
    events = in_tmp / "events.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gancanvas",
            "run",
            f,
            "--quiet",
            "--tracking-uri",
            mlflow_uri,
            "--events",
            str(events),
        ],
        cwd=in_tmp,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        if events.exists() and '"metrics"' in events.read_text():
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    lines = [json.loads(x) for x in events.read_text().splitlines()]
    end = lines[-1]
    assert end["event"] == "end" and end["status"] == "KILLED"
    assert any(x["event"] == "checkpoint" for x in lines)
    assert "gancanvas resume" in err and "Traceback" not in err


def test_a_block_that_fails_to_build_is_named_and_exits_2(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = in_tmp / "imgs"
    folder.mkdir()
    (folder / "broken.png").write_bytes(b"not a png")
    g = tiny("digits_dcgan")
    node(g, "data").update(
        type="data.image_folder", params={"root": str(folder), "size": 8, "channels": 1}
    )
    f = write(in_tmp, g)
    assert main(["run", f, "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "nodes.data: cannot build data.image_folder" in err and "broken.png" in err
    assert "Traceback" not in err


def test_threads_option_sets_torch_threads(mlflow_uri: str, in_tmp: Path) -> None:
    import torch

    f = write(in_tmp, tiny("grid25_vanilla", steps=2))
    try:
        assert main(["run", f, "--quiet", "--threads", "2", "--tracking-uri", mlflow_uri]) == 0
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(1)
