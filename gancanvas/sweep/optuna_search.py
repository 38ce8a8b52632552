"""An Optuna search over ``--param`` ranges: TPE (default) or random sampling, median pruning.

Trials are asked for as process slots free up (Optuna's ask-and-tell interface), so K trials
run at once. Each evaluation of the objective during a run is reported as the trial's
intermediate value at that step; the median pruner (Optuna's ``MedianPruner``) stops a trial
whose value is worse than the median of earlier trials at the same step.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from gancanvas.sweep.params import SAMPLERS, SweepParam
from gancanvas.sweep.results import Outcome
from gancanvas.sweep.variants import SweepInvalid, Variant, make_variant

if TYPE_CHECKING:
    from gancanvas.sweep.engine import SweepSpec


def optuna_module() -> Any:
    try:
        import optuna
    except ImportError:
        raise SweepInvalid(["--optuna: Optuna is not installed (pip install optuna)"]) from None
    return optuna


def distribution(p: SweepParam) -> Any:
    """The Optuna distribution of one --param; lists become choices (as JSON text: Optuna
    choices are plain scalars, a swept value may be a list)."""
    dist = optuna_module().distributions
    if p.kind == "log":
        return dist.FloatDistribution(float(p.low), float(p.high), log=True)
    if p.kind == "float":
        return dist.FloatDistribution(float(p.low), float(p.high))
    if p.kind == "int":
        return dist.IntDistribution(int(p.low), int(p.high))
    return dist.CategoricalDistribution([json.dumps(v) for v in p.values])


def decode(params: list[SweepParam], drawn: dict[str, Any]) -> dict[str, Any]:
    """Optuna's drawn values → graph values (choices back from their JSON text)."""
    out = {}
    for p in params:
        value = drawn[p.key]
        out[p.key] = json.loads(value) if p.kind in ("list", "cat") else value
    return out


class OptunaSearch:
    """``spec.trials`` trials of one Optuna study, kept in ``storage`` (an SQLite file)."""

    def __init__(self, spec: SweepSpec, key: str, storage: str | None, study_name: str):
        optuna = optuna_module()
        optuna.logging.set_verbosity(optuna.logging.WARNING)  # the sweep prints its own lines
        if spec.sampler not in SAMPLERS:
            raise SweepInvalid([f"--sampler {spec.sampler}: use one of {', '.join(SAMPLERS)}"])
        sampler = (
            optuna.samplers.TPESampler(seed=spec.seed)
            if spec.sampler == "tpe"
            else optuna.samplers.RandomSampler(seed=spec.seed)
        )
        pruner = (
            optuna.pruners.MedianPruner(n_startup_trials=spec.prune_startup)
            if spec.prune
            else optuna.pruners.NopPruner()
        )
        self.spec, self.key, self.storage = spec, key, storage
        self.distributions = {p.key: distribution(p) for p in spec.params}
        self.study = optuna.create_study(
            storage=storage,
            sampler=sampler,
            pruner=pruner,
            direction=spec.direction,
            study_name=study_name,
        )
        self.trials: dict[str, Any] = {}
        self.asked = 0

    def next(self) -> Variant | None:
        if self.asked >= self.spec.trials:
            return None
        self.asked += 1
        trial = self.study.ask(self.distributions)
        values = decode(self.spec.params, trial.params)
        variant = make_variant(self.spec.base, f"v{trial.number + 1:03d}", values)
        self.trials[variant.name] = trial
        return variant

    def on_start(self, variant: Variant, run_id: str) -> None:
        self.trials[variant.name].set_user_attr("mlflow_run_id", run_id)

    def on_eval(self, variant: Variant, step: int, values: dict[str, float]) -> bool:
        """Report the objective at this step; True when the pruner says stop."""
        value = values.get(self.key)
        if value is None:
            return False
        trial = self.trials[variant.name]
        trial.report(float(value), step)
        return bool(self.spec.prune and trial.should_prune())

    def on_end(self, outcome: Outcome) -> None:
        from optuna.trial import TrialState

        trial = self.trials.get(outcome.variant)
        if trial is None:
            return
        if outcome.status == "FINISHED" and outcome.objective is not None:
            self.study.tell(trial, outcome.objective)
        elif outcome.status == "PRUNED":
            self.study.tell(trial, state=TrialState.PRUNED)
        else:
            self.study.tell(trial, state=TrialState.FAIL)
