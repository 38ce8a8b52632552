"""The graph file contract: parsing, paths, versions, JSON Schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blocks.registry import params_models
from schemas import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Graph,
    GraphLoadError,
    graph_json_schema,
    load_graph_dict,
    load_graph_text,
)
from tests.graphs import example


def test_example_round_trips_through_json() -> None:
    g = load_graph_dict(example("grid25_diffusion"))
    again = load_graph_text(g.to_json())
    assert again == g
    assert json.loads(g.to_json())["edges"][0] == {"from": "z.z", "to": "G.z"}


def test_layout_and_name_do_not_change_the_content_hash() -> None:
    data = example("grid25_vanilla")
    g1 = load_graph_dict(data)
    data["layout"] = {"G": [1.0, 2.0]}
    data["name"] = "renamed"
    g2 = load_graph_dict(data)
    data["run"]["seed"] = 1
    g3 = load_graph_dict(data)
    assert g1.content_hash() == g2.content_hash() != g3.content_hash()


def _issues(data: object) -> list[tuple[str, str]]:
    with pytest.raises(GraphLoadError) as info:
        load_graph_dict(data) if not isinstance(data, str) else load_graph_text(data)
    return [(i.path, i.code) for i in info.value.issues]


def test_truncated_json_names_line_and_column() -> None:
    text = json.dumps(example("grid25_vanilla"), indent=1)[:200]
    with pytest.raises(GraphLoadError) as info:
        load_graph_text(text)
    (issue,) = info.value.issues
    assert issue.code == "bad_json" and "line" in issue.message and "column" in issue.message


def test_envelope_errors_are_located_by_node_id() -> None:
    data = example("grid25_vanilla")
    data["nodes"][2]["params"] = "not a dict"
    data["run"]["batch_size"] = -3
    data["edges"][0] = {"from": "z", "to": "G.z"}
    found = _issues(data)
    assert ("nodes.G.params", "bad_value") in found
    assert ("run.batch_size", "bad_value") in found
    assert ("edges.0.from", "bad_value") in found


def test_unknown_field_is_an_error_not_ignored() -> None:
    data = example("grid25_vanilla")
    data["run"]["stepz"] = 10
    assert ("run.stepz", "bad_value") in _issues(data)


def test_newer_schema_version_is_refused_with_a_clear_message() -> None:
    data = example("grid25_vanilla")
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(GraphLoadError) as info:
        load_graph_dict(data)
    assert info.value.issues[0].code == "newer_schema"
    assert "upgrade gancanvas" in info.value.issues[0].message


def test_older_file_is_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    def v0_to_v1(d: dict) -> dict:  # a v0 file called the run settings "train"
        d["run"] = d.pop("train")
        return d

    monkeypatch.setitem(MIGRATIONS, 0, v0_to_v1)
    data = example("grid25_vanilla")
    steps = data["run"]["steps"]
    data["train"] = data.pop("run")
    data["schema_version"] = 0
    g = load_graph_dict(data)
    assert g.schema_version == SCHEMA_VERSION and g.run.steps == steps


def test_not_an_object() -> None:
    assert _issues([1, 2]) == [("(file)", "bad_json")]


@given(st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,20}", fullmatch=True))
def test_any_valid_id_round_trips(node_id: str) -> None:
    g = Graph.model_validate({"nodes": [{"id": node_id, "type": "latent.normal"}]})
    assert load_graph_text(g.to_json()).nodes[0].id == node_id


@given(st.text(min_size=1, max_size=8).filter(lambda s: not s[0].isalpha() or " " in s))
def test_bad_ids_are_refused(node_id: str) -> None:
    with pytest.raises(GraphLoadError):
        load_graph_dict({"nodes": [{"id": node_id, "type": "latent.normal"}]})


def test_json_schema_binds_params_to_block_types() -> None:
    schema = graph_json_schema(params_models())
    node = schema["$defs"]["Node"]
    assert "generator.mlp" in node["properties"]["type"]["enum"]
    rules = {r["if"]["properties"]["type"]["const"]: r for r in node["allOf"]}
    ref = rules["optimizer.adam"]["then"]["properties"]["params"]["$ref"]
    adam = schema["$defs"][ref.split("/")[-1]]
    assert adam["properties"]["lr"]["exclusiveMinimum"] == 0
    assert adam["additionalProperties"] is False
