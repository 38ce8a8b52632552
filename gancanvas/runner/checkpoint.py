"""Checkpoints with the full state of a run, loaded with ``weights_only=True``.

Networks, optimizers, every stateful block (augmenters, schedulers, EMA, data iterators), loop
statistics, RNG states and the step: a resumed run continues exactly where it stopped.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch

from gancanvas.compiler import Program
from gancanvas.runner.loop import StepRunner
from schemas import Graph, GraphLoadError, load_graph_text

FORMAT = 2
#: format 1 (contract v1): optimizers under "G"/"D", the adaptive-T sums under "loop_stats"
READABLE = (1, 2)


class CheckpointError(Exception):
    """A checkpoint that cannot be read (missing, corrupt, or not ours)."""


def _state_of(obj: Any) -> Any:
    sd = getattr(obj, "state_dict", None)
    return sd() if callable(sd) else None


def capture(prog: Program, runner: StepRunner, step: int, run_id: str | None) -> dict[str, Any]:
    blocks = {}
    for nid, obj in prog.built.items():
        if isinstance(obj, torch.optim.Optimizer):
            continue
        state = _state_of(obj)
        if state:
            blocks[nid] = state
    rng: dict[str, Any] = {"cpu": torch.get_rng_state()}
    if prog.device.type == "cuda":
        rng["cuda"] = torch.cuda.get_rng_state(prog.device)
    return {
        "format": FORMAT,
        "graph": prog.graph.to_json(indent=None),
        "step": step,
        "run_id": run_id,
        "blocks": blocks,
        "optimizers": {net: opt.state_dict() for net, opt in prog.optimizers.items()},
        "loop": runner.state_dict(),
        "rng": rng,
    }


def save(state: dict[str, Any], path: Path) -> None:
    """Write atomically: a killed process never leaves a truncated checkpoint behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    os.replace(tmp, path)


def load(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    if not p.is_file():
        raise CheckpointError(f"{p}: no such checkpoint file")
    try:
        state = torch.load(p, map_location="cpu", weights_only=True)
    except Exception as err:  # corrupt or foreign pickle: refuse with the reason
        raise CheckpointError(f"{p}: not a readable gancanvas checkpoint ({err})") from None
    if not isinstance(state, dict) or state.get("format") not in READABLE:
        raise CheckpointError(f"{p}: not a gancanvas checkpoint (formats {READABLE})")
    return state


def _upgrade(prog: Program, runner: StepRunner, state: dict[str, Any]) -> dict[str, Any]:
    """A format-1 checkpoint in format 2: optimizers by network id; the adaptive-T sums become
    the running ``D/real_sign`` statistic, which an adaptive rule without a saved window reads
    from zero — exactly what v1's zeroed accumulators held."""
    if state.get("format") == FORMAT:
        return state
    a = prog.analysis
    old = state["optimizers"]
    stats = runner.stats.state_dict()
    count = int(state["loop_stats"]["count"])
    if count:
        stats["sums"]["D/real_sign"] = state["loop_stats"]["sign_sum"].double()
        stats["counts"]["D/real_sign"] = count
    return {
        **state,
        "format": FORMAT,
        "optimizers": {a.G: old["G"], a.D: old["D"]},
        "loop": {"batch_size": prog.graph.run.batch_size, "stats": stats},
    }


def graph_of(state: dict[str, Any]) -> Graph:
    try:
        return load_graph_text(state["graph"])
    except GraphLoadError as err:
        raise CheckpointError(f"the checkpoint's graph is invalid: {err}") from None


def restore(prog: Program, runner: StepRunner, state: dict[str, Any]) -> int:
    """Load ``state`` into a freshly compiled program; returns the step to continue from."""
    state = _upgrade(prog, runner, state)
    for nid, sd in state["blocks"].items():
        obj = prog.built.get(nid)
        if obj is None:
            raise CheckpointError(f"checkpoint has state for '{nid}', which the graph lacks")
        try:
            obj.load_state_dict(sd)
        except (RuntimeError, KeyError, ValueError) as err:
            raise CheckpointError(f"checkpoint does not fit node '{nid}': {err}") from None
    for net, opt_state in state["optimizers"].items():
        opt = prog.optimizers.get(net)
        if opt is None:
            raise CheckpointError(f"checkpoint has an optimizer for '{net}', which the graph lacks")
        opt.load_state_dict(opt_state)
    runner.load_state_dict(state["loop"])
    torch.set_rng_state(state["rng"]["cpu"])
    if "cuda" in state["rng"] and prog.device.type == "cuda":
        torch.cuda.set_rng_state(state["rng"]["cuda"], prog.device)
    return int(state["step"])
