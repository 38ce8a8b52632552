"""Graphs in PNG text chunks (read safely, without Pillow) and where relative data roots resolve."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from schemas import GraphLoadError, load_graph_bytes, load_graph_dict, load_graph_file
from schemas.datapaths import data_places, find_root, root_places
from schemas.png import (
    GRAPH_KEY,
    MAX_TEXT_BYTES,
    PNG_SIGNATURE,
    RUN_KEY,
    PngTextError,
    graph_text_chunks,
    png_info,
    read_png_text_bytes,
)
from tests.graphs import example


def png_bytes(text: dict[str, str] | None = None) -> bytes:
    """A small picture, with ``text`` as iTXt chunks written by Pillow's ``PngInfo``."""
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(
        buf, format="PNG", pnginfo=png_info(text) if text else None
    )
    return buf.getvalue()


def chunk(ctype: bytes, data: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(ctype + data) if crc is None else crc
    return struct.pack(">I4s", len(data), ctype) + data + struct.pack(">I", crc)


def with_chunk(extra: bytes) -> bytes:
    """A plain PNG with ``extra`` inserted right after the IHDR chunk."""
    raw = png_bytes()
    at = len(PNG_SIGNATURE) + 8 + 13 + 4  # signature, IHDR header + 13 data bytes + CRC
    return raw[:at] + extra + raw[at:]


def test_graph_and_run_id_round_trip_through_itxt() -> None:
    graph = load_graph_dict(example("grid25_diffusion"))
    graph = graph.model_copy(update={"description": "Diffusion-GAN · σ=0.05 — 25 modes"})
    data = png_bytes(graph_text_chunks(graph.to_json(indent=None), "ab" * 16))
    text = read_png_text_bytes(data)
    assert text[RUN_KEY] == "ab" * 16
    assert load_graph_bytes(data) == graph  # non-ASCII survives (UTF-8 iTXt)
    assert Image.open(io.BytesIO(data)).text[GRAPH_KEY] == text[GRAPH_KEY]  # standard chunks


def test_compressed_and_latin1_chunks_are_read() -> None:
    ztxt = chunk(b"zTXt", b"gancanvas.run_id\0\0" + zlib.compress(b"r1"))
    itxt = chunk(b"iTXt", b"gancanvas.graph\0\x01\0\0\0" + zlib.compress(b'{"name": "z"}'))
    text = read_png_text_bytes(with_chunk(ztxt + itxt))
    assert text == {RUN_KEY: "r1", GRAPH_KEY: '{"name": "z"}'}


BOMB = zlib.compress(b" " * (MAX_TEXT_BYTES + 1))  # 4 KB that inflate past the limit
GRAPH_ITXT = b"gancanvas.graph\0\0\0\0\0"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (with_chunk(chunk(b"iTXt", GRAPH_ITXT + b"{}", crc=1)), "CRC mismatch"),
        (with_chunk(chunk(b"iTXt", b"gancanvas.graph\0\x01\0\0\0" + BOMB)), "byte limit"),
        (with_chunk(struct.pack(">I4s", MAX_TEXT_BYTES + 1, b"iTXt")), "over the"),
        (png_bytes({GRAPH_KEY: "{}" * 100})[:-130], "truncated"),
    ],
    ids=["crc", "zip-bomb", "huge-chunk", "truncated"],
)
def test_hostile_text_chunks_are_refused(data: bytes, needle: str) -> None:
    with pytest.raises(PngTextError, match=needle):
        read_png_text_bytes(data)
    with pytest.raises(GraphLoadError) as info:
        load_graph_bytes(data)
    assert info.value.issues[0].code == "bad_png"


def test_png_without_a_graph_says_so(tmp_path: Path) -> None:
    path = tmp_path / "holiday.png"
    path.write_bytes(png_bytes({"Software": "camera"}))
    with pytest.raises(GraphLoadError) as info:
        load_graph_file(path)
    (issue,) = info.value.issues
    assert issue.code == "no_graph" and "carries no gancanvas graph" in issue.message
    with pytest.raises(PngTextError, match="not a PNG"):
        read_png_text_bytes(b"GIF89a....")


def test_relative_roots_look_in_data_folder_graph_folder_then_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GANCANVAS_DATA", str(tmp_path / "shared"))
    with data_places(graph=tmp_path / "exp"):
        places = root_places("faces")
        assert [p.path for p in places] == [
            tmp_path / "shared" / "faces",
            tmp_path / "exp" / "faces",
            tmp_path / "faces",
        ]
        assert "GANCANVAS_DATA" in places[0].label and "graph" in places[1].label
        with data_places(data=tmp_path / "cli"):  # --data-dir wins over the variable
            assert root_places("faces")[0].path == tmp_path / "cli" / "faces"
        (tmp_path / "exp" / "faces").mkdir(parents=True)
        found, _ = find_root("faces", Path.is_dir)
        assert found == tmp_path / "exp" / "faces"
    assert [p.path for p in root_places("/abs/faces")] == [Path("/abs/faces")]
    assert len(root_places("faces")) == 2  # outside the block: no graph folder
