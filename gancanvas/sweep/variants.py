"""Variants of a graph: the base with the swept values set, each checked like a graph file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from blocks.registry import get_block
from gancanvas.compiler import validate
from gancanvas.sweep.params import SweepParam, describe
from schemas import Graph
from schemas.overrides import OverrideError, apply_values


class SweepInvalid(Exception):
    """Refused before anything runs: every located message, one per line (exit 2)."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Variant:
    """One graph of the sweep; ``problems`` is non-empty when it is invalid (never run)."""

    name: str
    values: dict[str, Any]
    graph: Graph | None = None
    problems: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({describe(self.values)})"


def make_variant(base: Graph, name: str, values: dict[str, Any]) -> Variant:
    """The base graph with ``values`` set, validated (shapes, rules, data folders)."""
    variant = Variant(name, dict(values))
    label = variant.label
    try:
        graph = apply_values(base, list(values.items()), option="--param", label=label)
    except OverrideError as err:
        lines = str(err).splitlines()
        variant.problems = [ln if ln.startswith(label) else f"{label}: {ln}" for ln in lines]
        return variant
    issues = validate(graph)
    if issues:
        variant.problems = [f"{label}: {i}" for i in issues]
    else:
        variant.graph = graph
    return variant


def check_all(variants: list[Variant], what: str = "variants") -> None:
    """Raise ``SweepInvalid`` with the problems of every invalid variant."""
    problems = [p for v in variants for p in v.problems]
    if problems:
        bad = sum(1 for v in variants if v.problems)
        raise SweepInvalid([*problems, f"{bad} of {len(variants)} {what} invalid: nothing ran"])


def probes(params: list[SweepParam]) -> list[dict[str, Any]]:
    """Values that bound a search: each param at each end (each choice), the others at their
    first corner. A search's trials are drawn between them, so they are checked up front."""
    first = {p.key: p.corners()[0] for p in params}
    out, seen = [first], {repr(first)}
    for p in params:
        for corner in p.corners():
            values = {**first, p.key: corner}
            if repr(values) not in seen:
                seen.add(repr(values))
                out.append(values)
    return out


def metric_nodes(graph: Graph) -> list[str]:
    """Ids of the graph's metric blocks (what an objective can name)."""
    out = []
    for n in graph.inlined().nodes:
        block = get_block(n.type)
        if block is not None and block.kind() == "metric":
            out.append(n.id)
    return out


def objective_key(name: str, graph: Graph) -> str:
    """``modes/hq_fraction`` (or ``metric/modes/hq_fraction``) → the key the run logs.

    The first part must be a metric node of the graph: its values are what evaluation logs.
    """
    key = name if name.startswith("metric/") else f"metric/{name}"
    parts = key.split("/")
    nodes = metric_nodes(graph)
    if len(parts) != 3 or not all(parts):
        raise SweepInvalid(
            [f"--objective {name}: give <metric node>/<value>, e.g. modes/hq_fraction or fid/fid"]
        )
    if parts[1] not in nodes:
        have = ", ".join(nodes) if nodes else "none: add a metric block"
        raise SweepInvalid(
            [f"--objective {name}: '{parts[1]}' is not a metric node of the graph ({have})"]
        )
    return key


def write_variant(variant: Variant, folder: Path) -> Path:
    """The variant as a plain graph file (``gancanvas run`` takes it as it is)."""
    assert variant.graph is not None
    path = folder / f"{variant.name}.json"
    path.write_text(variant.graph.to_json() + "\n", encoding="utf-8")
    variant.path = path
    return path
