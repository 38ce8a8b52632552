"""What several bench scripts build the same way: an example graph with overrides, DCGAN at 32×32.

Imported as ``bench.common`` (each script puts the repository root on ``sys.path`` first).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def example_graph(name: str, steps: int, seed: int, overrides: dict[str, Any]) -> dict[str, Any]:
    """``examples/<name>.json`` on the CPU with ``run.steps``/``run.seed`` replaced and each
    node's params updated from ``overrides[node id]``; a ``"type"`` there swaps the block and
    starts its params from the defaults."""
    g = json.loads((ROOT / "examples" / f"{name}.json").read_text())
    g["run"].update(steps=steps, seed=seed, device="cpu")
    for n in g["nodes"]:
        change = dict(overrides.get(n["id"], {}))
        if "type" in change:
            n["type"], n["params"] = change.pop("type"), {}
        n.setdefault("params", {}).update(change)
    return g


def example_args() -> tuple[str, int, int, dict[str, Any]]:
    """``EXAMPLE STEPS SEED ['{"node": {"param": value}}']`` from the command line."""
    name, steps, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    return name, steps, seed, json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}


def dcgan32_graph() -> dict[str, Any]:
    """The digits DCGAN example at 32×32 without its augmenter and EMA: D sees the data."""
    g = json.loads((ROOT / "examples" / "digits_dcgan.json").read_text())
    drop = {"aug", "G_ema"}
    g["nodes"] = [n for n in g["nodes"] if n["id"] not in drop]
    g["edges"] = [
        e
        for e in g["edges"]
        if e["to"].split(".")[0] not in drop and e["from"].split(".")[0] not in drop
    ]
    g["edges"] += [{"from": "data.real", "to": "D.real"}, {"from": "G.fake", "to": "D.fake"}]
    for n in g["nodes"]:
        if n["id"] == "data":
            n["params"] = {"resize": 32}
    return g
