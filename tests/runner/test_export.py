"""``gancanvas export``: the sampling path (EMA) as safetensors or TorchScript, reloaded exactly."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest
import torch

from gancanvas.cli import main
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.export import ExportError, flatten_state, unflatten_state
from gancanvas.runner.sampler import restore_sampling_path
from tests.graphs import tiny


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, mlflow_uri: str) -> tuple[str, Path]:
    """A few steps of the ring graph with a G EMA: (run id, its working folder)."""
    tmp = tmp_path_factory.mktemp("export")
    graph = tmp / "ring.json"
    graph.write_text(json.dumps(tiny("ring8_hinge_sn", steps=4)))
    runs = tmp / "runs"
    assert (
        main(["run", str(graph), "--quiet", "--tracking-uri", mlflow_uri, "--runs-dir", str(runs)])
        == 0
    )
    (run_dir,) = runs.iterdir()
    return run_dir.name, runs


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"load_{path.parent.name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fmt", ["safetensors", "torchscript"])
def test_export_reloads_the_ema_exactly_and_logs_a_pyfunc_model(
    fmt: str,
    trained: tuple[str, Path],
    mlflow_uri: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import mlflow

    run_id, runs = trained
    before = mlflow.MlflowClient(mlflow_uri).get_run(run_id).info
    out = tmp_path / fmt
    args = ["export", run_id, "--format", fmt, "--out", str(out), "--runs-dir", str(runs)]
    assert main([*args, "--tracking-uri", mlflow_uri]) == 0
    printed = capsys.readouterr().out
    assert f"logged to run {run_id} as artifacts exported_G/{fmt}/" in printed
    state = ckpt.load(runs / run_id / "checkpoints" / "latest.pt")
    path, built, _ = restore_sampling_path(state, ckpt.graph_of(state), torch.device("cpu"))
    z = torch.randn(64, 16, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        want = path.eval()(z)
        assert not torch.equal(want, built["G"].eval()(z))  # the EMA, not G, is exported
        got = _module(out / "load.py").load()(z)
    assert torch.equal(got, want)
    info = json.loads((out / "export.json").read_text())
    assert (info["run_id"], info["z_dim"], info["output_shape"]) == (run_id, 16, [2])
    client = mlflow.MlflowClient(mlflow_uri)
    logged = client.list_artifacts(run_id, f"exported_G/{fmt}")
    assert {Path(f.path).name for f in logged} >= {"load.py", "graph.json", info["file"]}
    # the MLflow model: a pyfunc of z → samples with a signature, loaded back from the store
    (model_uri,) = re.findall(r"MLflow model: (models:/\S+)", printed)
    mlflow.set_tracking_uri(mlflow_uri)
    model = mlflow.pyfunc.load_model(model_uri)
    assert [(i.name, i.shape) for i in model.metadata.get_input_schema().inputs] == [
        ("z", (-1, 16))
    ]
    assert model.metadata.get_output_schema().inputs[0].shape == (-1, 2)
    assert torch.equal(torch.from_numpy(model.predict({"z": z.numpy()})), want)
    model_info = client.get_logged_model(model_uri.split("/")[-1])
    assert model_info.source_run_id == run_id and model_info.tags["gancanvas.format"] == fmt
    after = client.get_run(run_id).info
    assert (after.status, after.end_time) == (before.status, before.end_time)  # run untouched


def test_safetensors_sample_uses_the_graph_latent(
    trained: tuple[str, Path], tmp_path: Path
) -> None:
    run_id, runs = trained
    checkpoint = runs / run_id / "checkpoints" / "latest.pt"  # a checkpoint path works too
    assert (
        main(
            [
                "export",
                str(checkpoint),
                "--out",
                str(tmp_path),
                "--tracking-uri",
                "sqlite:///:memory:",
            ]
        )
        == 0
    )
    assert _module(tmp_path / "load.py").sample(5, seed=1).shape == (5, 2)


def test_bad_run_id_exits_2(
    tmp_path: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = "0123456789abcdef0123456789abcdef"
    assert main(["export", bad, "--out", str(tmp_path / "x"), "--tracking-uri", mlflow_uri]) == 2
    assert re.search(f"'{bad}' is neither a checkpoint file nor a run id", capsys.readouterr().err)
    assert not (tmp_path / "x").exists()


def test_state_flattening_round_trips_and_refuses_objects() -> None:
    state = {"G": {"net.0.weight": torch.ones(2)}, "ema": {"factor": 0.5, "n": 3, "on": True}}
    tensors: dict[str, torch.Tensor] = {}
    extra: dict = {}
    flatten_state("", state, tensors, extra)
    assert set(tensors) == {"G/net.0.weight"} and extra == {
        "ema/factor": 0.5,
        "ema/n": 3,
        "ema/on": True,
    }
    back = unflatten_state(tensors, extra)
    assert torch.equal(back["G"]["net.0.weight"], state["G"]["net.0.weight"])
    assert back["ema"] == state["ema"]
    with pytest.raises(ExportError, match="not storable"):
        flatten_state("", {"x": object()}, {}, {})


def test_pyfunc_predict_gives_labels_to_a_conditional_generator() -> None:
    import numpy as np

    from gancanvas.runner.export_mlflow import generate_from, signature

    class Conditional(torch.nn.Module):
        n_classes = 3

        def forward(self, z: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
            return z + (0 if y is None else y[:, None])

    z = np.zeros((2, 4), dtype=np.float32)
    got = generate_from(Conditional(), {"z": z, "labels": np.array([1, 2])})
    assert got.tolist() == [[1.0] * 4, [2.0] * 4]
    assert generate_from(Conditional(), z).tolist() == z.tolist()
    with pytest.raises(ValueError, match="takes no labels"):
        generate_from(torch.nn.Identity(), {"z": z, "labels": np.array([1, 2])})
    with pytest.raises(ValueError, match="needs 'z'"):
        generate_from(torch.nn.Identity(), {"labels": np.array([1])})
    sig = signature({"z_dim": 4, "output_shape": [1, 8, 8]}, conditional=True)
    assert [(i.name, i.shape) for i in sig.inputs.inputs] == [("z", (-1, 4)), ("labels", (-1,))]
    assert sig.outputs.inputs[0].shape == (-1, 1, 8, 8)
