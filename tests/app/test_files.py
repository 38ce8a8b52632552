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
        ("..", "untitled"),
        ("", "untitled"),
        ("   ", "untitled"),
        ("名前", "名前"),
        ("grüße", "grüße"),
        ("नमस्ते", "नमस्ते"),  # combining marks stay
        ("ＧＡＮ２", "GAN2"),  # NFKC: full-width letters and digits
        ("a\\b:c", "a_b_c"),
        ("a\x00b\nc\u202e", "a_b_c"),  # control and bidi characters
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("NUL", "NUL_"),
        ("v1.2", "v1.2"),
    ],
)
def test_sanitize_name(name: str, stem: str) -> None:
    assert files.sanitize_name(name) == stem


def test_sanitize_name_caps_length_in_bytes() -> None:
    assert len(files.sanitize_name("x" * 300)) == files.MAX_STEM_CHARS
    wide = files.sanitize_name("名" * 300)
    assert len(wide.encode()) <= files.MAX_STEM_BYTES and set(wide) == {"名"}


def test_names_that_sanitise_alike_never_overwrite_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "graphs"
    first = files.save_graph(folder, "", '{"a": 1}')
    assert first.name == "untitled.json"
    for other in ("..", "untitled", "./"):  # another graph, the same file name
        with pytest.raises(files.SaveConflict) as info:
            files.save_graph(folder, other, '{"b": 2}')
        assert info.value.path == first and info.value.free.name == "untitled-2.json"
    assert first.read_text() == '{"a": 1}'
    # the same text again, the file this editor owns, or an explicit overwrite: replaced
    assert files.save_graph(folder, "..", '{"a": 1}') == first
    assert files.save_graph(folder, "..", '{"c": 3}', owned=first) == first
    assert files.save_graph(folder, "..", '{"d": 4}', overwrite=True) == first
    assert first.read_text() == '{"d": 4}'
    versions = [files.save_new_version(folder, "..", f'{{"v": {i}}}') for i in (2, 3)]
    assert [p.name for p in versions] == ["untitled-2.json", "untitled-3.json"]
    assert [p.name for p in files.list_graphs(folder)] == [
        "untitled-2.json",
        "untitled-3.json",
        "untitled.json",
    ]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp files left
    graph = example("grid25_vanilla")
    unicode = files.save_graph(folder, "名前", graph.to_json())
    assert unicode.name == "名前.json" and files.read_graph(folder, "名前") == graph


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


def test_a_saved_version_stays_the_graphs_file(tmp_path: Path) -> None:
    folder = tmp_path / "graphs"
    first = files.save_graph(folder, "gan", "1")
    version = files.save_new_version(folder, "gan", "2")
    assert version.name == "gan-2.json"
    assert files.save_graph(folder, "gan", "3", owned=version) == version  # not gan.json
    assert first.read_text() == "1" and version.read_text() == "3"
    with pytest.raises(files.SaveConflict):  # owning another graph's file does not count
        files.save_graph(folder, "gan", "4", owned=folder.resolve() / "gander.json")
