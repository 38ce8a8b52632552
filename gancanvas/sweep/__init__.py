"""Sweeps: a graph's values on a grid or searched by Optuna, each variant a ``gancanvas run``.

Used by ``gancanvas sweep`` (and by the canvas): ``plan`` checks every variant before anything
runs, ``SweepRun.execute`` runs them K at a time under one MLflow parent run.
"""

from gancanvas.sweep.engine import SweepReport, SweepRun, SweepSpec, optuna_storage, plan
from gancanvas.sweep.local import RunSettings, default_threads
from gancanvas.sweep.params import ParamError, SweepParam, parse_params
from gancanvas.sweep.variants import SweepInvalid

__all__ = [
    "ParamError",
    "RunSettings",
    "SweepInvalid",
    "SweepParam",
    "SweepReport",
    "SweepRun",
    "SweepSpec",
    "default_threads",
    "optuna_storage",
    "parse_params",
    "plan",
]
