"""The app's one doorway into the engine: block catalog, validation and connection checks.

Everything the canvas asks of ``blocks`` and ``gancanvas.compiler`` goes through here, so the UI
modules deal in plain JSON-like dicts and ``GraphIssue`` objects only.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import ValidationError

from blocks.base import KINDS
from schemas import Graph, GraphIssue, issues_from_validation

KIND_ORDER = KINDS  # palette order: the order of the block kinds


@functools.cache
def catalog() -> dict[str, dict[str, Any]]:
    """Block tag → catalog entry, inputs normalised to carry ``accepts`` (list of types)."""
    from blocks.registry import catalog as registry_catalog

    out: dict[str, dict[str, Any]] = {}
    for entry in registry_catalog():
        inputs = []
        for port in entry.get("inputs", []):
            accepts = list(port.get("accepts") or [port.get("type")])
            inputs.append({**port, "accepts": accepts, "type": port.get("type") or accepts[0]})
        out[entry["type"]] = {**entry, "inputs": inputs, "outputs": list(entry.get("outputs", []))}
    return out


def client_catalog() -> dict[str, dict[str, Any]]:
    """The slim catalog the browser needs to draw nodes (no params schemas, no docs)."""
    return {
        tag: {
            "kind": entry["kind"],
            "title": entry.get("title", tag),
            "inputs": [
                {k: p.get(k) for k in ("name", "type", "accepts", "required", "multiple", "doc")}
                for p in entry["inputs"]
            ],
            "outputs": [{k: p.get(k) for k in ("name", "type", "doc")} for p in entry["outputs"]],
        }
        for tag, entry in catalog().items()
    }


def kind_rank(kind: str) -> int:
    """Position of a kind in the palette (unknown kinds last)."""
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def to_graph(data: dict[str, Any]) -> tuple[Graph | None, list[GraphIssue]]:
    """Build a ``Graph`` from the editor's dict; envelope errors come back as issues."""
    try:
        return Graph.model_validate(data), []
    except ValidationError as err:
        return None, issues_from_validation(err, data)


def validate(data: dict[str, Any]) -> list[GraphIssue]:
    """All issues of the graph: envelope errors, else everything the compiler's validator finds."""
    return analyze(data)[0]


def analyze(data: dict[str, Any]) -> tuple[list[GraphIssue], dict[str, str]]:
    """Issues plus the known port types with shapes (``"G.fake" → "Samples[2]"``), in one pass."""
    from gancanvas.compiler import analyze as compiler_analyze

    graph, issues = to_graph(data)
    if graph is None:
        return issues, {}
    result = compiler_analyze(graph)
    return list(result.issues), _exposed_shapes(graph, _shapes(result))


def _exposed_shapes(graph: Graph, out: dict[str, str]) -> dict[str, str]:
    """Add the shapes of collapsed subgraphs' exposed ports (those of the inner ports)."""
    for sub in graph.subgraphs:
        for port, ref in sub.outputs.items():
            if ref in out:
                out[f"{sub.id}.{port}"] = out[ref]
        for port, refs in sub.inputs.items():
            if refs and refs[0] in out:
                out[f"{sub.id}.{port}"] = out[refs[0]]
    for edge in graph.edges:
        if edge.source in out:
            out.setdefault(edge.target, out[edge.source])
    return out


def _shapes(result: Any) -> dict[str, str]:
    """Label each port that carries a known shape, outputs and the inputs they feed."""
    from schemas import PortType, format_type

    out: dict[str, str] = {}
    blocks = catalog()
    for (node_id, port), shape in (getattr(result, "out_shapes", None) or {}).items():
        node = result.graph.node(node_id)
        entry = blocks.get(node.type) if node else None
        port_info = (
            next((p for p in entry["outputs"] if p["name"] == port), None) if entry else None
        )
        if port_info is None:
            continue
        try:
            label = format_type(PortType(port_info["type"]), tuple(shape))
        except ValueError:
            continue
        out[f"{node_id}.{port}"] = label
    for edge in result.graph.edges:
        if edge.source in out:
            out.setdefault(edge.target, out[edge.source])
    return out


def check_connection(data: dict[str, Any], source: str, target: str) -> str | None:
    """Why the edge ``source → target`` would be refused, or None when it may be added."""
    from gancanvas.compiler import check_connection as compiler_check

    backwards = wrong_direction(data, source, target)
    if backwards:
        return backwards
    graph, issues = to_graph(data)
    if graph is None:
        first = issues[0] if issues else None
        where = f" ({first.path}: {first.message})" if first else ""
        return f"fix the graph's errors first{where}"
    issue = compiler_check(graph, source=source, target=target)
    return issue.message if issue is not None else None


def port_side(data: dict[str, Any], ref: str) -> tuple[str | None, str | None]:
    """Is ``node.port`` an ``"input"``, an ``"output"``, both, or unknown? Plus the node's type.

    Returns ``(side, block_type)``; side is None when the node or block is unknown.
    """
    node_id, _, port = ref.partition(".")
    entry, block_type = ports_of(data, node_id)
    if entry is None:
        return None, None
    is_in = any(p["name"] == port for p in entry["inputs"])
    is_out = any(p["name"] == port for p in entry["outputs"])
    side = "both" if is_in and is_out else "input" if is_in else "output" if is_out else None
    return side, block_type


def ports_of(data: dict[str, Any], node_id: str) -> tuple[dict[str, Any] | None, str | None]:
    """A canvas node's ports (``{"inputs": […], "outputs": […]}``) and its block type; a
    collapsed subgraph has the ports its wires crossed, and the type ``"subgraph"``."""
    node = next((n for n in data.get("nodes", []) if n.get("id") == node_id), None)
    if node is not None:
        return catalog().get(node.get("type", "")), str(node.get("type"))
    if any(s.get("id") == node_id for s in data.get("subgraphs", [])):
        from .grouping import subgraph_ports

        return subgraph_ports(data, catalog()).get(node_id), "subgraph"
    return None, None


def wrong_direction(data: dict[str, Any], source: str, target: str) -> str | None:
    """A plain message for a wire drawn input→input or output→output (else None)."""
    src_side, _ = port_side(data, source)
    dst_side, _ = port_side(data, target)
    if src_side == "input" and dst_side == "input":
        return (
            f"{source} and {target} are both inputs: a wire runs from an output "
            "(right side of a block) to an input (left side)"
        )
    if src_side == "output" and dst_side == "output":
        return (
            f"{source} and {target} are both outputs: a wire runs from an output "
            "(right side of a block) to an input (left side)"
        )
    return None


def output_type(data: dict[str, Any], ref: str) -> str | None:
    node_id, _, port = ref.partition(".")
    entry, _ = ports_of(data, node_id)
    port_info = next((p for p in entry["outputs"] if p["name"] == port), None) if entry else None
    return port_info["type"] if port_info else None


def input_accepts(data: dict[str, Any], ref: str) -> list[str]:
    node_id, _, port = ref.partition(".")
    entry, _ = ports_of(data, node_id)
    port_info = next((p for p in entry["inputs"] if p["name"] == port), None) if entry else None
    return list(port_info["accepts"]) if port_info else []


def compatible_inputs(block_type: str, port_type: str) -> list[str]:
    """Inputs of ``block_type`` that take ``port_type`` (first one first)."""
    entry = catalog().get(block_type)
    return [p["name"] for p in entry["inputs"] if port_type in p["accepts"]] if entry else []


def compatible_outputs(block_type: str, accepts: list[str]) -> list[str]:
    """Outputs of ``block_type`` whose type one of ``accepts`` is."""
    entry = catalog().get(block_type)
    return [p["name"] for p in entry["outputs"] if p["type"] in accepts] if entry else []
