"""Graph files on disk: the graphs folder (sanitised names, never outside it) and the examples."""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from schemas import (
    MAX_GRAPH_BYTES,
    Graph,
    GraphLoadError,
    load_graph_bytes,
    load_graph_file,
    load_graph_text,
    open_regular,
)

#: the same bound as a graph file read from disk
MAX_UPLOAD_BYTES = MAX_GRAPH_BYTES


def sanitize_name(name: str) -> str:
    """A safe file stem: ASCII letters, digits, ``-`` and ``_`` only, never empty or hidden.

    ``"../../etc/passwd"`` → ``"etc_passwd"``; ``"My GAN (v2).json"`` → ``"My_GAN_v2"``.
    """
    stem = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    stem = re.sub(r"\.json$", "", stem.strip(), flags=re.IGNORECASE)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_-.")
    stem = re.sub(r"_+", "_", stem)[:80]
    return stem or "graph"


def path_in(folder: Path, name: str) -> Path:
    """``folder/<sanitised name>.json``, checked to stay inside ``folder``."""
    root = folder.resolve()
    path = (root / f"{sanitize_name(name)}.json").resolve()
    if path.parent != root:
        raise ValueError(f"refusing a path outside {root}")
    return path


def save_graph(folder: Path, name: str, text: str) -> Path:
    """Write the graph text into ``folder`` under a sanitised name (atomic replace)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = path_in(folder, name)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def list_graphs(folder: Path) -> list[Path]:
    """The ``*.json`` files directly in ``folder`` (no hidden ones, no subfolders)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.is_file() and not p.name.startswith("."))


def read_graph(folder: Path, name: str) -> Graph:
    """Load ``name`` from ``folder`` (the name is sanitised first, so it cannot escape)."""
    path = path_in(folder, name)
    if not path.is_file():
        raise FileNotFoundError(f"no graph named {path.stem!r} in {folder}")
    return load_graph_file(path)  # regular files only, size-bounded


def parse_upload(data: bytes | str) -> Graph:
    """Parse an uploaded or dropped file: graph JSON, or a sample PNG carrying its graph.

    Raises ``GraphLoadError`` with a clear message (a PNG without a graph says so).
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise _load_error("file is larger than 5 MB: not a graph file")
    if isinstance(data, bytes):
        return load_graph_bytes(data)
    return load_graph_text(data)  # nesting, NaN and number bounds are checked while parsing


def decode_drop(args: dict[str, object]) -> bytes | str:
    """The content of a dropped file event: ``data`` (base64, binary files such as PNGs) or
    ``text`` (JSON read as text by the browser)."""
    size = args.get("size")
    if isinstance(size, int | float) and size > MAX_UPLOAD_BYTES:
        raise _load_error("file is larger than 5 MB: not a graph file")
    data = args.get("data")
    if isinstance(data, str) and data:
        if len(data) > MAX_UPLOAD_BYTES * 4 // 3 + 4:
            raise _load_error("file is larger than 5 MB: not a graph file")
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise _load_error("the dropped file did not arrive intact (bad base64)") from None
    return str(args.get("text") or "")


def _load_error(message: str) -> GraphLoadError:
    from schemas import GraphIssue

    return GraphLoadError([GraphIssue(path="(file)", code="bad_json", message=message)])


def describe_load_error(err: GraphLoadError) -> str:
    """One readable paragraph for a notification."""
    lines = [f"{i.path}: {i.message}" for i in err.issues[:6]]
    more = len(err.issues) - 6
    if more > 0:
        lines.append(f"… and {more} more")
    return "Not a valid graph file — " + "; ".join(lines)


@dataclass(frozen=True)
class Example:
    """One example graph for the gallery."""

    stem: str
    name: str
    description: str
    path: Path
    blocks: int


def examples_dir() -> Path | None:
    """Where the example graphs are: ``$GANCANVAS_EXAMPLES``, the repo's ``examples/``, or cwd's."""
    candidates = []
    if os.environ.get("GANCANVAS_EXAMPLES"):
        candidates.append(Path(os.environ["GANCANVAS_EXAMPLES"]))
    candidates.append(Path(__file__).resolve().parents[2] / "examples")
    candidates.append(Path.cwd() / "examples")
    return next((c for c in candidates if c.is_dir()), None)


def list_examples() -> list[Example]:
    """The example gallery (files that do not parse are skipped)."""
    folder = examples_dir()
    if folder is None:
        return []
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            with open_regular(path) as f:  # a FIFO among the examples must not hang the gallery
                data = json.loads(f.read(MAX_GRAPH_BYTES + 1).decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        if not isinstance(data, dict):
            continue
        out.append(
            Example(
                stem=path.stem,
                name=str(data.get("name") or path.stem),
                description=str(data.get("description") or ""),
                path=path,
                blocks=len(data.get("nodes") or []),
            )
        )
    return out


def load_example(stem: str) -> Graph:
    """Load an example by file stem (looked up in the gallery, never a free path)."""
    for example in list_examples():
        if example.stem == stem:
            return load_graph_file(example.path)
    raise FileNotFoundError(f"no example named {stem!r}")
