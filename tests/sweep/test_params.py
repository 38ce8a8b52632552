"""--param grammar: lists, ranges, choices, and every refusal as one located line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gancanvas.sweep.params import (
    MAX_GRID,
    ParamError,
    grid,
    parse_param,
    parse_params,
    split_top_level,
)
from gancanvas.sweep.variants import probes


def test_list_values_are_parsed_as_set_parses_them() -> None:
    p = parse_param("nodes.optD.params.lr=1e-4,2e-4,4e-4")
    assert (p.kind, p.values, p.label) == ("list", (1e-4, 2e-4, 4e-4), "optD.lr")
    p = parse_param('nodes.D.params.hidden=[64,64],[128],"a,b",adam')
    assert p.values == ([64, 64], [128], "a,b", "adam")
    assert parse_param("run.batch_size=64").label == "run.batch_size"


@pytest.mark.parametrize(
    ("item", "kind", "low", "high"),
    [
        ("nodes.optD.params.lr=log:1e-5:1e-3", "log", 1e-5, 1e-3),
        ("nodes.x.params.y=float:-1:0.5", "float", -1, 0.5),
        ("run.batch_size=int:16:256", "int", 16, 256),
    ],
)
def test_ranges(item: str, kind: str, low: float, high: float) -> None:
    p = parse_param(item)
    assert (p.kind, p.low, p.high) == (kind, low, high)
    assert p.corners() == [low, high]


def test_categorical() -> None:
    p = parse_param("nodes.D.params.hidden=cat:[16],[32,32]")
    assert (p.kind, p.values) == ("cat", ([16], [32, 32]))


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("lr", "expected key=value"),
        ("=1,2", "expected key=value"),
        ("nodes..lr=1", "not a dotted path"),
        ("x=1,,2", "value 2 is empty"),
        ("x=1,2,1", "given twice"),
        ("x=[1,2", "bracket is not closed"),
        ("x=1]", "without its opening bracket"),
        ('x="a,b', "string is not closed"),
        ("x=NaN", "NaN"),
        ("x=log:0:1", "LOW > 0"),
        ("x=log:1e-3:1e-5", "LOW must be below HIGH"),
        ("x=int:1.5:4", "not an integer"),
        ("x=float:a:1", "not a number"),
        ("x=float:1", "expected float:LOW:HIGH"),
        ("x=int:1:2:3", "expected int:LOW:HIGH"),
        ("x=cat:1", "at least two choices"),
        ("x=float:true:2", "not a number"),
    ],
)
def test_refusals_name_the_param(item: str, message: str) -> None:
    with pytest.raises(ParamError, match=r"^--param ") as err:
        parse_param(item)
    assert message in str(err.value)


def test_sweep_level_refusals() -> None:
    with pytest.raises(ParamError, match="give at least one"):
        parse_params([], search=False)
    with pytest.raises(ParamError, match="swept twice"):
        parse_params(["x=1,2", "x=3,4"], search=False)
    with pytest.raises(ParamError, match="needs --optuna N"):
        parse_params(["x=log:1e-5:1e-3"], search=False)
    with pytest.raises(ParamError, match=f"at most {MAX_GRID}"):
        parse_params([f"a{i}=" + ",".join(map(str, range(10))) for i in range(5)], search=False)
    with pytest.raises(ParamError, match="nothing to search"):
        parse_params(["x=1"], search=True)


def test_grid_is_the_product_first_param_slowest() -> None:
    params = parse_params(["a=1,2", "b=x,y,z"], search=False)
    points = grid(params)
    assert len(points) == 6
    assert points[:2] == [{"a": 1, "b": "x"}, {"a": 1, "b": "y"}]


def test_probes_bound_a_search() -> None:
    params = parse_params(["a=log:1e-5:1e-3", "b=cat:1,2,3"], search=True)
    assert probes(params) == [
        {"a": 1e-5, "b": 1},
        {"a": 1e-3, "b": 1},
        {"a": 1e-5, "b": 2},
        {"a": 1e-5, "b": 3},
    ]


json_values = st.recursive(
    st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.booleans()
    | st.text("abcxyz_,:[]\"' ", min_size=1, max_size=8),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(json_values, min_size=1, max_size=5, unique_by=lambda v: json.dumps(v)))
def test_any_json_list_round_trips(values: list[Any]) -> None:
    text = ",".join(json.dumps(v) for v in values)
    p = parse_param(f"nodes.n.params.v={text}")
    assert p.kind == "list"
    assert [json.dumps(v) for v in p.values] == [json.dumps(v) for v in values]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_any_text_parses_or_is_refused_cleanly(spec: str) -> None:
    try:
        p = parse_param(f"x={spec}")
    except ParamError as err:
        assert str(err).startswith("--param x=")
    else:
        assert p.kind in ("list", "cat", "log", "float", "int")
        assert len(split_top_level(spec, spec)) >= 1
