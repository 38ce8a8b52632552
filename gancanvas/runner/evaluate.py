"""``gancanvas eval``: metric blocks on a finished or stopped run, logged to that MLflow run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import torch

from blocks.registry import BLOCKS, get_block
from blocks.runtime import warnings_of
from gancanvas.compiler import compile_graph, resolve_device
from gancanvas.compiler.analysis import analyze
from gancanvas.compiler.build import sampler_handle
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.loop import StepRunner
from gancanvas.runner.metric_timing import timed_compute
from gancanvas.runner.tracking import TrackingError, open_client, tracking_uri
from schemas import Graph, load_graph_dict


class EvalError(ValueError):
    """An unknown metric name or a metric that does not fit the graph."""


def with_metrics(graph: Graph, names: list[str] | None, n: int | None) -> Graph:
    """The graph with the requested metric blocks added, wired to its sampling path (G_ema,
    a sampler, else G)."""
    data = graph.to_dict()
    a = analyze(graph, dry_run=False, check_env=False)
    handle = sampler_handle(a)
    source = f"{handle[0]}.{handle[1]}" if handle else f"{a.G}.net"
    metric_types = {b.type.split(".", 1)[1]: b.type for b in BLOCKS if b.kind() == "metric"}
    is_metric = set(metric_types.values())
    existing = {node["type"]: node for node in data["nodes"] if node["type"] in is_metric}
    for name in names or []:
        tag = metric_types.get(name, name)
        block = get_block(tag)
        if block is None or block.kind() != "metric":
            known = ", ".join(sorted(metric_types))
            raise EvalError(f"no metric '{name}' (metric blocks: {known})")
        if tag in existing:
            continue
        node = {"id": f"eval_{tag.split('.')[1]}", "type": tag, "params": {}}
        data["nodes"].append(node)
        existing[tag] = node
        data["edges"] += [
            {"from": source, "to": f"{node['id']}.generator"},
            {"from": f"{a.data}.real", "to": f"{node['id']}.real"},
        ]
    selected = (
        [existing[metric_types.get(t, t)] for t in names] if names else list(existing.values())
    )
    if n:
        for node in selected:
            fields = get_block(node["type"]).Params.model_fields  # type: ignore[union-attr]
            for key in (
                "n_real",
                "n_fake",
                "n_samples",
                "num_samples",
                "n_real_per_class",
                "n_fake_per_class",
            ):
                if key in fields:
                    node["params"][key] = n
    keep = {node["id"] for node in selected}
    data["nodes"] = [
        x for x in data["nodes"] if x["type"] not in metric_types.values() or x["id"] in keep
    ]
    data["edges"] = [
        e for e in data["edges"] if e["to"].split(".")[0] in {x["id"] for x in data["nodes"]}
    ]
    return load_graph_dict(data)


def evaluate(
    state: dict[str, Any],
    names: list[str] | None,
    n: int | None,
    device: str | None,
    uri: str | None,
    quiet: bool,
    runs_root: Path | None = None,
) -> dict[str, float]:
    """Evaluate the checkpoint's graph (plus ``names``); real statistics of the paper metrics
    are cached under ``<runs_root>/fid_stats``."""
    graph = with_metrics(ckpt.graph_of(state), names, n)
    dev = resolve_device(device or graph.run.device)
    torch.manual_seed(graph.run.seed)
    prog = compile_graph(graph, dev)
    ckpt.restore(prog, StepRunner(prog), state)
    if not prog.metrics:
        raise EvalError("the graph has no metric blocks: name some with --metrics fid,kid,…")
    step = int(state["step"])
    results: dict[str, float] = {}
    for nid, metric, gen in prog.metrics:
        if not quiet:
            print(f"evaluating {nid} …", file=sys.stderr, flush=True)
        result, timing = timed_compute(nid, metric, gen, prog, runs_root, quiet)
        for k, v in result.items():
            results[f"metric/{nid}/{k}"] = float(v)
        results.update(timing)
        proto = {f"eval.{nid}.{k}": str(v) for k, v in metric.protocol().items()}
        for w in warnings_of(result):
            proto[f"warning.{nid}.{w.name}"] = f"step {step}: {w.message}"
            if not quiet:
                print(f"warning: {nid}: {w.message}", file=sys.stderr, flush=True)
        _log(state.get("run_id"), uri, results, proto, step)
    return results


def _log(
    run_id: str | None, uri: str | None, values: dict[str, float], tags: dict[str, str], step: int
) -> None:
    """Log into the run the checkpoint came from, without touching its status."""
    if run_id is None:
        return
    from mlflow.entities import Metric, RunTag
    from mlflow.exceptions import MlflowException

    try:
        client = open_client(tracking_uri(uri))
        client.log_batch(
            run_id,
            metrics=[Metric(k, v, 0, step) for k, v in values.items()],
            tags=[RunTag(k, v[:5000]) for k, v in tags.items()],
        )
    except MlflowException as err:
        raise TrackingError(f"cannot log to run {run_id}: {err}") from None
