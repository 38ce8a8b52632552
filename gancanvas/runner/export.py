"""``gancanvas export``: a trained run's sampling path (the EMA where there is one) as files.

Two formats, each with the graph JSON, an ``export.json`` and a small ``load.py``:
- ``safetensors``: the weights of every node on the sampling path (G, its EMA, parametrizations,
  a sampler around them) in ``generator.safetensors``; ``load.py`` rebuilds the modules from
  the graph through gancanvas and loads them.
- ``torchscript``: the traced path in ``generator.pt``; ``load.py`` needs only torch.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import torch

from gancanvas.runner.checkpoint import CheckpointError, graph_of
from gancanvas.runner.sampler import restore_sampling_path
from schemas import Graph, load_graph_text

FORMATS = ("safetensors", "torchscript")
WEIGHTS = {"safetensors": "generator.safetensors", "torchscript": "generator.pt"}
#: safetensors metadata keys: non-tensor state values (JSON), the file's layout tag
EXTRA_KEY, LAYOUT_KEY, LAYOUT = "gancanvas.extra", "gancanvas.layout", "sampling-path-v1"
SEP = "/"  # between nesting levels (module state keys hold dots)


class ExportError(Exception):
    """The run cannot be exported in this format (the message says why and what to use)."""


def flatten_state(prefix: str, value: Any, tensors: dict[str, torch.Tensor], extra: dict) -> None:
    """A nested state dict → ``{"G/net.0.weight": tensor}`` plus its other values as JSON."""
    if isinstance(value, torch.Tensor):
        tensors[prefix] = value.detach().cpu().contiguous()
    elif isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str) or SEP in k:
                raise ExportError(f"state key {k!r} under '{prefix}' cannot be stored")
            flatten_state(f"{prefix}{SEP}{k}" if prefix else k, v, tensors, extra)
    elif value is None or isinstance(value, bool | int | float | str):
        extra[prefix] = value
    else:
        raise ExportError(f"state value under '{prefix}' ({type(value).__name__}) is not storable")


def unflatten_state(tensors: dict[str, torch.Tensor], extra: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in [*tensors.items(), *extra.items()]:
        parts = key.split(SEP)
        cursor = out
        for part in parts[:-1]:
            cursor = cursor.setdefault(part, {})
        cursor[parts[-1]] = value
    return out


def _example_z(built: dict[str, Any], a: Any, dev: torch.device) -> torch.Tensor:
    with torch.random.fork_rng():
        torch.manual_seed(0)
        return built[a.latent].sample(2, dev)


def _states(built: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for nid, obj in built.items():
        sd = getattr(obj, "state_dict", None)
        state = sd() if callable(sd) else None
        if state:
            out[nid] = state
    return out


def _load_py(fmt: str, z_dim: int) -> str:
    head = f'''"""Load the exported generator: ``G = load(); x = G(z)``, z of shape [n, {z_dim}].

Written by ``gancanvas export``; graph.json is the graph it was trained from.
'''
    if fmt == "torchscript":
        return (
            head
            + f'''Needs only torch. ``python load.py`` draws 4 samples from N(0, I) and prints their
shape (the graph's own latent prior is in graph.json).
"""

import warnings
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
Z_DIM = {z_dim}


def load(device: str = "cpu") -> torch.jit.ScriptModule:
    with warnings.catch_warnings():  # torch deprecates TorchScript, and still reads it
        warnings.simplefilter("ignore", FutureWarning)
        return torch.jit.load(str(HERE / "generator.pt"), map_location=device).eval()


if __name__ == "__main__":
    with torch.no_grad():
        print(tuple(load()(torch.randn(4, Z_DIM)).shape))
'''
        )
    return (
        head
        + f'''Needs torch, safetensors and gancanvas: the modules are rebuilt from graph.json, then
the weights are loaded. ``python load.py`` draws 4 samples from the graph's latent and
prints their shape.
"""

from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
Z_DIM = {z_dim}


def load(device: str = "cpu") -> torch.nn.Module:
    from gancanvas.runner.export import load_safetensors

    return load_safetensors(HERE, device)[0]


def sample(n: int, seed: int = 0, device: str = "cpu") -> torch.Tensor:
    """n samples, z drawn from the graph's own latent block."""
    from gancanvas.runner.export import load_safetensors

    G, latent = load_safetensors(HERE, device)
    torch.manual_seed(seed)
    with torch.no_grad():
        return G(latent.sample(n, torch.device(device)))


if __name__ == "__main__":
    print(tuple(sample(4).shape))
'''
    )


def export_run(state: dict[str, Any], fmt: str, out: Path) -> dict[str, Any]:
    """Write the run's sampling path to ``out`` in ``fmt``; returns what export.json says."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}' (use {' or '.join(FORMATS)})")
    graph = graph_of(state)
    dev = torch.device("cpu")
    path, built, a = restore_sampling_path(state, graph, dev)
    path.eval()
    z = _example_z(built, a, dev)
    out.mkdir(parents=True, exist_ok=True)
    weights = out / WEIGHTS[fmt]
    if fmt == "safetensors":
        from safetensors.torch import save_file

        tensors: dict[str, torch.Tensor] = {}
        extra: dict[str, Any] = {}
        for nid, node_state in _states(built).items():
            flatten_state(nid, node_state, tensors, extra)
        meta = {EXTRA_KEY: json.dumps(extra), LAYOUT_KEY: LAYOUT}
        # tied weights (an EMA holding G's buffers) must not share storage in a safetensors file
        save_file({k: v.clone() for k, v in tensors.items()}, str(weights), metadata=meta)
    else:
        try:  # torch deprecates TorchScript (FutureWarning) but still writes and reads it
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                traced = torch.jit.trace(path, z, check_trace=True)
        except Exception as err:  # a sampler that needs gradients or Python control flow
            raise ExportError(
                f"the sampling path cannot be traced to TorchScript ({type(err).__name__}: "
                f"{' '.join(str(err).split())[:300]}); export it with --format safetensors"
            ) from None
        traced.save(str(weights))
    with torch.no_grad():
        x = path(z)
    info = {
        "format": fmt,
        "file": weights.name,
        "run_id": state.get("run_id"),
        "step": state.get("step"),
        "graph": graph.name,
        "sampling_path": sorted(built),
        "z_dim": int(z.shape[1]),
        "output_shape": list(x.shape[1:]),
    }
    (out / "graph.json").write_text(graph.to_json() + "\n", encoding="utf-8")
    (out / "export.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    (out / "load.py").write_text(_load_py(fmt, int(z.shape[1])), encoding="utf-8")
    return info


def load_safetensors(folder: Path, device: str = "cpu") -> tuple[torch.nn.Module, Any]:
    """(the sampling path with the exported weights, the graph's latent sampler)."""
    from safetensors import safe_open
    from safetensors.torch import load_file

    folder = Path(folder)
    graph: Graph = load_graph_text((folder / "graph.json").read_text(encoding="utf-8"))
    weights = folder / WEIGHTS["safetensors"]
    with safe_open(str(weights), framework="pt") as f:
        meta = f.metadata() or {}
    if meta.get(LAYOUT_KEY) != LAYOUT:
        raise CheckpointError(f"{weights}: not a gancanvas export ({LAYOUT_KEY} missing)")
    states = unflatten_state(load_file(str(weights), device=device), json.loads(meta[EXTRA_KEY]))
    path, built, a = restore_sampling_path({"blocks": states}, graph, torch.device(device))
    return path.eval(), built[a.latent]
