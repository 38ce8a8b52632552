"""Build a validated graph into a ``Program``: the torch objects of one training loop, by role."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import torch
from torch import Tensor, nn

from blocks.base import BuildContext
from blocks.runtime import (
    AdversarialLoss,
    Augmenter,
    DataSource,
    LatentSampler,
    LoopOwner,
    LoopPlan,
    Metric,
    Regularizer,
    Scheduler,
)
from gancanvas.compiler.analysis import Analysis, analyze
from schemas import Graph, GraphIssue

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
    "loss": 8,
    "metric": 9,
}


class BuildFailed(Exception):
    """A block's ``build`` raised (a file that vanished, weights missing, …); names the node."""

    def __init__(self, node_id: str, type_tag: str, err: Exception):
        self.node_id = node_id
        super().__init__(f"nodes.{node_id}: cannot build {type_tag}: {err}")


def build_block(a: Analysis, nid: str, device: torch.device, built: dict[str, Any]) -> Any:
    """``a.blocks[nid].build`` with the node named in any error."""
    block = a.blocks[nid]
    try:
        obj = block.build(make_context(a, nid, device, built))
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
    a: Analysis, nid: str, device: torch.device, built: dict[str, Any]
) -> BuildContext:
    """The ``BuildContext`` of node ``nid`` given the objects built so far."""
    block = a.blocks[nid]
    inputs: dict[str, list[Any]] = {}
    shapes, meta = {}, {}
    for p in block.inputs:
        for _, (src, port) in a.incoming.get((nid, p.name), []):
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
    )


@dataclass
class Program:
    """Everything the loop runs, by role. Built once; the loop never walks the graph."""

    graph: Graph
    analysis: Analysis
    device: torch.device
    data: DataSource
    latent: LatentSampler
    G: nn.Module
    D: nn.Module
    loss: AdversarialLoss
    opt_G: torch.optim.Optimizer
    opt_D: torch.optim.Optimizer
    plan: LoopPlan
    augmenters: list[tuple[str, Augmenter]] = field(default_factory=list)
    #: node id of the augmenter whose timestep feeds D (None: D is unconditioned)
    t_source: str | None = None
    regularizers: list[tuple[str, Regularizer]] = field(default_factory=list)
    schedulers: list[tuple[str, Scheduler]] = field(default_factory=list)
    metrics: list[tuple[str, Metric, nn.Module]] = field(default_factory=list)
    #: the generator used for samples and as default for metrics (G_ema when there is one)
    G_sample: nn.Module | None = None
    #: a scheduler that owns the iteration (xICFG, TTC, …); None: the alternating ``plan``
    loop_owner: LoopOwner | None = None
    #: every node's built object, for checkpoints
    built: dict[str, Any] = field(default_factory=dict)

    def critic(self, x: Tensor) -> Tensor:
        """D on x after the augmenters, with the diffusion timestep when D takes one."""
        t = None
        for nid, aug in self.augmenters:
            x, t_new = aug(x)
            if nid == self.t_source:
                t = t_new
        return self.D(x, t) if self.t_source else self.D(x)

    def d_regularizers(self) -> list[tuple[str, Regularizer]]:
        return [(n, r) for n, r in self.regularizers if r.phase == "D"]

    def g_regularizers(self) -> list[tuple[str, Regularizer]]:
        return [(n, r) for n, r in self.regularizers if r.phase == "G"]


def build_order(a: Analysis) -> list[str]:
    """Topological order of the nodes, ties broken by ``KIND_ORDER``."""
    g = nx.DiGraph()
    g.add_nodes_from(a.blocks)
    for (dst, _), srcs in a.incoming.items():
        g.add_edges_from((src, dst) for _, (src, _) in srcs)
    return list(
        nx.lexicographical_topological_sort(g, key=lambda n: f"{KIND_ORDER[a.blocks[n].kind()]}{n}")
    )


def _lazy_correction(opt: torch.optim.Optimizer, interval: int) -> None:
    """StyleGAN2's lazy-regularization correction: lr·c and β^c with c = k/(k+1)."""
    c = interval / (interval + 1)
    for g in opt.param_groups:
        g["lr"] *= c
        if "betas" in g:
            g["betas"] = (g["betas"][0] ** c, g["betas"][1] ** c)


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
    order = build_order(a)
    built: dict[str, Any] = {}
    for nid in order:
        block = a.blocks[nid]
        obj = build_block(a, nid, dev, built)
        if block.kind() == "regularizer":
            target = a.sources(nid, "critic") or a.sources(nid, "net")
            net = built[target[0][0]]
            obj.attach(net)
            if a.blocks[target[0][0]].kind() == "generator":
                obj.phase = "G"
        built[nid] = obj
    assert a.G and a.D and a.loss and a.data and a.latent  # guaranteed by analyze
    opt_of = {a.sources(n, "net")[0][0]: built[n] for n in a.of_kind("optimizer")}
    regs = [(n, built[n]) for n in a.of_kind("regularizer")]
    for net_id, phase in ((a.D, "D"), (a.G, "G")):
        lazy = [r.interval for _, r in regs if r.phase == phase and r.has_term and r.interval > 1]
        if lazy:
            _lazy_correction(opt_of[net_id], min(lazy))
    loops = [built[n] for n in a.of_kind("scheduler") if isinstance(built[n], LoopPlan)]
    t_src = a.sources(a.D, "t")
    emas = [n for n in a.of_kind("scheduler") if a.blocks[n].type == "scheduler.ema"]
    G_sample = built[emas[0]].module if emas else built[a.G]
    metrics = []
    for n in a.of_kind("metric"):
        src, port = a.sources(n, "generator")[0]
        metrics.append((n, built[n], type(a.blocks[src]).output_value(built[src], port)))
    return Program(
        graph=graph,
        analysis=a,
        device=dev,
        data=built[a.data],
        latent=built[a.latent],
        G=built[a.G],
        D=built[a.D],
        loss=built[a.loss],
        opt_G=opt_of[a.G],
        opt_D=opt_of[a.D],
        plan=loops[0] if loops else LoopPlan(n_dis=graph.run.n_dis),
        augmenters=[(n, built[n]) for n in a.augmenters],
        t_source=t_src[0][0] if t_src else None,
        regularizers=regs,
        schedulers=[
            (n, built[n]) for n in a.of_kind("scheduler") if isinstance(built[n], Scheduler)
        ],
        metrics=metrics,
        loop_owner=next(
            (built[n] for n in a.of_kind("scheduler") if isinstance(built[n], LoopOwner)), None
        ),
        G_sample=G_sample,
        built=built,
    )


def build_generator(graph: Graph, device: torch.device) -> tuple[dict[str, Any], Analysis]:
    """Build only what sampling needs (latent, G, its parametrizations, EMA): no dataset."""
    a = analyze(graph, check_env=False)
    if a.issues:
        raise GraphInvalid(a.issues)
    assert a.G and a.latent
    keep = {a.G, a.latent}
    for nid in a.of_kind("regularizer") + a.of_kind("scheduler"):
        srcs = a.sources(nid, "net") or a.sources(nid, "critic")
        if srcs and srcs[0][0] == a.G and a.blocks[nid].type != "scheduler.linear_lr":
            keep.add(nid)
    built: dict[str, Any] = {}
    for nid in [n for n in build_order(a) if n in keep]:
        obj = build_block(a, nid, device, built)
        if a.blocks[nid].kind() == "regularizer":
            obj.attach(built[a.G])
        built[nid] = obj
    return built, a
