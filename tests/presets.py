"""CIFAR-10 presets on this offline machine: a fake CIFAR-10 in torchvision's layout.

The presets in ``examples/cifar10/`` name ``data.torchvision`` with ``dataset: cifar10``. The real
files are not here (no internet), so the smoke tests write random images in the exact on-disk
format (pickled dicts, ``data`` uint8 [N, 3072], ``labels``) and point the data node at them.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np

from blocks.data.folders import CIFAR_FILES, CIFAR_FOLDER
from schemas import Graph
from schemas.io import load_graph_file

ROOT = Path(__file__).resolve().parents[1]
PRESETS = sorted((ROOT / "examples" / "cifar10").glob("*.json"))


def write_fake_cifar10(root: Path, per_batch: int = 64, seed: int = 0) -> Path:
    """Random 32×32 RGB images and labels 0..9 as ``root/cifar-10-batches-py/*``; returns root."""
    rng = np.random.default_rng(seed)
    folder = root / CIFAR_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name in CIFAR_FILES["train"] + CIFAR_FILES["test"]:
        entry = {
            "data": rng.integers(0, 256, (per_batch, 3072), dtype=np.uint8),
            "labels": rng.integers(0, 10, per_batch).tolist(),
        }
        with open(folder / name, "wb") as f:
            pickle.dump(entry, f)
    return root


def preset_on_fake_data(path: Path, root: Path) -> Graph:
    """The preset with every ``data.torchvision`` node reading the fake CIFAR-10 under ``root``."""
    graph = load_graph_file(path)
    data = graph.to_dict()
    for node in data["nodes"]:
        if node["type"] == "data.torchvision":
            node["params"]["root"] = str(root)
    return Graph.model_validate(data)
