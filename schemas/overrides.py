"""Dotted-path overrides of a graph: ``run.batch_size=64``, ``nodes.D.params.hidden=[64,64]``.

One parser for ``gancanvas run --set`` and ``gancanvas sweep --param``: a value is JSON when it
parses as JSON (numbers, lists, booleans, quoted strings), else the plain string; nodes are
addressed by id (inside subgraphs too). Every refusal is one ``OverrideError`` line naming the
option and the key.
"""

from __future__ import annotations

from typing import Any

from schemas.graph import Graph
from schemas.io import GraphLoadError, load_graph_dict, parse_json


class OverrideError(ValueError):
    """A key that names nothing, a value JSON refuses, or a graph the values make invalid."""


def parse_value(raw: str, key: str, option: str = "--set") -> Any:
    """JSON when it is JSON, else the text itself (``adam``); NaN, 1e999, … are refused."""
    try:
        return parse_json(raw, what="value")
    except GraphLoadError as err:
        if err.issues[0].code != "bad_json":  # NaN, 1e999, a 5000-digit number, …
            raise OverrideError(f"{option} {key}: {err.issues[0].message}") from None
        return raw


def split_assignment(item: str, option: str = "--set") -> tuple[str, str]:
    """``key=value`` → (key, raw value text)."""
    key, sep, raw = item.partition("=")
    if not sep or not key:
        raise OverrideError(f"{option} {item}: expected key=value")
    return key, raw


def set_path(data: dict[str, Any], key: str, value: Any, option: str = "--set") -> None:
    """Set ``value`` at the dotted ``key`` of a graph dict (in place)."""
    parts = key.split(".")
    cursor: Any = data
    for part in parts[:-1]:
        if isinstance(cursor, list):  # the nodes list: address nodes by id
            pool: list[Any] = list(cursor)
            if cursor is data.get("nodes"):  # a collapsed subgraph's blocks are nodes too
                for sub in data.get("subgraphs") or []:
                    pool.extend(sub.get("nodes", []))
            cursor = next((n for n in pool if isinstance(n, dict) and n.get("id") == part), None)
            if cursor is None:
                raise OverrideError(f"{option} {key}: no node '{part}'")
        elif isinstance(cursor, dict) and (part in cursor or part == "params"):
            cursor = cursor.setdefault(part, {})
        else:
            raise OverrideError(f"{option} {key}: '{part}' not found")
    if not isinstance(cursor, dict):
        raise OverrideError(f"{option} {key}: cannot set a field there")
    cursor[parts[-1]] = value


def load_overridden(data: dict[str, Any], label: str) -> Graph:
    """The graph dict, after overrides, loaded (and so checked) like a file; issues prefixed."""
    try:
        return load_graph_dict(data)
    except GraphLoadError as err:
        raise OverrideError("\n".join(f"{label}: {i}" for i in err.issues)) from None


def apply_values(graph: Graph, values: list[tuple[str, Any]], option: str, label: str) -> Graph:
    """A new graph with each (key, parsed value) set; ``label`` prefixes the graph's issues."""
    data = graph.to_dict()
    for key, value in values:
        set_path(data, key, value, option)
    return load_overridden(data, label)


def apply_sets(graph: Graph, sets: list[str], option: str = "--set") -> Graph:
    """``--set run.batch_size=64 --set nodes.D.params.hidden=[64,64]`` (nodes by id)."""
    data = graph.to_dict()
    for item in sets:
        key, raw = split_assignment(item, option)
        set_path(data, key, parse_value(raw, key, option), option)
    return load_overridden(data, option)
