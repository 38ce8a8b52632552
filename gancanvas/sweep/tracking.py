"""The sweep's MLflow parent run; each variant's run becomes its nested child.

The variant runs are ordinary ``gancanvas run`` processes that create their own runs; when a run
announces its id (its ``start`` event) the sweep tags it as a child (``mlflow.parentRunId``,
the tag the MLflow UI nests by), renames it after the variant and logs the swept values as
``sweep.<key>`` params. Writes retry: several processes share one SQLite store.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gancanvas.runner.tracking import TrackingError, check_reachable
from gancanvas.sweep.params import format_value

PARENT_TAG = "mlflow.parentRunId"
#: writes are retried this many times (SQLite refuses a writer while another one holds the lock)
ATTEMPTS = 5


class SweepTracking:
    """The parent run of one sweep and the tags that make variant runs its children."""

    def __init__(self, uri: str, experiment: str, name: str, params: dict[str, str]):
        import mlflow
        from mlflow.tracking import MlflowClient

        check_reachable(uri)
        self.client = MlflowClient(tracking_uri=uri)
        self.name = name
        self.warnings: list[str] = []
        try:
            exp = self.client.get_experiment_by_name(experiment)
            exp_id = exp.experiment_id if exp else self.client.create_experiment(experiment)
            run = self.client.create_run(
                exp_id, run_name=f"sweep {name}", tags={"gancanvas.sweep": name}
            )
        except mlflow.exceptions.MlflowException as err:
            raise TrackingError(f"MLflow at {uri}: {err}") from None
        self.run_id: str = run.info.run_id
        self._params(self.run_id, params)

    def _retry(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        for attempt in range(ATTEMPTS):
            try:
                fn(*args, **kwargs)
                return
            except Exception as err:  # a locked store, a busy server: wait, then try again
                if attempt == ATTEMPTS - 1:
                    self.warnings.append(f"{getattr(fn, '__name__', 'write')}: {err}")
                    print(f"warning: MLflow write failed: {err}", file=sys.stderr)
                    return
                time.sleep(0.2 * 2**attempt)

    def _params(self, run_id: str, params: dict[str, str]) -> None:
        from mlflow.entities import Param

        items = [Param(k[:250], v[:6000]) for k, v in params.items()]
        for i in range(0, len(items), 100):
            self._retry(self.client.log_batch, run_id, params=items[i : i + 100])

    def adopt(self, run_id: str, variant: str, values: dict[str, Any]) -> None:
        """Make a variant's run a child of the sweep, named and tagged after the variant."""
        tags = {PARENT_TAG: self.run_id, "gancanvas.sweep": self.name, "gancanvas.variant": variant}
        for k, v in tags.items():
            self._retry(self.client.set_tag, run_id, k, v)
        self._retry(self.client.update_run, run_id, name=f"{self.name}/{variant}")
        self._params(run_id, {f"sweep.{k}": format_value(v) for k, v in values.items()})

    def tag(self, run_id: str, key: str, value: str) -> None:
        self._retry(self.client.set_tag, run_id, key, value)

    def finish(self, status: str, files: list[Path], metrics: dict[str, float]) -> None:
        """Results files as artifacts, the best objective as a metric, the final status."""
        from mlflow.entities import Metric

        for path in files:
            self._retry(self.client.log_artifact, self.run_id, str(path))
        if metrics:
            now = int(time.time() * 1000)
            batch = [Metric(k, v, now, 0) for k, v in metrics.items()]
            self._retry(self.client.log_batch, self.run_id, metrics=batch)
        self._retry(self.client.set_terminated, self.run_id, status=status)
