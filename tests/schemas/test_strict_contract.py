"""The strict contract for values built in Python (the canvas, tests), not only parsed files."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from blocks.data.folders import ImageFolderParams
from blocks.metrics_image.blocks import FIDParams
from blocks.optimizers import AdamParams
from schemas import (
    MAX_DEPTH,
    Graph,
    GraphLoadError,
    RunConfig,
    load_graph_dict,
    open_regular,
    parse_json,
    value_issues,
)


def test_json_arrays_are_taken_for_tuples() -> None:
    """Strict mode takes only tuples for tuple fields from Python values; JSON has arrays."""
    assert AdamParams.model_validate({"betas": [0.5, 0.9]}).betas == (0.5, 0.9)
    g = Graph.model_validate({"layout": {"G": [1, 2.5]}})
    assert g.layout["G"] == (1.0, 2.5)


@pytest.mark.parametrize(
    "model, data",
    [
        (AdamParams, {"lr": "0.1"}),
        (AdamParams, {"lr": True}),
        (AdamParams, {"lr": math.nan}),
        (AdamParams, {"betas": [0.5, math.inf]}),
        (ImageFolderParams, {"channels": True}),  # Literal[1, 3] matches True == 1 unless refused
        (ImageFolderParams, {"size": 8.0}),
        (FIDParams, {"seed": 2**70}),  # no upper bound of its own: 64 bits at most
        (RunConfig, {"seed": 2**32}),
        (RunConfig, {"steps": 10**8}),
        (RunConfig, {"batch_size": "64"}),
        (Graph, {"layout": {"G": [math.nan, 0]}}),
        (Graph, {"nodes": [{"id": "a", "type": "x.y"}] * 1001}),
    ],
)
def test_python_values_are_not_coerced(model: type[BaseModel], data: dict) -> None:
    with pytest.raises(ValidationError):
        model.model_validate(data)


def test_value_issues_are_located_without_recursion() -> None:
    data: dict = {"nodes": [{"id": "G", "params": {"x": math.inf, "y": 2**64}}], "run": {}}
    paths = [i.path for i in value_issues(data)]
    assert paths == ["nodes.G.params.x", "nodes.G.params.y"]
    nested: list = []
    cursor = nested
    for _ in range(10_000):  # deeper than Python's recursion limit
        cursor.append([])
        cursor = cursor[0]
    issues = value_issues({"description": nested})
    assert issues and "nested deeper than" in issues[0].message
    with pytest.raises(GraphLoadError):
        load_graph_dict({"description": nested})


def test_parse_json_limits() -> None:
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(GraphLoadError, match="too_deep"):
        parse_json("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert parse_json('{"a": "' + "[" * 1000 + '"}') == {"a": "[" * 1000}  # inside a string
    with pytest.raises(GraphLoadError, match="digits"):
        parse_json("1" + "0" * 5000)
    assert parse_json(str(2**63 - 1)) == 2**63 - 1
    with pytest.raises(GraphLoadError, match="64 bits"):
        parse_json(str(2**63))


def test_open_regular_refuses_what_would_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="FIFO"):
        open_regular(fifo)  # returns at once: opened non-blocking, then refused
    with pytest.raises(OSError, match="character device"):
        open_regular("/dev/zero")
    with pytest.raises(OSError, match="folder"):
        open_regular(tmp_path)
    (tmp_path / "f").write_bytes(b"ok")
    with open_regular(tmp_path / "f") as f:
        assert f.read() == b"ok"
