"""Several tracked runs side by side: metric curves, final values, latest samples, and the
settings in which their graphs differ (``diff_graphs`` of each run against the first).

Nothing here trains or imports torch; MLflow is imported when the runs are looked up.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gancanvas.sharing.diff import Change, diff_graphs
from gancanvas.sharing.runs import (
    RunLookupError,
    client,
    fetch_run,
    no_progress_bar,
    run_graph,
    sample_pictures,
)
from schemas import Graph

#: metrics drawn as curves (the others, such as ``perf/``, are final values only)
CURVES = ("loss/", "metric/", "eval/", "D/")


@dataclass
class RunRecord:
    """One run as the comparison shows it."""

    run_id: str
    name: str
    status: str
    curves: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    final: dict[str, float] = field(default_factory=dict)
    sample: bytes | None = None  # the latest sample grid (PNG)
    sample_name: str | None = None  # its artifact path, e.g. ``samples/0000006.png``
    graph: Graph | None = None

    @property
    def label(self) -> str:
        return f"{self.name or self.run_id[:8]} ({self.run_id[:8]})"


@dataclass
class Comparison:
    runs: list[RunRecord]
    #: a differing setting → its value in each run (same order as ``runs``)
    settings: dict[str, list[str]] = field(default_factory=dict)

    def curve_keys(self) -> list[str]:
        return sorted({k for r in self.runs for k in r.curves})

    def final_keys(self) -> list[str]:
        return sorted({k for r in self.runs for k in r.final})


def _values(change: Change) -> tuple[str, str]:
    """A change as (value in the first run, value in the other)."""
    if change.op == "~":
        return str(change.old), str(change.new)
    if change.op == "+":
        return "(absent)", change.note or "added"
    return change.note or "present", "(removed)"


def differing_settings(graphs: list[Graph | None]) -> dict[str, list[str]]:
    """Every path in which some graph differs from the first, with each graph's value there
    (a graph equal to the first at that path shows the first's value)."""
    if not graphs or graphs[0] is None:
        return {}
    first = graphs[0]
    out: dict[str, list[str]] = {}
    for i, graph in enumerate(graphs[1:], 1):
        if graph is None:
            continue
        for change in diff_graphs(first, graph):
            old, new = _values(change)
            row = out.setdefault(change.path, [old] * len(graphs))
            row[i] = new
    for i, graph in enumerate(graphs):  # a run without a graph: nothing known
        if graph is None:
            for row in out.values():
                row[i] = "?"
    return out


def _sample(run_id: str, uri: str) -> tuple[str | None, bytes | None]:
    pictures = sample_pictures(run_id, uri)
    if not pictures:
        return None, None
    with tempfile.TemporaryDirectory(prefix="gancanvas-sample-") as tmp, no_progress_bar():
        try:
            path = client(uri).download_artifacts(run_id, pictures[-1], tmp)
        except Exception:  # a store that lost the file: the run shows without a picture
            return pictures[-1], None
        return pictures[-1], Path(path).read_bytes()


def record(run_id: str, uri: str) -> RunRecord:
    """One run: its metric histories, final values, latest sample grid and graph."""
    run = fetch_run(run_id, uri)
    mlflow = client(uri)
    rec = RunRecord(run_id, run.info.run_name or "", run.info.status)
    for key, value in sorted(run.data.metrics.items()):
        rec.final[key] = value
        if key.startswith(CURVES):
            history = mlflow.get_metric_history(run_id, key)
            rec.curves[key] = sorted((m.step, m.value) for m in history)
    rec.sample_name, rec.sample = _sample(run_id, uri)
    try:
        rec.graph = run_graph(run_id, uri)
    except RunLookupError:
        rec.graph = None
    return rec


def compare_runs(run_ids: list[str], uri: str) -> Comparison:
    """The runs in the order given (``RunLookupError`` for one that does not exist)."""
    runs = [record(r, uri) for r in run_ids]
    return Comparison(runs, differing_settings([r.graph for r in runs]))
