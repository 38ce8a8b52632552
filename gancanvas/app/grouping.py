"""Frames, subgraphs and bypass on the editor's graph dict (pure functions, no UI).

``collapse`` turns a selection into one subgraph node whose ports are the wires that crossed
the selection's border; ``expand`` is its inverse (up to the order of nodes and edges, which
never changes what trains: see ``Graph.content_hash``). The compiler inlines subgraphs, so a
collapsed file trains exactly like the expanded one.
"""

from __future__ import annotations

import copy
import re
from typing import Any

Dict = dict[str, Any]


def _node_of(ref: str) -> str:
    return ref.split(".", 1)[0]


def port_name(ref: str, taken: set[str]) -> str:
    """A fresh exposed-port name for the inner port ``ref`` (``G.z`` → ``g_z``)."""
    base = re.sub(r"[^a-z0-9_]", "_", ref.lower().replace(".", "_"))[:60]
    base = base if base[:1].isalpha() else f"p_{base}"[:60]
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    taken.add(name)
    return name


def _centre(layout: Dict, ids: list[str]) -> list[float]:
    points = [layout[i] for i in ids if i in layout]
    if not points:
        return [0.0, 0.0]
    return [sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)]


def collapse(graph: Dict, ids: list[str], sub_id: str, label: str = "") -> Dict:
    """A copy of ``graph`` with the nodes ``ids`` collapsed into subgraph ``sub_id``."""
    g = copy.deepcopy(graph)
    chosen = set(ids)
    taken: set[str] = set()
    inputs: dict[str, list[str]] = {}
    outputs: dict[str, str] = {}
    by_source: dict[str, str] = {}  # outer source → the exposed input it feeds
    by_inner: dict[str, str] = {}  # inner output → its exposed output
    inner_edges, outer_edges = [], []
    for e in g["edges"]:
        src_in, dst_in = _node_of(e["from"]) in chosen, _node_of(e["to"]) in chosen
        if src_in and dst_in:
            inner_edges.append(e)
        elif dst_in:  # one exposed input per outer source, feeding every inner port it fed
            if e["from"] not in by_source:
                by_source[e["from"]] = port_name(e["to"], taken)
                inputs[by_source[e["from"]]] = []
                outer_edges.append({"from": e["from"], "to": f"{sub_id}.{by_source[e['from']]}"})
            inputs[by_source[e["from"]]].append(e["to"])
        elif src_in:
            if e["from"] not in by_inner:
                by_inner[e["from"]] = port_name(e["from"], taken)
                outputs[by_inner[e["from"]]] = e["from"]
            outer_edges.append({"from": f"{sub_id}.{by_inner[e['from']]}", "to": e["to"]})
        else:
            outer_edges.append(e)
    layout = g.get("layout", {})
    order = [n["id"] for n in g["nodes"] if n["id"] in chosen]
    inner_layout = {i: layout.pop(i) for i in order if i in layout}
    sub = {
        "id": sub_id,
        "label": label,
        "nodes": [n for n in g["nodes"] if n["id"] in chosen],
        "edges": inner_edges,
        "layout": inner_layout,
        "inputs": inputs,
        "outputs": outputs,
    }
    layout[sub_id] = _centre(inner_layout, order)
    g["nodes"] = [n for n in g["nodes"] if n["id"] not in chosen]
    g["edges"] = outer_edges
    g.setdefault("subgraphs", []).append(sub)
    _regroup(g, chosen, [sub_id])
    return g


def expand(graph: Dict, sub_id: str) -> Dict:
    """A copy of ``graph`` with subgraph ``sub_id`` put back in place (where it now stands)."""
    g = copy.deepcopy(graph)
    sub = next(s for s in g.get("subgraphs", []) if s["id"] == sub_id)
    edges = []
    for e in g["edges"]:
        src, dst = e["from"], e["to"]
        if _node_of(src) == sub_id:
            src = sub["outputs"].get(src.split(".", 1)[1])
        targets = [dst]
        if _node_of(dst) == sub_id:
            targets = sub["inputs"].get(dst.split(".", 1)[1], [])
        edges += [{"from": src, "to": t} for t in targets if src]
    ids = [n["id"] for n in sub["nodes"]]
    layout = g.setdefault("layout", {})
    now = layout.pop(sub_id, None)
    was = _centre(sub["layout"], ids)
    dx, dy = (now[0] - was[0], now[1] - was[1]) if now else (0.0, 0.0)
    for nid, (x, y) in sub["layout"].items():
        layout[nid] = [x + dx, y + dy]
    g["nodes"] += sub["nodes"]
    g["edges"] = edges + sub["edges"]
    g["subgraphs"] = [s for s in g["subgraphs"] if s["id"] != sub_id]
    if not g["subgraphs"]:
        del g["subgraphs"]
    _regroup(g, {sub_id}, ids)
    return g


def _regroup(g: Dict, gone: set[str], instead: list[str]) -> None:
    """Frames that held any of ``gone`` hold ``instead`` in their place; empty frames go."""
    for group in g.get("groups", []):
        if gone & set(group["nodes"]):
            kept = [n for n in group["nodes"] if n not in gone]
            group["nodes"] = kept + [n for n in instead if n not in kept]
    drop_from_groups(g, set())


def drop_from_groups(g: Dict, ids: set[str]) -> None:
    """Take ``ids`` out of every frame; a frame left empty is removed."""
    groups = [
        {**grp, "nodes": [n for n in grp["nodes"] if n not in ids]} for grp in g.get("groups", [])
    ]
    groups = [grp for grp in groups if grp["nodes"]]
    if groups:
        g["groups"] = groups
    else:
        g.pop("groups", None)


def _port(types: Dict, ref: str, side: str) -> Dict | None:
    """The catalog entry of the inner port ``ref`` (``side``: inputs or outputs)."""
    nid, _, name = ref.partition(".")
    entry = types.get(nid)
    return next((p for p in entry[side] if p["name"] == name), None) if entry else None


def subgraph_ports(graph: Dict, catalog: Dict) -> Dict:
    """Subgraph id → its exposed ports, typed from the inner ports (as the catalog has them)."""
    out: Dict = {}
    for sub in graph.get("subgraphs", []):
        types = {n["id"]: catalog.get(n.get("type", "")) for n in sub.get("nodes", [])}

        inputs = []
        for name, refs in sub.get("inputs", {}).items():
            inner = next((p for p in (_port(types, r, "inputs") for r in refs) if p), None)
            accepts = list(inner.get("accepts") or [inner["type"]]) if inner else []
            inputs.append(
                {
                    "name": name,
                    "type": inner["type"] if inner else "",
                    "accepts": accepts,
                    "required": bool(inner and inner.get("required")),
                    "multiple": bool(inner and inner.get("multiple")),
                    "doc": f"→ {', '.join(refs)}",
                }
            )
        outputs = []
        for name, ref in sub.get("outputs", {}).items():
            inner = _port(types, ref, "outputs")
            outputs.append(
                {"name": name, "type": inner["type"] if inner else "", "doc": f"← {ref}"}
            )
        out[sub["id"]] = {
            "label": sub.get("label", ""),
            "size": len(sub.get("nodes", [])),
            "inputs": inputs,
            "outputs": outputs,
        }
    return out
