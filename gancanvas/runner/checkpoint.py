"""Checkpoints with the full state of a run, loaded with ``weights_only=True``.

Networks, optimizers, every stateful block (augmenters, schedulers, EMA, data iterators), loop
statistics, RNG states and the step: a resumed run continues exactly where it stopped.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path
from typing import Any, TypeGuard

import torch

from gancanvas.compiler import Program
from gancanvas.runner.loop import StepRunner
from gancanvas.runner.tracking import writing
from schemas import Graph, GraphLoadError, load_graph_text

FORMAT = 2
#: format 1 (contract v1): optimizers under "G"/"D", the adaptive-T sums under "loop_stats"
READABLE = (1, 2)


class CheckpointError(Exception):
    """A checkpoint that cannot be read (missing, corrupt, or not ours)."""


def _state_of(obj: Any) -> Any:
    sd = getattr(obj, "state_dict", None)
    return sd() if callable(sd) else None


def _detached(value: Any) -> Any:
    """A copy of a state tree whose tensors share no storage with the live run."""
    if isinstance(value, torch.Tensor):
        return value.detach().clone()
    if isinstance(value, dict):
        return {k: _detached(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_detached(v) for v in value)
    return value


def capture(prog: Program, runner: StepRunner, step: int, run_id: str | None) -> dict[str, Any]:
    """The run's full state, detached: training on after a capture never changes it."""
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
        "blocks": _detached(blocks),
        "optimizers": _detached({net: opt.state_dict() for net, opt in prog.optimizers.items()}),
        "loop": _detached(runner.state_dict()),
        "rng": rng,
    }


def save(state: dict[str, Any], path: Path) -> None:
    """Write atomically: a killed process never leaves a truncated checkpoint behind, and a
    write that fails (disk full, read-only) raises ``StorageError`` naming ``path``, with the
    temporary file removed and the previous checkpoint untouched.

    Serialised in memory first: torch's own file writer turns the OSError of a full disk into
    an ``inline_container`` RuntimeError that no longer says why.
    """
    buffer = io.BytesIO()
    torch.save(state, buffer)
    tmp = path.with_suffix(".tmp")
    with writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "wb") as f:
                f.write(buffer.getbuffer())
                f.flush()
                os.fsync(f.fileno())  # a full disk may only say so here (NFS, quotas)
            os.replace(tmp, path)
        except BaseException as err:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if isinstance(err, OSError) and err.filename == str(tmp):
                err.filename = str(path)  # name the checkpoint, not a file that is gone
            raise


def load(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint and check its whole layout before anything uses it.

    A regular file only (a FIFO would block), unpickled with ``weights_only=True``, then every
    entry checked: the graph parses, the step is an integer in range, the run id cannot become a
    path, the block/optimizer/loop states have the structure the loader indexes, optimizer state
    fits the networks saved with it, and the RNG state is one torch accepts. Any problem is one
    ``CheckpointError`` line naming the entry.
    """
    from schemas import open_regular

    p = Path(path)
    try:
        f = open_regular(p)
    except FileNotFoundError:
        raise CheckpointError(f"{p}: no such checkpoint file") from None
    except OSError as err:
        raise CheckpointError(f"{p}: cannot read it ({err.strerror or err})") from None
    try:
        with f:
            state = torch.load(f, map_location="cpu", weights_only=True)
    except Exception as err:  # corrupt or foreign pickle: refuse with the reason
        reason = " ".join(str(err).split())[:300]
        raise CheckpointError(f"{p}: not a readable gancanvas checkpoint ({reason})") from None
    fmt = state.get("format") if isinstance(state, dict) else None
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt not in READABLE:
        raise CheckpointError(f"{p}: not a gancanvas checkpoint (formats {READABLE})")
    problem = _layout_problem(state)
    if problem:
        raise CheckpointError(f"{p}: damaged or not a gancanvas checkpoint: {problem}")
    return state


#: a run id becomes a folder name (runs/<run_id>/): MLflow's are 32 hex digits
_RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _is_int(v: Any) -> TypeGuard[int]:
    return isinstance(v, int) and not isinstance(v, bool)


def _str_keyed_dicts(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, dict) for k, v in value.items()
    )


def _layout_problem(state: dict[str, Any]) -> str | None:
    """What is wrong with a checkpoint's entries (for ``load``), or None."""
    from schemas.graph import MAX_STEPS

    for key in ("graph", "step", "blocks", "optimizers", "rng"):
        if key not in state:
            return f"no '{key}' entry"
    if not isinstance(state["graph"], str):
        return "'graph' is not JSON text"
    try:
        load_graph_text(state["graph"])
    except GraphLoadError as err:
        return "its graph is invalid: " + "; ".join(map(str, err.issues[:3]))
    step = state["step"]
    if not _is_int(step) or not 0 <= step <= MAX_STEPS:
        return f"'step' must be an integer from 0 to {MAX_STEPS} (got {str(step)[:40]!r})"
    run_id = state.get("run_id")
    if run_id is not None and not (isinstance(run_id, str) and _RUN_ID.match(run_id)):
        return f"'run_id' is not a run id (got {str(run_id)[:40]!r})"
    if not _str_keyed_dicts(state["blocks"]):
        return "'blocks' must map node ids to state dicts"
    for problem in (_optimizer_problem(state), _loop_problem(state), _rng_problem(state["rng"])):
        if problem:
            return problem
    return None


def _tensor_shapes(value: Any, out: set[tuple[int, ...]]) -> set[tuple[int, ...]]:
    """Shapes of every tensor in a (nested) state dict."""
    if isinstance(value, torch.Tensor):
        out.add(tuple(value.shape))
    elif isinstance(value, dict):
        for v in value.values():
            _tensor_shapes(v, out)
    elif isinstance(value, list | tuple):
        for v in value:
            _tensor_shapes(v, out)
    return out


def _optimizer_problem(state: dict[str, Any]) -> str | None:
    """Optimizer states as torch's ``load_state_dict`` indexes them, fitting the saved nets."""
    opts = state["optimizers"]
    if not _str_keyed_dicts(opts):
        return "'optimizers' must map network ids to optimizer states"
    shapes = _tensor_shapes(state["blocks"], set())
    for net, opt in opts.items():
        where = f"optimizers.{net}"
        groups, per_param = opt.get("param_groups"), opt.get("state")
        if not isinstance(groups, list) or not all(
            isinstance(g, dict) and isinstance(g.get("params"), list) for g in groups
        ):
            return f"'{where}.param_groups' must be a list of groups with 'params'"
        ids = [i for g in groups for i in g["params"]]
        if not all(_is_int(i) for i in ids) or len(set(ids)) != len(ids):
            return f"'{where}.param_groups' must list distinct parameter indices"
        if not isinstance(per_param, dict):
            return f"'{where}.state' must be a dict"
        for idx, entry in per_param.items():
            if idx not in ids:
                return f"'{where}.state' has parameter {idx!r}, which no param group lists"
            if not isinstance(entry, dict):
                return f"'{where}.state.{idx}' must be a dict"
            for name, t in entry.items():
                # a moment of a parameter (exp_avg, momentum_buffer…) has that parameter's shape
                if isinstance(t, torch.Tensor) and t.dim() > 0 and tuple(t.shape) not in shapes:
                    return (
                        f"'{where}.state.{idx}.{name}' has shape {list(t.shape)}, which no"
                        " network saved with it has"
                    )
    return None


def _loop_problem(state: dict[str, Any]) -> str | None:
    """The loop statistics the runner restores (format 2), or format 1's adaptive-T sums."""
    if state["format"] == 1:
        old = state.get("loop_stats")
        if not isinstance(old, dict) or not isinstance(old.get("sign_sum"), torch.Tensor):
            return "'loop_stats' must hold the 'sign_sum' tensor and 'count'"
        count = old.get("count")
        if not (_is_int(count) or (isinstance(count, torch.Tensor) and count.numel() == 1)):
            return "'loop_stats.count' must be a number"
        return None
    loop = state.get("loop")
    if not isinstance(loop, dict):
        return "no 'loop' entry (a dict of the loop statistics)"
    bs = loop.get("batch_size")
    if not _is_int(bs) or not 1 <= bs <= 65536:
        return f"'loop.batch_size' must be an integer from 1 to 65536 (got {str(bs)[:40]!r})"
    stats = loop.get("stats")
    if not isinstance(stats, dict):
        return "'loop.stats' must be a dict"
    sums, counts = stats.get("sums"), stats.get("counts")
    if not isinstance(sums, dict) or not all(
        isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in sums.items()
    ):
        return "'loop.stats.sums' must map names to tensors"
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and _is_int(v) for k, v in counts.items()
    ):
        return "'loop.stats.counts' must map names to integers"
    return None


def _rng_problem(rng: Any) -> str | None:
    """An RNG state torch accepts: tried on the CPU generator, which is put back after."""
    if not isinstance(rng, dict) or not isinstance(rng.get("cpu"), torch.Tensor):
        return "'rng' must hold the CPU generator state ('cpu', a uint8 tensor)"
    cpu = rng["cpu"]
    if cpu.dtype != torch.uint8 or cpu.dim() != 1:
        return f"'rng.cpu' must be a 1-D uint8 tensor (got {cpu.dtype} {list(cpu.shape)})"
    with torch.random.fork_rng(devices=[]):
        try:
            torch.set_rng_state(cpu)
        except (RuntimeError, ValueError, TypeError) as err:
            return f"'rng.cpu' is not a generator state torch accepts ({err})"
    cuda = rng.get("cuda")
    if cuda is not None and not (
        isinstance(cuda, torch.Tensor) and cuda.dtype == torch.uint8 and cuda.dim() == 1
    ):
        return "'rng.cuda' must be a 1-D uint8 tensor"
    return None


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
