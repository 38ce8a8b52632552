"""The exported G as an MLflow model (a pyfunc flavour): ``mlflow.pyfunc.load_model(uri)``.

``predict`` maps latents to samples: ``{"z": float32 [n, z_dim]}`` (or the bare array), and
for a class-conditional G also ``"labels"`` (int64 [n]); it returns float32 [n, *output_shape].
The model's artifact is the ``gancanvas export`` folder itself: a TorchScript export loads with
torch alone, a safetensors one rebuilds the modules through gancanvas (``load_safetensors``).
The model is logged against the trained run (``source_run_id``) without reopening it, so the
run's status and end time stay as they were.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import warnings
from pathlib import Path
from typing import Any

import mlflow.pyfunc
import numpy as np
import torch
from mlflow.pyfunc import PythonModel

#: the logged model's name (its artifact folder in MLflow 3's logged-model store)
MODEL_NAME = "exported_G"
PROGRESS_ENV = "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"


def _accepts_labels(module: Any) -> bool:
    forward = getattr(module, "forward", None)
    if forward is None or isinstance(module, torch.jit.ScriptModule):
        return False
    try:
        return len(inspect.signature(forward).parameters) >= 2
    except (TypeError, ValueError):
        return False


def load_exported(folder: Path, device: str = "cpu") -> torch.nn.Module:
    """The generator of a ``gancanvas export`` folder (either format), in eval mode."""
    from gancanvas.runner.export import load_safetensors

    folder = Path(folder)
    info = json.loads((folder / "export.json").read_text(encoding="utf-8"))
    if info["format"] == "torchscript":
        with warnings.catch_warnings():  # torch deprecates TorchScript, and still reads it
            warnings.simplefilter("ignore", FutureWarning)
            return torch.jit.load(str(folder / info["file"]), map_location=device).eval()
    return load_safetensors(folder, device)[0]


def generate_from(module: torch.nn.Module, model_input: Any) -> np.ndarray:
    """``module(z[, labels])`` as a float32 array: what the pyfunc model's ``predict`` returns."""
    if isinstance(model_input, dict):
        if "z" not in model_input:
            raise ValueError("the model input needs 'z' (float32 [n, z_dim])")
        z, labels = model_input["z"], model_input.get("labels")
    else:
        z, labels = model_input, None
    if hasattr(z, "to_numpy"):  # a pandas frame: one column per latent dimension
        z = z.to_numpy()
    zt = torch.as_tensor(np.asarray(z, dtype=np.float32))
    with torch.no_grad():
        if labels is None:
            x = module(zt)
        elif _accepts_labels(module):
            x = module(zt, torch.as_tensor(np.asarray(labels, dtype=np.int64)))
        else:
            raise ValueError("'labels': this exported generator takes no labels")
    return x.float().cpu().numpy()


class ExportedGenerator(PythonModel):
    """Latents (and labels) → samples, from the export folder in the model's artifacts."""

    #: the signature describes the input; MLflow's type-hint validation is not used
    _skip_type_hint_validation = True

    def load_context(self, context: Any) -> None:
        self.module = load_exported(Path(context.artifacts["export"]))

    # model_input has no type hint: MLflow would read one as the input schema (the signature
    # gives it) and warns at logging time
    def predict(self, context: Any, model_input, params: Any = None) -> np.ndarray:  # type: ignore[no-untyped-def]
        return generate_from(self.module, model_input)


def signature(info: dict[str, Any], conditional: bool) -> Any:
    from mlflow.models.signature import ModelSignature
    from mlflow.types.schema import ColSpec, Schema, TensorSpec

    inputs: list[ColSpec | TensorSpec] = [
        TensorSpec(np.dtype(np.float32), (-1, int(info["z_dim"])), "z")
    ]
    if conditional:
        inputs.append(TensorSpec(np.dtype(np.int64), (-1,), "labels"))
    out = TensorSpec(np.dtype(np.float32), (-1, *[int(s) for s in info["output_shape"]]))
    return ModelSignature(inputs=Schema(inputs), outputs=Schema([out]))


def _requirements(fmt: str) -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    names = ["torch", "numpy", "mlflow"] + (
        ["safetensors", "gancanvas"] if fmt != "torchscript" else []
    )
    out = []
    for name in names:
        try:
            out.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            out.append(name)
    return out


@contextlib.contextmanager
def _tracking(uri: str) -> Any:
    import logging

    import mlflow

    before, bar = mlflow.get_tracking_uri(), os.environ.get(PROGRESS_ENV)
    mlflow.set_tracking_uri(uri)
    os.environ[PROGRESS_ENV] = "false"  # no download bar for a few small files
    # the class is pickled by reference (gancanvas must be importable where it is loaded):
    # MLflow's warning about pickled Python objects says nothing more here
    pyfunc_log = logging.getLogger("mlflow.pyfunc")
    level = pyfunc_log.level
    pyfunc_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        mlflow.set_tracking_uri(before)
        pyfunc_log.setLevel(level)
        if bar is None:
            os.environ.pop(PROGRESS_ENV, None)
        else:
            os.environ[PROGRESS_ENV] = bar


def log_exported(folder: Path, info: dict[str, Any], run_id: str, uri: str) -> str:
    """Log the export folder as a pyfunc model of ``run_id``; returns its ``models:/`` URI."""
    from mlflow.models import Model

    from gancanvas.runner.tracking import store_lock

    module = load_exported(folder)
    conditional = _accepts_labels(module) and bool(getattr(module, "n_classes", 0))
    with store_lock(uri), _tracking(uri), warnings.catch_warnings():
        # MLflow warns of type hints (the signature is given) and of no input example
        warnings.simplefilter("ignore", UserWarning)
        logged = Model.log(
            None,  # artifact_path (deprecated for name)
            name=MODEL_NAME,
            flavor=mlflow.pyfunc,
            run_id=run_id,
            python_model=ExportedGenerator(),
            artifacts={"export": str(folder)},
            signature=signature(info, conditional),
            pip_requirements=_requirements(info["format"]),  # no inference (it loads the model)
            tags={"gancanvas.format": info["format"], "gancanvas.graph": str(info["graph"])},
        )
    return str(logged.model_uri)
