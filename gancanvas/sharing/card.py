"""A Markdown result card for one tracked run, ready to paste into a README, paper draft or issue.

The card holds the graph name and hash, the blocks with their papers, the run settings, the final
metrics with their protocol (as logged by each metric block), package versions and the latest
sample picture — all read back from MLflow, so any finished run can be cited.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import Graph

from .runs import fetch_run, local_artifact, run_graph, sample_pictures


@dataclass
class RunRecord:
    """What the card needs from MLflow, gathered once."""

    run: Any
    graph: Graph
    uri: str
    sample: str | None
    metric_steps: dict[str, int]


def gather(run_id: str, uri: str, runs_dir: Path | None = None) -> RunRecord:
    """Read the run, its graph, the step of each final metric and its latest sample picture."""
    from .runs import client

    run = fetch_run(run_id, uri)
    graph = run_graph(run_id, uri)
    pictures = sample_pictures(run_id, uri)
    sample = local_artifact(run, pictures[-1], runs_dir) if pictures else None
    steps = {}
    for key in run.data.metrics:
        if key.startswith("metric/"):
            history = client(uri).get_metric_history(run_id, key)
            steps[key] = max((m.step for m in history), default=0)
    return RunRecord(run, graph, uri, sample, steps)


def _papers() -> dict[str, str]:
    """Block type → its paper line, from the block registry."""
    from blocks.registry import catalog

    return {e["type"]: e.get("paper") or "" for e in catalog()}


def _escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _header(rec: RunRecord) -> list[str]:
    info, tags = rec.run.info, rec.run.data.tags
    g = rec.graph
    seconds = ((info.end_time or info.start_time or 0) - (info.start_time or 0)) / 1000
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime((info.start_time or 0) / 1000))
    lines = [f"### {g.name} — run `{info.run_id}`", ""]
    if g.description:
        lines += [g.description, ""]
    lines += [
        "| | |",
        "|---|---|",
        f"| graph hash | `{tags.get('graph_hash') or g.content_hash()}` |",
        f"| status | {info.status}, started {started}, {seconds:.0f} s |",
        f"| device | {tags.get('device', '?')} |",
        f"| tracking | `{rec.uri}` |",
        "",
    ]
    return lines


def _blocks(g: Graph) -> list[str]:
    papers = _papers()
    lines = ["**Blocks**", "", "| id | block | params | paper |", "|---|---|---|---|"]
    for n in g.inlined().nodes:
        params = ", ".join(f"{k}={v}" for k, v in n.params.items()) or "defaults"
        params += " (bypassed: not trained)" if n.bypass else ""
        lines.append(
            f"| {n.id} | `{n.type}` | {_escape(params)} | {_escape(papers.get(n.type, ''))} |"
        )
    return [*lines, ""]


def _settings(g: Graph) -> list[str]:
    items = " · ".join(f"{k} {v}" for k, v in g.run.model_dump(mode="json").items())
    return ["**Run settings**: " + items, ""]


def _metrics(rec: RunRecord) -> list[str]:
    """Final metric values per metric node, each with the protocol its block logged."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for key, value in sorted(rec.run.data.metrics.items()):
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == "metric":
            values[parts[1]][parts[2]] = value
    protocol: dict[str, dict[str, str]] = defaultdict(dict)
    for key, value in sorted(rec.run.data.params.items()):
        parts = key.split(".", 2)
        if len(parts) == 3 and parts[0] == "metric":
            protocol[parts[1]][parts[2]] = value
    if not values:
        return ["**Metrics**: none logged (the graph has no metric block).", ""]
    lines = ["**Metrics** (final)", "", "| metric | value | step |", "|---|---|---|"]
    for nid, vals in values.items():
        for name, value in vals.items():
            step = rec.metric_steps.get(f"metric/{nid}/{name}", "")
            lines.append(f"| {nid}/{name} | {value:.6g} | {step} |")
    lines.append("")
    for nid in values:
        node = rec.graph.node(nid)
        kind = f" (`{node.type}`)" if node else ""
        proto = "; ".join(f"{k}={v}" for k, v in protocol.get(nid, {}).items())
        lines.append(f"- protocol of {nid}{kind}: {_escape(proto) or 'not logged'}")
    return [*lines, ""]


def _versions(rec: RunRecord) -> list[str]:
    tags = rec.run.data.tags
    versions = sorted((k, v) for k, v in tags.items() if k.startswith("version."))
    shown = [f"{k.removeprefix('version.')} {v}" for k, v in versions]
    return ["**Versions**: " + (" · ".join(shown) or "not logged"), ""]


def _sample(rec: RunRecord) -> list[str]:
    if rec.sample is None:
        return ["**Samples**: none logged.", ""]
    return [
        f"**Samples**: `{rec.sample}` (the picture carries the graph: drop it on the canvas or run"
        f" `gancanvas run {Path(rec.sample).name}`)",
        "",
        f"![samples of {rec.graph.name}]({rec.sample})",
        "",
    ]


def render_card(rec: RunRecord) -> str:
    """The Markdown card of a gathered run."""
    parts = [_header(rec), _blocks(rec.graph), _settings(rec.graph), _metrics(rec)]
    parts += [_versions(rec), _sample(rec)]
    run_id = rec.run.info.run_id
    parts.append([f"Reopen: `gancanvas ui {run_id}` opens this graph in the canvas."])
    return "\n".join(line for part in parts for line in part) + "\n"


def run_card(run_id: str, uri: str, runs_dir: Path | None = None) -> str:
    """``gancanvas card RUN_ID``: gather the run from MLflow and render its card."""
    return render_card(gather(run_id, uri, runs_dir))
