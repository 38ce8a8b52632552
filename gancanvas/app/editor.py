"""Editing state of one canvas: the graph as a JSON dict, undo/redo, clipboard, live issues.

Pure Python (no UI): the canvas page turns user intents into these calls and redraws from
``graph``/``issues``. Every mutation snapshots first, so each one is one undo step.
"""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Iterable
from typing import Any

from schemas import Graph, GraphIssue

from . import core, grouping

MAX_UNDO = 200
DEFAULT_IDS = {
    "data": "data",
    "latent": "z",
    "generator": "G",
    "discriminator": "D",
    "augmenter": "aug",
    "regularizer": "reg",
    "loss": "loss",
    "optimizer": "opt",
    "scheduler": "sched",
    "sampler": "sampler",
    "metric": "metric",
}
NODE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def empty_graph(name: str = "untitled") -> dict[str, Any]:
    """A new graph with default run settings."""
    return Graph(name=name).to_dict()


class Editor:
    """The graph being edited plus its history; ``issues`` is refreshed after every change."""

    def __init__(self, graph: dict[str, Any] | Graph | None = None) -> None:
        self.graph: dict[str, Any] = empty_graph()
        self.issues: list[GraphIssue] = []
        self.shapes: dict[str, str] = {}
        self.undo_stack: list[str] = []
        self.redo_stack: list[str] = []
        self.clipboard: list[dict[str, Any]] = []
        self.revision = 0
        self._last_edit: tuple[str, str, float] = ("", "", 0.0)
        self.load(graph if graph is not None else empty_graph(), keep_history=False)

    # ---- whole graph ---------------------------------------------------------------------

    def load(self, graph: dict[str, Any] | Graph, keep_history: bool = True) -> None:
        """Replace the graph (undoable when ``keep_history``)."""
        if keep_history:
            self._snapshot()
        else:
            self.undo_stack.clear()
            self.redo_stack.clear()
        data = graph.to_dict() if isinstance(graph, Graph) else copy.deepcopy(graph)
        data.setdefault("layout", {})
        data.setdefault("nodes", [])
        data.setdefault("edges", [])
        self.graph = data
        self._changed()

    def to_graph(self) -> Graph | None:
        """The graph as a ``Graph`` model, or None while its envelope is invalid."""
        graph, _ = core.to_graph(self.graph)
        return graph

    def to_json(self) -> str:
        """The file text: the ``Graph`` dump when it parses, else the raw dict."""
        graph = self.to_graph()
        return graph.to_json() if graph is not None else json.dumps(self.graph, indent=2)

    @property
    def name(self) -> str:
        return str(self.graph.get("name") or "untitled")

    def set_meta(self, key: str, value: Any) -> None:
        """Set ``name`` or ``description``."""
        if key not in ("name", "description") or self.graph.get(key) == value:
            return
        self._snapshot()
        self.graph[key] = value
        self._changed()

    def set_run(self, key: str, value: Any) -> None:
        """Set one run setting (steps, batch_size, seed, …)."""
        run = self.graph.setdefault("run", {})
        if run.get(key) == value:
            return
        self._snapshot()
        run[key] = value
        self._changed()

    # ---- nodes -----------------------------------------------------------------------------

    def node(self, node_id: str) -> dict[str, Any] | None:
        return next((n for n in self.graph["nodes"] if n["id"] == node_id), None)

    def node_ids(self) -> list[str]:
        return [n["id"] for n in self.graph["nodes"]]

    def subgraph(self, sub_id: str) -> dict[str, Any] | None:
        return next((s for s in self.graph.get("subgraphs", []) if s["id"] == sub_id), None)

    def canvas_ids(self) -> list[str]:
        """Every node the canvas draws: blocks, then collapsed subgraphs."""
        return self.node_ids() + [s["id"] for s in self.graph.get("subgraphs", [])]

    def fresh_id(self, base: str) -> str:
        """``base`` if unused (inside subgraphs too), else ``base2``, ``base3``…"""
        subs = self.graph.get("subgraphs", [])
        taken = set(self.canvas_ids()) | {n["id"] for s in subs for n in s["nodes"]}
        if base not in taken:
            return base
        i = 2
        while f"{base}{i}" in taken:
            i += 1
        return f"{base}{i}"

    def add_node(self, block_type: str, x: float = 0.0, y: float = 0.0) -> str:
        """Add a block with default params at (x, y); returns its new id."""
        entry = core.catalog().get(block_type)
        if entry is None:
            raise KeyError(f"unknown block type {block_type!r}")
        self._snapshot()
        node_id = self.fresh_id(DEFAULT_IDS.get(entry["kind"], entry["kind"]))
        self.graph["nodes"].append({"id": node_id, "type": block_type, "params": {}})
        self.graph["layout"][node_id] = [float(x), float(y)]
        self._changed()
        return node_id

    def rename_node(self, old: str, new: str) -> str | None:
        """Rename a node everywhere (edges, layout); returns why not, or None."""
        if new == old:
            return None
        if not NODE_ID.match(new):
            return "an id is a letter followed by letters, digits or _ (max 64)"
        if self.fresh_id(new) != new:
            return f"id {new!r} is already used"
        node = self.node(old) or self.subgraph(old)
        if node is None:
            return f"no node {old!r}"
        self._snapshot()
        node["id"] = new
        for group in self.graph.get("groups", []):
            group["nodes"] = [new if n == old else n for n in group["nodes"]]
        for edge in self.graph["edges"]:
            for end in ("from", "to"):
                nid, _, port = edge[end].partition(".")
                if nid == old:
                    edge[end] = f"{new}.{port}"
        if old in self.graph["layout"]:
            self.graph["layout"][new] = self.graph["layout"].pop(old)
        self._changed()
        return None

    def set_param(self, node_id: str, key: str, value: Any) -> None:
        """Set a param (validated by the validator, so bad values show as issues)."""
        node = self.node(node_id)
        if node is None:
            return
        params = node.setdefault("params", {})
        if key in params and params[key] == value:
            return
        now = time.monotonic()
        # typing "128" is one undo step, not three
        if self._last_edit[:2] != (node_id, key) or now - self._last_edit[2] > 1.5:
            self._snapshot()
        self._last_edit = (node_id, key, now)
        params[key] = value
        self._changed()

    def reset_param(self, node_id: str, key: str) -> None:
        """Drop a param so the block's default applies."""
        node = self.node(node_id)
        if node is None or key not in node.get("params", {}):
            return
        self._snapshot()
        del node["params"][key]
        self._changed()

    def move(self, positions: dict[str, Iterable[float]], undoable: bool = True) -> None:
        """Store canvas positions (layout only: never changes what is trained)."""
        known = set(self.canvas_ids())
        changes = {k: [float(v) for v in pos][:2] for k, pos in positions.items() if k in known}
        if not changes:
            return
        if undoable:
            self._snapshot()
        self.graph["layout"].update(changes)
        self.revision += 1

    # ---- edges -----------------------------------------------------------------------------

    def connect(self, source: str, target: str) -> str | None:
        """Add the edge if the engine allows it; returns the refusal reason otherwise."""
        if any(e["from"] == source and e["to"] == target for e in self.graph["edges"]):
            return f"{source} is already connected to {target}"
        reason = core.check_connection(self.graph, source, target)
        if reason:
            return reason
        self._snapshot()
        self.graph["edges"].append({"from": source, "to": target})
        self._changed()
        return None

    def wire_new(self, node_id: str, port: str, side: str) -> str | None:
        """Wire ``node_id`` to the port a wire was dragged from and dropped on empty canvas.

        ``side`` is ``"source"`` when the drag started at an output (the new block's first input
        that takes its type is used), ``"target"`` when it started at an input (the new block's
        first output of a type the input takes). Returns the refusal reason, or None.
        """
        node = self.node(node_id)
        if node is None:
            return f"no node {node_id!r}"
        if side == "source":
            kind = core.output_type(self.graph, port)
            names = core.compatible_inputs(node["type"], kind) if kind else []
            pairs = [(port, f"{node_id}.{name}") for name in names]
        else:
            accepts = core.input_accepts(self.graph, port)
            names = core.compatible_outputs(node["type"], accepts)
            pairs = [(f"{node_id}.{name}", port) for name in names]
        if not pairs:
            return f"{node['type']} has no port that fits {port}"
        reason = None
        for source, target in pairs:
            reason = self.connect(source, target)
            if reason is None:
                return None
        return reason

    def insert(self, node_id: str, index: int) -> str | None:
        """Put ``node_id`` into wire ``index`` (a → b becomes a → node → b), as one undo step.

        The node's first input taking a's type and first output b accepts are used, when both
        wires pass the engine's checks; otherwise nothing changes and the reason comes back.
        """
        node = self.node(node_id)
        if node is None or not 0 <= index < len(self.graph["edges"]):
            return "nothing to insert into"
        edge = self.graph["edges"][index]
        kind = core.output_type(self.graph, edge["from"])
        accepts = core.input_accepts(self.graph, edge["to"])
        ins = core.compatible_inputs(node["type"], kind) if kind else []
        outs = core.compatible_outputs(node["type"], accepts)
        if not ins or not outs:
            want = " or ".join(accepts) or "?"
            return (
                f"{node_id} ({node['type']}) cannot go into {edge['from']} → {edge['to']}: "
                f"it needs an input taking {kind or '?'} and an output giving {want}"
            )
        reason: str | None = None
        for inp in ins:
            for out in outs:
                trial = copy.deepcopy(self.graph)
                del trial["edges"][index]
                reason = core.check_connection(trial, edge["from"], f"{node_id}.{inp}")
                if reason:
                    continue
                trial["edges"].append({"from": edge["from"], "to": f"{node_id}.{inp}"})
                reason = core.check_connection(trial, f"{node_id}.{out}", edge["to"])
                if reason:
                    continue
                trial["edges"].append({"from": f"{node_id}.{out}", "to": edge["to"]})
                self._snapshot()
                self.graph = trial
                self._changed()
                return None
        return reason

    def remove(self, nodes: Iterable[str] = (), edges: Iterable[int] = ()) -> bool:
        """Delete nodes (with their edges) and edges by index; True when anything went."""
        drop_nodes = set(nodes) & set(self.canvas_ids())
        drop_edges = {i for i in edges if 0 <= i < len(self.graph["edges"])}
        for i, edge in enumerate(self.graph["edges"]):
            if edge["from"].split(".")[0] in drop_nodes or edge["to"].split(".")[0] in drop_nodes:
                drop_edges.add(i)
        if not drop_nodes and not drop_edges:
            return False
        self._snapshot()
        self.graph["nodes"] = [n for n in self.graph["nodes"] if n["id"] not in drop_nodes]
        self.graph["edges"] = [e for i, e in enumerate(self.graph["edges"]) if i not in drop_edges]
        if "subgraphs" in self.graph:
            subs = [s for s in self.graph["subgraphs"] if s["id"] not in drop_nodes]
            self.graph["subgraphs"] = subs
            if not subs:
                del self.graph["subgraphs"]
        for nid in drop_nodes:
            self.graph["layout"].pop(nid, None)
        grouping.drop_from_groups(self.graph, drop_nodes)
        self._changed()
        return True

    # ---- frames, subgraphs, bypass (``grouping``) -----------------------------------------------

    def group(self, ids: Iterable[str], label: str = "") -> str | None:
        """Frame the nodes ``ids`` (taken out of any other frame); returns the frame's id."""
        known = set(self.canvas_ids())
        members = [i for i in ids if i in known]
        if not members:
            return None
        self._snapshot()
        grouping.drop_from_groups(self.graph, set(members))
        taken = {g["id"] for g in self.graph.get("groups", [])}
        gid = next(f"frame{i}" for i in range(1, len(taken) + 2) if f"frame{i}" not in taken)
        group = {"id": gid, "label": label or f"Group {len(taken) + 1}", "nodes": members}
        self.graph.setdefault("groups", []).append(group)
        self._changed()
        return gid

    def ungroup(self, group_id: str) -> bool:
        """Remove a frame (its nodes stay where they are)."""
        groups = self.graph.get("groups", [])
        if not any(g["id"] == group_id for g in groups):
            return False
        self._snapshot()
        self.graph["groups"] = [g for g in groups if g["id"] != group_id]
        grouping.drop_from_groups(self.graph, set())
        self._changed()
        return True

    def set_group(self, group_id: str, label: str | None = None, color: str | None = None) -> None:
        """Rename or recolour a frame."""
        group = next((g for g in self.graph.get("groups", []) if g["id"] == group_id), None)
        if group is None:
            return
        self._snapshot()
        if label is not None:
            group["label"] = label
        if color is not None:
            group["color"] = color
        self._changed()

    def set_subgraph_label(self, sub_id: str, label: str) -> None:
        sub = self.subgraph(sub_id)
        if sub is not None and sub.get("label") != label:
            self._snapshot()
            sub["label"] = label
            self._changed()

    def collapse(self, ids: Iterable[str], label: str = "") -> tuple[str | None, str | None]:
        """Collapse blocks into one subgraph node; returns (its id, None) or (None, why not)."""
        ids = list(ids)
        inside = [i for i in ids if self.subgraph(i) is not None]
        if inside:
            return None, f"expand {inside[0]} first: a subgraph cannot hold another"
        blocks = [i for i in ids if self.node(i) is not None]
        if not blocks:
            return None, "select the blocks to collapse first"
        sub_id = self.fresh_id("sub")
        self._snapshot()
        self.graph = grouping.collapse(self.graph, blocks, sub_id, label or f"{len(blocks)} blocks")
        self._changed()
        return sub_id, None

    def expand(self, sub_id: str) -> list[str]:
        """Put a subgraph's blocks back on the canvas; returns their ids."""
        sub = self.subgraph(sub_id)
        if sub is None:
            return []
        self._snapshot()
        self.graph = grouping.expand(self.graph, sub_id)
        self._changed()
        return [n["id"] for n in sub["nodes"]]

    def set_bypass(self, ids: Iterable[str], on: bool | None = None) -> list[str]:
        """Mute (or unmute) blocks; ``on=None`` toggles (all muted → unmute). Returns the ids."""
        nodes = [n for n in (self.node(i) for i in ids) if n is not None]
        if not nodes:
            return []
        on = not all(n.get("bypass") for n in nodes) if on is None else on
        self._snapshot()
        for n in nodes:
            if on:
                n["bypass"] = True
            else:
                n.pop("bypass", None)
        self._changed()
        return [n["id"] for n in nodes]

    # ---- clipboard -------------------------------------------------------------------------

    def copy(self, nodes: Iterable[str]) -> int:
        """Copy nodes and the edges among them; returns how many nodes were copied."""
        ids = set(nodes)
        picked = [copy.deepcopy(n) for n in self.graph["nodes"] if n["id"] in ids]
        if not picked:
            return 0
        inner = [
            dict(e)
            for e in self.graph["edges"]
            if e["from"].split(".")[0] in ids and e["to"].split(".")[0] in ids
        ]
        layout = {nid: list(self.graph["layout"].get(nid, (0.0, 0.0))) for nid in ids}
        self.clipboard = [{"nodes": picked, "edges": inner, "layout": layout}]
        return len(picked)

    def paste(self, offset: float = 40.0) -> list[str]:
        """Insert the clipboard with fresh ids, shifted by ``offset``; returns the new ids."""
        if not self.clipboard:
            return []
        clip = self.clipboard[0]
        self._snapshot()
        mapping: dict[str, str] = {}
        for node in clip["nodes"]:
            new_id = self.fresh_id(re.sub(r"\d+$", "", node["id"]) or node["id"])
            mapping[node["id"]] = new_id
            self.graph["nodes"].append({**copy.deepcopy(node), "id": new_id})
            x, y = clip["layout"].get(node["id"], (0.0, 0.0))
            self.graph["layout"][new_id] = [x + offset, y + offset]
        for edge in clip["edges"]:
            src, _, sp = edge["from"].partition(".")
            dst, _, dp = edge["to"].partition(".")
            self.graph["edges"].append(
                {"from": f"{mapping[src]}.{sp}", "to": f"{mapping[dst]}.{dp}"}
            )
        self._changed()
        return list(mapping.values())

    # ---- history ---------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        self.redo_stack.append(json.dumps(self.graph))
        self.graph = json.loads(self.undo_stack.pop())
        self._changed()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        self.undo_stack.append(json.dumps(self.graph))
        self.graph = json.loads(self.redo_stack.pop())
        self._changed()
        return True

    def _snapshot(self) -> None:
        self._last_edit = ("", "", 0.0)
        self.undo_stack.append(json.dumps(self.graph))
        del self.undo_stack[:-MAX_UNDO]
        self.redo_stack.clear()

    def _changed(self) -> None:
        self.revision += 1
        self.issues, self.shapes = core.analyze(self.graph)

    # ---- issues ----------------------------------------------------------------------------

    def issues_for_node(self, node_id: str) -> list[GraphIssue]:
        """A block's issues; for a subgraph, those of every block and wire inside it too."""
        prefix = f"subgraphs.{node_id}" if self.subgraph(node_id) else f"nodes.{node_id}"
        return [i for i in self.issues if i.path == prefix or i.path.startswith(prefix + ".")]

    def param_errors(self, node_id: str) -> dict[str, str]:
        """Param name → message, for the inspector's inline errors."""
        prefix = f"nodes.{node_id}.params."
        out: dict[str, str] = {}
        for issue in self.issues:
            if issue.path.startswith(prefix):
                key = issue.path[len(prefix) :].split(".")[0]
                out[key] = f"{out[key]}\n{issue.message}" if key in out else issue.message
        return out
