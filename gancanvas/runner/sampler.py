"""``gancanvas sample``: pictures from a checkpoint through the graph's sampling path, no data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from blocks.runtime import DataSource
from gancanvas.compiler.build import build_sampling_path, make_context
from gancanvas.runner.checkpoint import CheckpointError
from gancanvas.runner.samples import generate, generate_by_class, save_picture
from schemas import Graph


class _Range(DataSource):
    """Stands in for the data when only its value range and modes are needed."""

    def __init__(self, shape: tuple[int, ...], modes: Any = None, std: float = 0.0):
        self.shape, self.modes, self.mode_std = shape, modes, std


def restore_sampling_path(
    state: dict[str, Any], graph: Graph, dev: torch.device
) -> tuple[torch.nn.Module, dict[str, Any], Any]:
    """The graph's sampling path (EMA, truncation, Langevin…) with the checkpoint's weights.

    Returns (the path z → x, the built objects by node id, the analysis).
    """
    path, built, a = build_sampling_path(graph, dev)
    for nid, obj in built.items():
        if nid in state["blocks"] and hasattr(obj, "load_state_dict"):
            try:
                obj.load_state_dict(state["blocks"][nid])
            except (RuntimeError, KeyError) as err:
                raise CheckpointError(f"checkpoint does not fit node '{nid}': {err}") from None
    return path, built, a


def sample_from_checkpoint(
    state: dict[str, Any],
    graph: Graph,
    n: int,
    out: Path,
    device: str = "cpu",
    use_ema: bool = True,
    seed: int = 0,
) -> Path:
    """``n`` samples of the sampling path (EMA, truncation, Langevin…); ``use_ema=False``: G."""
    dev = torch.device(device)
    path, built, a = restore_sampling_path(state, graph, dev)
    assert a.G is not None and a.latent is not None  # checked by analyze
    G = path if use_ema else built[a.G]
    torch.manual_seed(seed)
    z = built[a.latent].sample(n, dev)
    data: DataSource = _Range(a.data_shape or ())
    if a.data is not None and a.blocks[a.data].has_modes:
        try:  # toy mixtures are cheap to build and give the modes for the scatter plot
            data = a.blocks[a.data].build(make_context(a, a.data, dev, {}))
        except Exception:  # any loading problem: plot without modes
            data = _Range(a.data_shape or ())
    conditional = bool(a.n_classes and a.sources(a.G, "y"))
    if conditional:  # one row per class, as the run's sample grids
        pics, nrow = generate_by_class(G, z, a.n_classes)
    else:
        pics, nrow = generate(G, z), 0
    return save_picture(pics, data, out, title=f"{graph.name}", nrow=nrow)
