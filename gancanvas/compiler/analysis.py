"""Validate-before-run: every issue of a graph, each with a stable code and a path.

``analyze`` collects all issues (never just the first) and, for a valid graph, the resolved
structure the builder needs: roles (G, D, loss, …), the augmenter chain, shapes.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from pydantic import ValidationError

from blocks.base import Block, Shape, UnsupportedShape
from blocks.registry import get_block
from gancanvas.compiler.flatten import flatten
from gancanvas.compiler.memory import check_memory
from schemas import SHAPED, Edge, Graph, GraphIssue, Port, PortType, format_type
from schemas.io import issues_from_validation
from schemas.subgraphs import Flat

Endpoint = tuple[str, str]  # (node id, port name)


@dataclass
class Analysis:
    """A graph after validation: its blocks, wiring, roles and shapes.

    ``graph`` is what trains (``flatten``: subgraphs inlined, bypassed blocks out); ``issues``
    carry paths into the file as written.
    """

    graph: Graph
    flat: Flat | None = None
    issues: list[GraphIssue] = field(default_factory=list)
    blocks: dict[str, Block] = field(default_factory=dict)
    #: input endpoint → [(edge index, source endpoint)]
    incoming: dict[Endpoint, list[tuple[int, Endpoint]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: output endpoint → [(edge index, target endpoint)]
    outgoing: dict[Endpoint, list[tuple[int, Endpoint]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    out_shapes: dict[Endpoint, Shape] = field(default_factory=dict)
    data_shape: Shape | None = None
    z_dim: int | None = None
    G: str | None = None
    D: str | None = None
    data: str | None = None
    latent: str | None = None
    loss: str | None = None
    #: augmenter node ids between the data/G and D, in application order
    augmenters: list[str] = field(default_factory=list)
    #: augmenters on each side of D, in application order
    chains: dict[str, list[str]] = field(default_factory=dict)
    #: classes of the labelled data (0: unconditional)
    n_classes: int = 0
    #: the block whose generator handle metrics and sample grids use (None: G itself)
    sampler: str | None = None

    def add(self, path: str, code: str, message: str) -> None:
        self.issues.append(GraphIssue(path=path, code=code, message=message))

    def of_kind(self, kind: str) -> list[str]:
        return [nid for nid, b in self.blocks.items() if b.kind() == kind]

    def sources(self, node: str, port: str) -> list[Endpoint]:
        return [src for _, src in self.incoming.get((node, port), [])]


def _edge_ports(a: Analysis, i: int, e: Edge) -> tuple[Port | None, Port | None]:
    """Resolve both ends of edge ``i``, reporting unknown nodes and ports."""
    src_block, dst_block = a.blocks.get(e.source_node), a.blocks.get(e.target_node)
    src_port = dst_port = None
    known = {n.id for n in a.graph.nodes}
    for node, side in ((e.source_node, "from"), (e.target_node, "to")):
        if node not in known:
            a.add(f"edges.{i}.{side}", "unknown_node", f"no node '{node}' in the graph")
    if src_block:
        src_port = src_block.output(e.source_port)
        if src_port is None:
            names = ", ".join(p.name for p in src_block.outputs) or "none"
            a.add(
                f"edges.{i}.from",
                "unknown_port",
                f"{src_block.type} has no output '{e.source_port}' (outputs: {names})",
            )
    if dst_block:
        dst_port = dst_block.input(e.target_port)
        if dst_port is None:
            names = ", ".join(p.name for p in dst_block.inputs) or "none"
            a.add(
                f"edges.{i}.to",
                "unknown_port",
                f"{dst_block.type} has no input '{e.target_port}' (inputs: {names})",
            )
    return src_port, dst_port


def _check_nodes(a: Analysis, check_env: bool = True) -> None:
    seen: set[str] = set()
    for n in a.graph.nodes:
        path = f"nodes.{n.id}"
        if n.id in seen:
            a.add(path, "duplicate_id", f"node id '{n.id}' is used more than once")
            continue
        seen.add(n.id)
        cls = get_block(n.type)
        if cls is None:
            a.add(
                f"{path}.type",
                "unknown_block",
                f"no block '{n.type}' (see `gancanvas schema` for the list)",
            )
            continue
        try:
            params = cls.Params.model_validate(n.params)
        except ValidationError as err:
            for issue in issues_from_validation(err, n.params, f"{path}.params", "bad_param"):
                a.issues.append(issue)
            continue
        block = cls(n.id, params)
        a.blocks[n.id] = block
        problems = [*block.check_run(a.graph.run), *(block.check() if check_env else [])]
        for prob in problems:
            a.add(f"{path}.params.{prob.field}" if prob.field else path, prob.code, prob.message)


def _check_edges(a: Analysis) -> None:
    seen: dict[tuple[str, str], int] = {}
    for i, e in enumerate(a.graph.edges):
        key = (e.source, e.target)
        if key in seen:
            a.add(f"edges.{i}", "duplicate_edge", f"same as edges.{seen[key]}")
            continue
        seen[key] = i
        src_port, dst_port = _edge_ports(a, i, e)
        if src_port is None or dst_port is None:
            continue
        if e.source_node == e.target_node:
            a.add(f"edges.{i}", "cycle", f"'{e.source_node}' is wired to itself")
            continue
        if not dst_port.accepts(src_port.type):
            want = " or ".join(t.value for t in (dst_port.type, *dst_port.also))
            a.add(
                f"edges.{i}",
                "port_type_mismatch",
                f"{e.source} gives {src_port.type.value} but {e.target} takes {want}",
            )
            continue
        dst = (e.target_node, e.target_port)
        if a.incoming[dst] and not dst_port.multiple:
            first = a.incoming[dst][0][0]
            a.add(
                f"edges.{i}",
                "too_many_inputs",
                f"{e.target} already takes edges.{first}; it accepts one edge",
            )
            continue
        a.incoming[dst].append((i, (e.source_node, e.source_port)))
        a.outgoing[(e.source_node, e.source_port)].append((i, dst))


def _check_required(a: Analysis) -> None:
    for nid, b in a.blocks.items():
        for p in b.inputs:
            if p.required and not a.incoming.get((nid, p.name)):
                a.add(
                    f"nodes.{nid}.inputs.{p.name}",
                    "missing_input",
                    f"input '{p.name}' ({p.type.value}) of {b.type} is not connected",
                )


def _node_graph(a: Analysis) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(a.blocks)
    for (dst_node, _), srcs in a.incoming.items():
        for _, (src_node, _) in srcs:
            g.add_edge(src_node, dst_node)
    return g


def _check_cycles(a: Analysis, g: nx.DiGraph) -> bool:
    cycles = list(itertools.islice(nx.simple_cycles(g), 10))  # enumeration can explode
    for cyc in cycles[:10]:
        loop = " → ".join([*cyc, cyc[0]])
        a.add(f"nodes.{cyc[0]}", "cycle", f"the wiring loops back: {loop}")
    return not cycles


def _one(a: Analysis, kind: str, code: str, what: str) -> str | None:
    ids = a.of_kind(kind)
    if len(ids) == 1:
        return ids[0]
    if not ids:
        a.add("nodes", code, f"the alternating loop needs one {what}; the graph has none")
    else:
        for nid in ids[1:]:
            a.add(
                f"nodes.{nid}",
                f"extra_{kind}",
                f"the alternating loop takes one {what}; '{ids[0]}' is already one",
            )
    return None


def _walk_chain(a: Analysis, side: str) -> tuple[list[str], Endpoint | None]:
    """Follow D.<side> back through augmenters to its origin: (augmenters in order, origin)."""
    chain: list[str] = []
    node, port = a.D or "", side
    while True:
        srcs = a.sources(node, port)
        if not srcs:
            return list(reversed(chain)), None
        src_node, src_port = srcs[0]
        if src_node in chain:  # a loop of augmenters: reported as a cycle elsewhere
            return list(reversed(chain)), None
        if a.blocks[src_node].kind() != "augmenter":
            return list(reversed(chain)), (src_node, src_port)
        if src_port != side:
            idx = a.incoming[(node, port)][0][0]
            a.add(
                f"edges.{idx}",
                "crossed_sides",
                f"{src_node}.{src_port} feeds the {side} side: augmenters keep real and fake apart",
            )
            return list(reversed(chain)), None
        chain.append(src_node)
        node, port = src_node, side


def _check_roles(a: Analysis) -> None:
    a.G = _one(a, "generator", "no_generator", "generator")
    a.D = _one(a, "discriminator", "no_discriminator", "discriminator")
    a.loss = _one(a, "loss", "no_loss", "loss")
    if a.D is None:
        return
    real_chain, real_origin = _walk_chain(a, "real")
    fake_chain, fake_origin = _walk_chain(a, "fake")
    if real_origin is not None:
        if a.blocks[real_origin[0]].kind() != "data":
            a.add(
                f"nodes.{a.D}.inputs.real",
                "crossed_sides",
                f"{a.D}.real must come from a data block, not {real_origin[0]}",
            )
        else:
            a.data = real_origin[0]
    if fake_origin is not None and fake_origin[0] != a.G:
        a.add(
            f"nodes.{a.D}.inputs.fake",
            "crossed_sides",
            f"{a.D}.fake must come from the generator, not {fake_origin[0]}",
        )
    # an augmenter that declares why it acts on one side (ProGAN's fade-in of reals) may
    two_sided_real = [n for n in real_chain if not a.blocks[n].one_sided]
    two_sided_fake = [n for n in fake_chain if not a.blocks[n].one_sided]
    if two_sided_real != two_sided_fake:
        for aug in sorted(set(two_sided_real) ^ set(two_sided_fake)):
            on, off = ("real", "fake") if aug in real_chain else ("fake", "real")
            a.add(
                f"nodes.{aug}",
                "augmenter_on_one_side",
                f"{aug} transforms {on} samples but {off} samples reach {a.D} without it: "
                "D would tell them apart by the augmentation alone",
            )
        if set(two_sided_real) == set(two_sided_fake):
            a.add(
                f"nodes.{a.D}",
                "augmenter_on_one_side",
                "real and fake pass the same augmenters in a different order",
            )
    a.chains = {"real": real_chain, "fake": fake_chain}
    a.augmenters = real_chain + [n for n in fake_chain if n not in real_chain]
    for nid in a.of_kind("augmenter"):
        if nid not in real_chain and nid not in fake_chain:
            a.add(f"nodes.{nid}", "unused_block", f"{nid} is not between the data/G and {a.D}")
    t_src = a.sources(a.D, "t")
    if t_src and t_src[0][0] not in a.augmenters:
        a.add(
            f"nodes.{a.D}.inputs.t",
            "timestep_not_on_path",
            f"{a.D}.t comes from {t_src[0][0]}, which does not transform D's inputs",
        )
    if a.G is not None:
        z = a.sources(a.G, "z")
        a.latent = z[0][0] if z else None
    _check_labels(a)
    _check_optimizers(a)
    _check_loop_and_sampling(a)


def _check_labels(a: Analysis) -> None:
    """G.y and D.y take the labels of the data block that feeds D.real (conditional GANs)."""
    for net in (a.G, a.D):
        if net is None:
            continue
        for i, (src, _) in a.incoming.get((net, "y"), []):
            if a.data is not None and src != a.data:
                a.add(
                    f"edges.{i}",
                    "crossed_sides",
                    f"{net}.y must carry the labels of {a.data}, the data D compares with",
                )
            elif a.data is not None and not a.blocks[a.data].n_classes():
                a.add(f"edges.{i}", "no_labels", f"{a.data} has no class labels")
    if a.data is not None:
        a.n_classes = a.blocks[a.data].n_classes()
    if a.G is not None and a.D is not None and a.n_classes:
        g_y, d_y = bool(a.sources(a.G, "y")), bool(a.sources(a.D, "y"))
        if g_y and not d_y and "class_logits" in a.blocks[a.D].critic_extras():
            d_y = True  # an auxiliary classifier (AC-GAN) tells D the class instead
        if g_y != d_y:
            which = a.D if g_y else a.G
            a.add(
                f"nodes.{which}.inputs.y",
                "missing_input",
                f"{a.G if g_y else a.D} is conditioned on the labels but {which} is not: wire "
                f"{a.data}.labels to {which}.y (D must see which class a sample claims)",
            )


def _check_optimizers(a: Analysis) -> None:
    """A trainable network has exactly one optimizer; a fixed one has none (block-declared)."""
    kinds = {n.id: n.kind for n in a.graph.nodes}
    for nid in a.of_kind("generator") + a.of_kind("discriminator"):
        opts = [
            dst
            for _, dst in a.outgoing.get((nid, "net"), []) + a.outgoing.get((nid, "critic"), [])
            if a.blocks[dst[0]].kind() == "optimizer"
        ]
        # an edge to an optimizer whose own params are bad still counts: no cascade of issues
        wired = any(
            e.source_node == nid and kinds.get(e.target_node) == "optimizer" for e in a.graph.edges
        )
        if a.blocks[nid].trainable():
            if not wired:
                a.add(f"nodes.{nid}", "missing_optimizer", f"no optimizer trains {nid}: wire one")
        elif opts:
            a.add(
                f"nodes.{opts[0][0]}",
                "fixed_network",
                f"{nid} ({a.blocks[nid].type}) has no trainable parameters in this setting: "
                "remove its optimizer",
            )
        for extra in opts[1:]:
            a.add(
                f"nodes.{extra[0]}", "extra_optimizer", f"{nid} is already trained by {opts[0][0]}"
            )


def _check_loop_and_sampling(a: Analysis) -> None:
    run = a.graph.run
    if run.batch_size % run.accumulate:
        a.add(
            "run.accumulate",
            "bad_value",
            f"batch_size {run.batch_size} is not a multiple of accumulate {run.accumulate}:"
            " each step splits its batch into equal micro-batches",
        )
    loops = [n for n in a.of_kind("scheduler") if a.blocks[n].loop_role]
    for nid in loops[1:]:
        a.add(f"nodes.{nid}", "extra_loop", f"the loop is already set by '{loops[0]}'")
    if loops and a.graph.run.n_dis != 1:
        a.add(
            "run.n_dis",
            "loop_conflict",
            f"'{loops[0]}' sets the loop; leave run.n_dis at 1 or remove the block",
        )
    ranked = sorted(
        (b.sampling_priority, nid) for nid, b in a.blocks.items() if b.sampling_priority > 0
    )
    if ranked:
        top = ranked[-1][0]
        paths = [nid for prio, nid in ranked if prio == top]
        a.sampler = paths[0]
        for nid in paths[1:]:
            a.add(
                f"nodes.{nid}",
                "extra_sampler",
                f"samples and metrics already come from '{paths[0]}': keep one sampling path",
            )
    for nid in a.of_kind("latent"):
        if not a.outgoing.get((nid, "z")):
            a.add(
                f"nodes.{nid}",
                "unused_block",
                f"{nid}.z feeds nothing: wire it to a generator's z",
            )


def _infer_shapes(a: Analysis, order: list[str]) -> None:
    if a.data is not None:
        try:
            a.data_shape = a.blocks[a.data].infer({}, None).get("real")
        except UnsupportedShape as err:
            a.add(f"nodes.{a.data}", "unsupported_shape", str(err))
    if a.latent is not None:
        a.z_dim = a.blocks[a.latent].infer({}, None).get("z", (None,))[0]
    for nid in order:
        block = a.blocks[nid]
        ins: dict[str, Shape] = {}
        for p in block.inputs:
            if p.type not in SHAPED:
                continue
            for i, src in a.incoming.get((nid, p.name), []):
                shape = a.out_shapes.get(src)
                if shape is None:
                    continue
                if p.type == PortType.SAMPLES and a.data_shape and shape != a.data_shape:
                    a.add(
                        f"edges.{i}",
                        "shape_mismatch",
                        f"{src[0]}.{src[1]} gives {format_type(p.type, shape)} but the data "
                        f"is {format_type(p.type, a.data_shape)}",
                    )
                ins[p.name] = shape
        try:
            outs = block.infer(ins, a.data_shape)
        except UnsupportedShape as err:
            a.add(f"nodes.{nid}", "unsupported_shape", str(err))
            continue
        for port, shape in outs.items():
            a.out_shapes[(nid, port)] = tuple(shape)


def _check_rules(a: Analysis) -> None:
    """Combinations known to be wrong, each with its reason."""
    if a.D is None:
        return
    d_regs = [
        dst[0]
        for _, dst in a.outgoing.get((a.D, "critic"), [])
        if a.blocks[dst[0]].kind() == "regularizer"
    ]
    if a.blocks[a.D].uses_batch_norm():
        for r in d_regs:
            if a.blocks[r].penalizes_input_gradients:
                a.add(
                    f"nodes.{a.D}.params.norm",
                    "batchnorm_with_penalty",
                    f"{r} penalises per-sample gradients, which batch norm couples across the "
                    "batch (Gulrajani et al. 2017 §4): use norm 'layer' or 'none'",
                )
    if (
        a.loss
        and a.blocks[a.loss].needs_lipschitz
        and not any(a.blocks[r].enforces_lipschitz for r in d_regs)
        and not a.blocks[a.D].enforces_lipschitz  # a critic with its own spectral norm
    ):
        a.add(
            f"nodes.{a.loss}",
            "unconstrained_critic",
            f"{a.blocks[a.loss].type} needs a Lipschitz critic, else D's outputs diverge: add a "
            "regularizer that enforces one (gradient penalty, weight clipping, spectral norm)",
        )
    extras = a.blocks[a.D].critic_extras()
    for nid in [*d_regs, *([a.loss] if a.loss else [])]:
        missing = [e for e in a.blocks[nid].needs_extras if e not in extras]
        if missing:
            a.add(
                f"nodes.{nid}",
                "missing_critic_output",
                f"{a.blocks[nid].type} reads D's {', '.join(missing)}, which {a.D} "
                f"({a.blocks[a.D].type}) does not output"
                + (f" (it outputs: {', '.join(sorted(extras))})" if extras else ""),
            )
    for nid in a.of_kind("regularizer"):
        needs = a.blocks[nid].needs_generator
        for src, _ in a.sources(nid, "net") if needs else []:
            offered = a.blocks[src].generator_interfaces()
            missing = [n for n in needs if n not in offered]
            if missing:
                a.add(
                    f"nodes.{nid}",
                    "bad_combination",
                    f"{a.blocks[nid].type} needs a generator with {', '.join(missing)}; "
                    f"{src} ({a.blocks[src].type}) has none",
                )
    data = a.blocks[a.data] if a.data is not None else None
    for nid in a.of_kind("metric"):
        if a.blocks[nid].needs_modes and data and not data.has_modes:
            a.add(
                f"nodes.{nid}",
                "bad_combination",
                f"{a.blocks[nid].type} needs a toy mixture with known modes; {a.data} has none",
            )


def _dry_run(a: Analysis) -> None:
    """Build G and D on the meta device and push 2 samples through: catches shape errors."""
    import torch
    from torch import Tensor

    from blocks.runtime import CriticOutput
    from gancanvas.compiler.build import make_context

    if a.G is None or a.D is None or a.data_shape is None or a.z_dim is None:
        return
    meta = torch.device("meta")
    try:
        with meta:
            G = a.blocks[a.G].build(make_context(a, a.G, meta, {}))
            D = a.blocks[a.D].build(make_context(a, a.D, meta, {}))
            n = 2 * a.blocks[a.D].samples_per_logit()
            y = torch.zeros(n, dtype=torch.long)
            fake = G(torch.empty(n, a.z_dim), **({"y": y} if a.sources(a.G, "y") else {}))
            kw: dict[str, Tensor] = {}
            if a.sources(a.D, "t"):
                kw["t"] = torch.zeros(n, dtype=torch.long)
            if a.sources(a.D, "y"):
                kw["y"] = y
            out = CriticOutput.of(D(fake, **kw)).logits
    except UnsupportedShape as err:
        a.add(f"nodes.{a.G}", "unsupported_shape", str(err))
        return
    except (RuntimeError, ValueError, TypeError) as err:
        a.add(f"nodes.{a.G}", "unsupported_shape", f"a 2-sample dry run failed: {err}")
        return
    if tuple(fake.shape[1:]) != a.data_shape:
        a.add(
            f"nodes.{a.G}",
            "shape_mismatch",
            f"{a.G} makes {list(fake.shape[1:])}, the data is {list(a.data_shape)}",
        )
    if out.dim() != 1:
        a.add(
            f"nodes.{a.D}", "shape_mismatch", f"{a.D} must output [B] logits, got {list(out.shape)}"
        )


def analyze(graph: Graph, dry_run: bool = True, check_env: bool = True) -> Analysis:
    """Run every check; structural checks run even when others failed, to report all issues.

    ``check_env=False`` skips checks of files and folders (sampling needs no dataset).
    """
    flat = flatten(graph)
    a = Analysis(flat.graph, flat=flat)
    _check_nodes(a, check_env)
    _check_edges(a)
    _check_required(a)
    g = _node_graph(a)
    acyclic = _check_cycles(a, g)
    _check_roles(a)
    if acyclic:
        _infer_shapes(a, list(nx.topological_sort(g)))
        _check_rules(a)
        if dry_run and not a.issues and not flat.issues:
            _dry_run(a)
            if not a.issues:
                check_memory(a)
    a.issues = [*flat.issues, *map(flat.relocate, a.issues)]
    return a


def validate(graph: Graph) -> list[GraphIssue]:
    """All issues of ``graph`` (empty list: it will build and train)."""
    return analyze(graph).issues


def check_connection(graph: Graph, source: str, target: str) -> GraphIssue | None:
    """Why adding the edge ``source → target`` would be refused, or None if it fits."""
    try:
        edge = Edge.model_validate({"from": source, "to": target})
    except ValidationError as err:
        return GraphIssue(path="edges.new", code="bad_edge", message=err.errors()[0]["msg"])
    trial = graph.model_copy(update={"edges": [*graph.edges, edge]})
    before = {(i.path, i.code) for i in analyze(graph, dry_run=False).issues}
    idx = len(graph.edges)
    edge_codes = {
        "unknown_node",
        "unknown_port",
        "port_type_mismatch",
        "too_many_inputs",
        "duplicate_edge",
        "cycle",
        "shape_mismatch",
        "crossed_sides",
    }
    for issue in analyze(trial, dry_run=False).issues:
        new = (issue.path, issue.code) not in before
        if (
            new
            and issue.code in edge_codes
            and (issue.path.startswith(f"edges.{idx}") or issue.code in ("cycle", "crossed_sides"))
        ):
            return GraphIssue(path=f"edges.{idx}", code=issue.code, message=issue.message)
    return None
