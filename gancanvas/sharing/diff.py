"""What differs between two graphs: nodes, params (old → new), wires, run settings; no layout.

Nodes are matched by id, subgraphs inlined (collapsing a selection is not a difference; muting
a block is). A param written in one graph and left to its default in the other is
compared with that default (``0.0002 (default) → 0.001``), so writing a default out is not a
difference. Name and description are listed too (they do not change what is trained).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from schemas import Graph, Node

#: block type → its params' defaults (``None``: unknown type, compare the written params only)
Defaults = Callable[[str], dict[str, Any] | None]
_UNSET = object()


@dataclass(frozen=True)
class Change:
    """One difference: ``+`` added, ``-`` removed, ``~`` changed, at a dotted path."""

    op: str
    path: str
    old: Any = None
    new: Any = None
    note: str = ""

    def __str__(self) -> str:
        if self.op == "~":
            return f"~ {self.path}: {self.old} → {self.new}"
        return f"{self.op} {self.path}{': ' + self.note if self.note else ''}"


def show(value: Any, default: bool = False) -> str:
    """A value as compact JSON (strings unquoted when plain), ``(default)`` when implied."""
    text = json.dumps(value, separators=(", ", ": "), ensure_ascii=False, default=str)
    if isinstance(value, str) and value and '"' not in value[1:-1]:
        text = value
    return f"{text} (default)" if default else text


def registry_defaults(block_type: str) -> dict[str, Any] | None:
    """The default params of a registered block (JSON values), or None when unknown."""
    try:
        from blocks.registry import params_models
    except ImportError:
        return None
    model = params_models().get(block_type)
    if model is None:
        return None
    out: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if not field.is_required():
            value = field.get_default(call_default_factory=True)
            out[name] = json.loads(json.dumps(value, default=str))
    return out


def _params(name: str, a: Node, b: Node, defaults: Defaults | None) -> list[Change]:
    """Param changes of one node present in both graphs (same id)."""
    da = (defaults(a.type) if defaults else None) or {}
    db = (defaults(b.type) if defaults else None) or {}
    out = []
    for key in sorted(set(a.params) | set(b.params)):
        old = a.params.get(key, da.get(key, _UNSET))
        new = b.params.get(key, db.get(key, _UNSET))
        if old == new:
            continue
        path = f"nodes.{name}.params.{key}"
        if old is _UNSET:
            out.append(Change("~", path, "(unset)", show(new)))
        elif new is _UNSET:
            out.append(Change("~", path, show(old), "(unset)"))
        else:
            implied_a, implied_b = key not in a.params, key not in b.params
            out.append(Change("~", path, show(old, implied_a), show(new, implied_b)))
    return out


def _nodes(a: Graph, b: Graph, defaults: Defaults | None) -> list[Change]:
    """Nodes removed, added, retyped, and their params changed."""
    na, nb = {n.id: n for n in a.nodes}, {n.id: n for n in b.nodes}
    out = []
    for nid in (n.id for n in a.nodes if n.id not in nb):
        out.append(Change("-", f"node {nid}", note=_describe(na[nid])))
    for nid in (n.id for n in b.nodes if n.id not in na):
        out.append(Change("+", f"node {nid}", note=_describe(nb[nid])))
    for node in a.nodes:
        other = nb.get(node.id)
        if other is None:
            continue
        if node.type != other.type:
            out.append(Change("~", f"nodes.{node.id}.type", node.type, other.type))
        if node.bypass != other.bypass:
            out.append(
                Change("~", f"nodes.{node.id}.bypass", show(node.bypass), show(other.bypass))
            )
        out.extend(_params(node.id, node, other, defaults))
    return out


def _describe(node: Node) -> str:
    return f"{node.type} {show(node.params)}" if node.params else node.type


def _edges(a: Graph, b: Graph) -> list[Change]:
    """Wires removed and added (order ignored)."""
    ea = [(e.source, e.target) for e in a.edges]
    eb = [(e.source, e.target) for e in b.edges]
    out = [Change("-", f"edge {s} → {t}") for s, t in ea if (s, t) not in eb]
    out += [Change("+", f"edge {s} → {t}") for s, t in eb if (s, t) not in ea]
    return out


def _settings(a: Graph, b: Graph) -> list[Change]:
    """Run settings and the graph's name and description."""
    out = []
    ra, rb = a.run.model_dump(mode="json"), b.run.model_dump(mode="json")
    for key in ra:
        if ra[key] != rb.get(key):
            out.append(Change("~", f"run.{key}", show(ra[key]), show(rb.get(key))))
    for key in ("name", "description"):
        old, new = getattr(a, key), getattr(b, key)
        if old != new:
            out.append(Change("~", key, show(_clip(old)), show(_clip(new))))
    return out


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def diff_graphs(a: Graph, b: Graph, defaults: Defaults | None = registry_defaults) -> list[Change]:
    """Every difference from ``a`` to ``b``: nodes, params, wires, then settings; no layout."""
    a, b = a.inlined(), b.inlined()
    return _nodes(a, b, defaults) + _edges(a, b) + _settings(a, b)


def format_diff(changes: list[Change], label_a: str, label_b: str, a: Graph, b: Graph) -> str:
    """The diff as text: a header naming both graphs with their hashes, one change per line."""
    lines = [f"--- {label_a} (graph_hash {a.content_hash()})"]
    lines.append(f"+++ {label_b} (graph_hash {b.content_hash()})")
    lines += [str(c) for c in changes]
    if changes:
        lines.append(f"{len(changes)} difference{'s' * (len(changes) != 1)} (layout ignored)")
    else:
        lines.append("no differences (layout ignored)")
    return "\n".join(lines)
