"""Small graphs for tests, built as dicts so each test can break one thing."""

from __future__ import annotations

import copy
import json
from typing import Any

from tests.conftest import ROOT


def example(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "examples" / f"{name}.json").read_text())


def tiny(name: str = "grid25_vanilla", steps: int = 6, batch: int = 32) -> dict[str, Any]:
    """An example shrunk to a few cheap steps (metrics on few samples)."""
    g = copy.deepcopy(example(name))
    g["run"].update(
        steps=steps,
        batch_size=batch,
        log_every=2,
        sample_every=0,
        checkpoint_every=0,
        eval_every=0,
        n_samples=16,
        device="cpu",
    )
    for n in g["nodes"]:
        if n["type"] == "metric.modes":
            n["params"] = {"n_samples": 500}
        if n["type"].split(".")[0] in ("generator", "discriminator"):
            if "hidden" in n["params"]:
                n["params"]["hidden"] = [32, 32]
            if "width" in n["params"]:
                n["params"]["width"] = 8
    return g
