"""Graph files: sanitised names that never leave the graphs folder; clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from gancanvas.app import files
from schemas import GraphLoadError

from .conftest import EXAMPLES, example


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("../../etc/passwd", "etc_passwd"),
        ("My GAN (v2).json", "My_GAN_v2"),
        ("/abs/path/x", "abs_path_x"),
        ("..", "graph"),
        ("", "graph"),
        ("grüße", "grue"),
        ("a\\b:c", "a_b_c"),
    ],
)
def test_sanitize_name(name: str, stem: str) -> None:
    assert files.sanitize_name(name) == stem


def test_save_stays_in_folder_and_round_trips(tmp_path: Path) -> None:
    graph = example("grid25_vanilla")
    path = files.save_graph(tmp_path / "graphs", "../../escape", graph.to_json())
    assert path.parent == (tmp_path / "graphs").resolve()
    assert path.name == "escape.json"
    assert not (tmp_path / "escape.json").exists()
    assert files.read_graph(tmp_path / "graphs", "escape") == graph
    assert [p.name for p in files.list_graphs(tmp_path / "graphs")] == ["escape.json"]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"schema_version": 99}', "upgrade gancanvas"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b'{"nodes": [{"id": "1x", "type": "data.gaussian_grid"}]}', "nodes"),
    ],
)
def test_invalid_upload_has_clear_message(data: bytes, needle: str) -> None:
    with pytest.raises(GraphLoadError) as info:
        files.parse_upload(data)
    assert needle in files.describe_load_error(info.value)


def test_examples_gallery_lists_every_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GANCANVAS_EXAMPLES", str(EXAMPLES))
    stems = {e.stem for e in files.list_examples()}
    assert {"grid25_vanilla", "grid25_diffusion"} <= stems
    assert files.load_example("grid25_vanilla").name == "grid25-vanilla"
    with pytest.raises(FileNotFoundError):
        files.load_example("../pyproject")
