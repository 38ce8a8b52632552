"""Subgraphs inlined: the graph a collapsed file stands for, and where its issues point.

A subgraph is a canvas convenience: the nodes inside train exactly as if they stood at the top
level. ``inline`` puts them back there and rewires the edges that address the subgraph's
exposed ports; ``Flat.locate`` turns a path into the inlined graph (``nodes.G.params.lr``,
``edges.7``) back into a path into the file (``subgraphs.sub.nodes.G.params.lr``,
``subgraphs.sub.edges.0``), so every issue still names the place a user can fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.graph import Edge, Graph, GraphIssue, Node, Subgraph


@dataclass
class Flat:
    """A graph with no subgraphs, plus the way back from its paths to the file's."""

    graph: Graph
    #: structural problems of the subgraphs, with paths into the file
    issues: list[GraphIssue] = field(default_factory=list)
    #: inner node id → its path in the file (``subgraphs.sub.nodes.G``)
    node_paths: dict[str, str] = field(default_factory=dict)
    #: edge index in ``graph`` → the path of the edge it came from (``edges.3``)
    edge_paths: list[str] = field(default_factory=list)
    #: input (``D.t``) → the bypassed block whose wire to it was cut (see compiler.flatten)
    cut: dict[str, str] = field(default_factory=dict)

    def locate(self, path: str) -> str:
        """The file's path for a path into the flat graph."""
        head, _, rest = path.partition(".")
        key, dot, tail = rest.partition(".")
        if head == "nodes" and key in self.node_paths:
            return self.node_paths[key] + dot + tail
        if head == "edges" and key.isdigit() and int(key) < len(self.edge_paths):
            return self.edge_paths[int(key)] + dot + tail
        return path

    def relocate(self, issue: GraphIssue) -> GraphIssue:
        """The issue with its path into the file, and a bypass named where one cut a wire."""
        update: dict[str, str] = {"path": self.locate(issue.path)}
        parts = issue.path.split(".")
        if issue.code == "missing_input" and len(parts) == 4 and parts[2] == "inputs":
            muted = self.cut.get(f"{parts[1]}.{parts[3]}")
            if muted:
                update["message"] = f"{issue.message}: its source {muted} is bypassed"
        return issue.model_copy(update=update)


def _edge(source: str, target: str) -> Edge:
    return Edge.model_validate({"from": source, "to": target})


def _inner(sub: Subgraph, taken: set[str], flat: Flat, nodes: list[Node]) -> set[str]:
    """Move ``sub``'s nodes to the top level; returns the ids that made it."""
    base = f"subgraphs.{sub.id}"
    ids: set[str] = set()
    for node in sub.nodes:
        path = f"{base}.nodes.{node.id}"
        if node.id in taken:
            flat.issues.append(
                GraphIssue(
                    path=path,
                    code="duplicate_id",
                    message=f"node id '{node.id}' is used more than once",
                )
            )
            continue
        taken.add(node.id)
        ids.add(node.id)
        nodes.append(node)
        flat.node_paths[node.id] = path
    ports = [(f"inputs.{p}", r) for p, refs in sub.inputs.items() for r in refs]
    ports += [(f"outputs.{p}", r) for p, r in sub.outputs.items()]
    for where, ref in ports:
        if ref.split(".", 1)[0] not in ids:
            flat.issues.append(
                GraphIssue(
                    path=f"{base}.{where}",
                    code="unknown_node",
                    message=f"{ref}: no node '{ref.split('.', 1)[0]}' inside subgraph {sub.id}",
                )
            )
    return ids


def _outer_end(sub: Subgraph | None, ref: str, side: str, path: str, flat: Flat) -> list[str]:
    """The inner ends an outer edge's end stands for (itself when not a subgraph's port)."""
    if sub is None:
        return [ref]
    port = ref.split(".", 1)[1]
    exposed: dict[str, list[str]] = (
        {p: [r] for p, r in sub.outputs.items()} if side == "from" else sub.inputs
    )
    if port not in exposed:
        what = "output" if side == "from" else "input"
        names = ", ".join(exposed) or "none"
        flat.issues.append(
            GraphIssue(
                path=path,
                code="unknown_port",
                message=f"subgraph {sub.id} has no {what} '{port}' ({what}s: {names})",
            )
        )
        return []
    return exposed[port]


def inline(graph: Graph) -> Flat:
    """``graph`` with its subgraphs expanded in place (the graph itself when it has none)."""
    if not graph.subgraphs:
        return Flat(graph, edge_paths=[f"edges.{i}" for i in range(len(graph.edges))])
    flat = Flat(graph)
    taken = {n.id for n in graph.nodes}
    subs: dict[str, Subgraph] = {}
    for sub in graph.subgraphs:
        if sub.id in taken:
            flat.issues.append(
                GraphIssue(
                    path=f"subgraphs.{sub.id}.id",
                    code="duplicate_id",
                    message=f"subgraph id '{sub.id}' is already a node id",
                )
            )
            continue
        taken.add(sub.id)
        subs[sub.id] = sub
    nodes = list(graph.nodes)
    edges: list[Edge] = []
    layout = {k: v for k, v in graph.layout.items() if k not in subs}
    for sub in subs.values():
        ids = _inner(sub, taken, flat, nodes)
        layout.update({k: v for k, v in sub.layout.items() if k in ids})
        for j, e in enumerate(sub.edges):
            if e.source_node in ids and e.target_node in ids:
                edges.append(e)
                flat.edge_paths.append(f"subgraphs.{sub.id}.edges.{j}")
                continue
            flat.issues.append(
                GraphIssue(
                    path=f"subgraphs.{sub.id}.edges.{j}",
                    code="unknown_node",
                    message=f"{e.source} → {e.target} leaves subgraph {sub.id}",
                )
            )
    for i, e in enumerate(graph.edges):
        sources = _outer_end(subs.get(e.source_node), e.source, "from", f"edges.{i}.from", flat)
        targets = _outer_end(subs.get(e.target_node), e.target, "to", f"edges.{i}.to", flat)
        for source in sources:
            for target in targets:
                edges.append(_edge(source, target))
                flat.edge_paths.append(f"edges.{i}")
    flat.graph = graph.model_copy(
        update={"nodes": nodes, "edges": edges, "layout": layout, "subgraphs": []}
    )
    return flat
