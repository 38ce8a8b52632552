"""Drafts on disk: one file per tab id, read back by a later server, bad ids refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from gancanvas.app.drafts import Drafts


def test_draft_round_trip_and_a_later_server_reads_it(tmp_path: Path) -> None:
    graph = {"name": "g", "nodes": [{"id": "z", "type": "latent.normal"}], "edges": []}
    path = Drafts(tmp_path / ".drafts").write("abc123-xyz", graph, '{"name": "old"}', None)
    assert path.name == "abc123-xyz.json" and not list(path.parent.glob(".*.tmp"))
    again = Drafts(tmp_path / ".drafts")  # a restarted server
    draft = again.read("abc123-xyz")
    assert draft == {"graph": graph, "clean": '{"name": "old"}', "file": None}
    assert again.read("someone-else") is None


def test_bad_tab_ids_and_broken_files(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    for bad in ("../../etc/passwd", "short", "a" * 65, "with space!"):
        with pytest.raises(ValueError, match="draft tab id"):
            drafts.write(bad, {}, None, None)
    (tmp_path / "brokenfile1.json").write_text("{not json", encoding="utf-8")
    assert drafts.read("brokenfile1") is None
    (tmp_path / "notagraph1.json").write_text('{"graph": 3}', encoding="utf-8")
    assert drafts.read("notagraph1") is None
