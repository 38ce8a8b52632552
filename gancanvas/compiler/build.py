"""Build a validated graph into a ``Program``: the torch objects of one training loop, by role."""

from __future__ import annotations

from typing import Any

import networkx as nx
import torch
from torch import nn

from blocks.base import BuildContext
from blocks.runtime import LoopOwner, LoopPlan, Scheduler, Stats
from gancanvas.compiler.analysis import Analysis, analyze
from gancanvas.compiler.program import Program, lazy_correction, make_phases
from schemas import SHAPED, Graph, GraphIssue, PortType

#: tie-break within a topological order: networks exist before the regularizers that
#: re-parametrize them (spectral norm), those before the optimizers that collect their parameters
#: and the schedulers that copy them (EMA). Edges still come first: the adaptive-T scheduler is
#: built before the augmenter it drives because it is wired into it.
KIND_ORDER = {
    "data": 0,
    "latent": 1,
    "generator": 2,
    "discriminator": 3,
    "augmenter": 4,
    "regularizer": 5,
    "optimizer": 6,
    "scheduler": 7,
    "sampler": 8,
    "loss": 9,
    "metric": 10,
}


class BuildFailed(Exception):
    """A block's ``build`` raised (a file that vanished, weights missing, …); names the node."""

    def __init__(self, node_id: str, type_tag: str, err: Exception):
        self.node_id = node_id
        super().__init__(f"nodes.{node_id}: cannot build {type_tag}: {err}")


def build_block(
    a: Analysis, nid: str, device: torch.device, built: dict[str, Any], stats: Stats | None = None
) -> Any:
    """``a.blocks[nid].build`` with the node named in any error."""
    block = a.blocks[nid]
    try:
        obj = block.build(make_context(a, nid, device, built, stats))
    except Exception as err:
        raise BuildFailed(nid, block.type, err) from err
    return obj.to(device) if isinstance(obj, nn.Module) else obj


class GraphInvalid(Exception):
    """The graph has issues; nothing was built."""

    def __init__(self, issues: list[GraphIssue]):
        self.issues = issues
        super().__init__("\n".join(map(str, issues)))


def resolve_device(choice: str) -> torch.device:
    if choice == "cuda" or (choice == "auto" and torch.cuda.is_available()):
        return torch.device("cuda")
    return torch.device("cpu")


def make_context(
    a: Analysis, nid: str, device: torch.device, built: dict[str, Any], stats: Stats | None = None
) -> BuildContext:
    """The ``BuildContext`` of node ``nid`` given the objects built so far."""
    block = a.blocks[nid]
    inputs: dict[str, list[Any]] = {}
    sources: dict[str, list[str]] = {}
    shapes, meta = {}, {}
    for p in block.inputs:
        for _, (src, port) in a.incoming.get((nid, p.name), []):
            sources.setdefault(p.name, []).append(src)
            if src in built:
                inputs.setdefault(p.name, []).append(
                    type(a.blocks[src]).output_value(built[src], port)
                )
            if (src, port) in a.out_shapes:
                shapes[p.name] = a.out_shapes[(src, port)]
            meta[p.name] = a.blocks[src].output_meta().get(port, {})
    return BuildContext(
        node_id=nid,
        device=device,
        run=a.graph.run,
        data_shape=a.data_shape or (),
        z_dim=a.z_dim or 0,
        shapes=shapes,
        inputs=inputs,
        meta=meta,
        data=built.get(a.data) if a.data else None,
        stats=stats,
        n_classes=a.n_classes,
        sources=sources,
    )


def build_order(a: Analysis) -> list[str]:
    """Topological order of the nodes, ties broken by ``KIND_ORDER``.

    Every regularizer comes before every optimizer (unless that would close a cycle): a
    parametrization (spectral norm) changes the parameters an optimizer collects, and an
    optimizer is final when built (lazy-regularization correction included), so the blocks
    wired to it (an lr schedule) see the hyperparameters that train.
    """
    g = nx.DiGraph()
    g.add_nodes_from(a.blocks)
    for (dst, _), srcs in a.incoming.items():
        g.add_edges_from((src, dst) for _, (src, _) in srcs)
    for reg in a.of_kind("regularizer"):
        for opt in a.of_kind("optimizer"):
            if not nx.has_path(g, opt, reg):
                g.add_edge(reg, opt)
    return list(
        nx.lexicographical_topological_sort(g, key=lambda n: f"{KIND_ORDER[a.blocks[n].kind()]}{n}")
    )


def _handle_value(a: Analysis, built: dict[str, Any], src: str, port: str) -> Any:
    return type(a.blocks[src]).output_value(built[src], port)


def sampler_handle(a: Analysis) -> tuple[str, str] | None:
    """(node, port) of the sampling path's generator handle; None: G itself."""
    if a.sampler is None:
        return None
    block = a.blocks[a.sampler]
    port = next((p.name for p in block.outputs if p.type == PortType.GENERATOR), None)
    return (a.sampler, port) if port else None


def _lazy_correct(
    a: Analysis, opt_id: str, opt: torch.optim.Optimizer, built: dict[str, Any]
) -> None:
    """StyleGAN2's lazy-regularization correction of a freshly built optimizer (see
    ``lazy_correction``), from the lazy terms of its network's side (the smallest interval)."""
    net_id = a.sources(opt_id, "net")[0][0]
    side = "D" if net_id == a.D else "G" if net_id == a.G else None
    regs = [built[n] for n in a.of_kind("regularizer") if n in built]
    lazy = [r.interval for r in regs if r.phase == side and r.has_term and r.interval > 1]
    if side is not None and lazy:
        lazy_correction(opt, min(lazy))


def _build_all(
    a: Analysis, order: list[str], dev: torch.device, stats: Stats | None
) -> dict[str, Any]:
    built: dict[str, Any] = {}
    for nid in order:
        obj = build_block(a, nid, dev, built, stats)
        kind = a.blocks[nid].kind()
        if kind == "regularizer":
            target = a.sources(nid, "critic") or a.sources(nid, "net")
            net = built[target[0][0]]
            obj.attach(net)
            if a.blocks[target[0][0]].kind() == "generator" and obj.phase == "D":
                obj.phase = "G"
        elif kind == "optimizer" and isinstance(obj, torch.optim.Optimizer):
            # the optimizer is final before any block wired to it is built (build_order puts
            # every regularizer first): a schedule reads the lr that actually trains
            _lazy_correct(a, nid, obj, built)
        built[nid] = obj
    return built


def compile_graph(graph: Graph, device: str | torch.device | None = None) -> Program:
    """Validate, then build every block on ``device`` (default: the graph's run.device)."""
    a = analyze(graph)
    if a.issues:
        raise GraphInvalid(a.issues)
    dev = (
        torch.device(device)
        if isinstance(device, torch.device)
        else resolve_device(device or graph.run.device)
    )
    stats = Stats(dev)
    built = _build_all(a, build_order(a), dev, stats)
    assert a.G and a.D and a.loss and a.data and a.latent  # guaranteed by analyze
    nets = {n: built[n] for n in a.of_kind("generator") + a.of_kind("discriminator")}
    optimizers = {a.sources(n, "net")[0][0]: built[n] for n in a.of_kind("optimizer")}
    regs = [(n, built[n]) for n in a.of_kind("regularizer")]
    schedulers = a.of_kind("scheduler")
    plans = [built[n] for n in schedulers if isinstance(built[n], LoopPlan)]
    t_src = a.sources(a.D, "t")
    handle = sampler_handle(a)
    metrics = []
    for n in a.of_kind("metric"):
        src, port = a.sources(n, "generator")[0]
        metrics.append((n, built[n], _handle_value(a, built, src, port)))
    prog = Program(
        graph=graph,
        analysis=a,
        device=dev,
        data=built[a.data],
        latent=built[a.latent],
        G=built[a.G],
        D=built[a.D],
        loss=built[a.loss],
        nets=nets,
        optimizers=optimizers,
        plan=plans[0] if plans else LoopPlan(n_dis=graph.run.n_dis),
        stats=stats,
        chains={side: [(n, built[n]) for n in ids] for side, ids in a.chains.items()},
        t_source=t_src[0][0] if t_src else None,
        regularizers=regs,
        schedulers=[(n, built[n]) for n in schedulers if isinstance(built[n], Scheduler)],
        metrics=metrics,
        sampler=_handle_value(a, built, *handle) if handle else built[a.G],
        loop_owner=next((built[n] for n in schedulers if isinstance(built[n], LoopOwner)), None),
        built=built,
    )
    prog.phases = make_phases(prog)
    return prog


def _handle_ancestors(a: Analysis, start: str) -> set[str]:
    """Nodes that ``start`` reaches back to through handle edges (networks, EMA, samplers)."""
    seen, todo = {start}, [start]
    while todo:
        nid = todo.pop()
        for p in a.blocks[nid].inputs:
            if p.type in SHAPED or p.type == PortType.OPTIMIZER:
                continue
            for _, (src, _) in a.incoming.get((nid, p.name), []):
                if src not in seen and a.blocks[src].kind() not in ("data", "optimizer"):
                    seen.add(src)
                    todo.append(src)
    return seen


def build_sampling_path(graph: Graph, device: torch.device) -> tuple[nn.Module, Any, Analysis]:
    """Build only what sampling needs (latent, G, its parametrizations, EMA, sampler): no data.

    Returns (the sampling path z → x, the built objects by node id, the analysis).
    """
    a = analyze(graph, check_env=False)
    if a.issues:
        raise GraphInvalid(a.issues)
    assert a.G and a.latent
    handle = sampler_handle(a)
    keep = _handle_ancestors(a, handle[0] if handle else a.G) | {a.G, a.latent}
    for nid in a.of_kind("regularizer"):  # parametrizations change the weights' names
        target = a.sources(nid, "net") or a.sources(nid, "critic")
        if target and target[0][0] in keep:
            keep.add(nid)
    built = _build_all(a, [n for n in build_order(a) if n in keep], device, Stats(device))
    path = _handle_value(a, built, *handle) if handle else built[a.G]
    return path, built, a
