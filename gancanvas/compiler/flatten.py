"""The graph the compiler builds: subgraphs inlined, bypassed (muted) blocks left out.

Bypass follows ComfyUI's rule: a muted block's consumers are fed from what feeds its input of
the same name or type (an augmenter muted: D sees the un-augmented samples). An output with no
input of its type behind it feeds nothing, so the consumers' required inputs report as
unconnected (naming the bypassed block) and the validator says whether the graph still stands.
"""

from __future__ import annotations

from collections import defaultdict

from blocks.registry import get_block
from schemas import Edge, Graph
from schemas.subgraphs import Flat, inline


def _pass_through(graph: Graph, muted: set[str]) -> dict[tuple[str, str], str | None]:
    """(muted node, output port) → the muted node's input port that passes through to it."""
    out: dict[tuple[str, str], str | None] = {}
    for node in graph.nodes:
        cls = get_block(node.type) if node.id in muted else None
        if cls is None:
            continue
        for port in cls.outputs:
            # the input of the same name first (Diffusion-GAN's real→real, fake→fake), then
            # the first of the same type, then the first that takes it
            fits = [p for p in cls.inputs if p.accepts(port.type)]
            same = next((p for p in fits if p.name == port.name), None)
            same = same or next((p for p in fits if p.type == port.type), None)
            same = same or next(iter(fits), None)
            out[(node.id, port.name)] = same.name if same else None
    return out


def drop_bypassed(flat: Flat) -> Flat:
    """``flat`` without its bypassed nodes, their consumers rewired past them."""
    graph = flat.graph
    muted = {n.id for n in graph.nodes if n.bypass}
    if not muted:
        return flat
    through = _pass_through(graph, muted)
    feeds: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in graph.edges:
        if e.target_node in muted:
            feeds[(e.target_node, e.target_port)].append(e.source)

    def sources(ref: str, seen: frozenset[str]) -> list[str]:
        node, _, port = ref.partition(".")
        if node not in muted:
            return [ref]
        inp = through.get((node, port))
        if inp is None or node in seen:  # nothing of that type behind it (or a muted loop)
            return []
        return [s for src in feeds[(node, inp)] for s in sources(src, seen | {node})]

    edges: list[Edge] = []
    paths: list[str] = []
    made: set[tuple[str, str]] = set()
    cut: dict[str, str] = {}
    for i, e in enumerate(graph.edges):
        if e.target_node in muted:
            continue
        fed = sources(e.source, frozenset())
        if not fed:
            cut[e.target] = e.source_node
        for src in fed:
            if src != e.source and (src, e.target) in made:
                continue  # two muted paths from one source: one wire
            made.add((src, e.target))
            edges.append(Edge.model_validate({"from": src, "to": e.target}))
            paths.append(flat.edge_paths[i])
    kept = [n for n in graph.nodes if n.id not in muted]
    return Flat(
        graph.model_copy(update={"nodes": kept, "edges": edges}),
        issues=flat.issues,
        node_paths=flat.node_paths,
        edge_paths=paths,
        cut=cut,
    )


def flatten(graph: Graph) -> Flat:
    """What trains: ``graph`` inlined, then its bypassed blocks dropped."""
    return drop_bypassed(inline(graph))
