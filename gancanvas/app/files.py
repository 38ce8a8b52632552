"""Graph files on disk: the graphs folder (sanitised names, never outside it, never replacing
another graph silently) and the examples."""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import stat
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
#: a stem at most this long (characters and UTF-8 bytes: file systems cap names at 255 bytes)
MAX_STEM_CHARS = 80
MAX_STEM_BYTES = 160
FALLBACK_STEM = "untitled"
# device names Windows refuses as file names (a graphs folder may be shared with Windows)
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10))} | {
    f"LPT{i}" for i in range(10)
}


def _keep(char: str) -> bool:
    """Letters, digits and marks of any script, and ``-_.``; everything else becomes ``_``."""
    return char in "-_." or unicodedata.category(char)[0] in "LNM"


def sanitize_name(name: str) -> str:
    """A safe file stem that keeps Unicode letters: never empty, hidden, a path or a device.

    NFKC first (full-width letters become ASCII), then path separators, control characters,
    spaces and punctuation become ``_``; leading dots go; the stem is capped; ``untitled`` when
    nothing is left. ``"../../etc/passwd"`` → ``"etc_passwd"``; ``"名前"`` → ``"名前"``.
    """
    stem = unicodedata.normalize("NFKC", str(name)).strip()
    stem = re.sub(r"\.json$", "", stem, flags=re.IGNORECASE)
    stem = "".join(c if _keep(c) else "_" for c in stem)
    stem = re.sub(r"_+", "_", stem).strip("_-.")
    stem = stem[:MAX_STEM_CHARS]
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip("_-.")
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem += "_"
    return stem or FALLBACK_STEM


def path_in(folder: Path, name: str) -> Path:
    """``folder/<sanitised name>.json``, checked to stay inside ``folder``."""
    root = folder.resolve()
    path = (root / f"{sanitize_name(name)}.json").resolve()
    if path.parent != root:
        raise ValueError(f"refusing a path outside {root}")
    return path


class SaveConflict(Exception):
    """Saving would replace a different graph already in the folder.

    ``path`` is that file; ``free`` the next unused version name (``name-2.json``, …).
    """

    def __init__(self, path: Path, free: Path) -> None:
        super().__init__(f"{path.name} already holds a different graph")
        self.path = path
        self.free = free


def free_version(folder: Path, name: str) -> Path:
    """The first unused ``<stem>.json``, ``<stem>-2.json``, ``<stem>-3.json``… in ``folder``."""
    first = path_in(folder, name)
    if not first.exists():
        return first
    for n in range(2, 10_000):
        candidate = first.with_name(f"{first.stem}-{n}.json")
        if not candidate.exists():
            return candidate
    raise ValueError(f"no free version of {first.name} in {folder}")


def _same_content(path: Path, text: str) -> bool:
    """True when ``path`` is a regular file holding exactly ``text`` (size checked first)."""
    data = text.encode("utf-8")
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def save_graph(
    folder: Path,
    name: str,
    text: str,
    *,
    owned: Path | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the graph text into ``folder`` under a sanitised name, never losing another graph.

    An existing file is replaced only when it is ``owned`` (the file this editor opened or last
    saved), already holds exactly ``text``, or ``overwrite`` is given; otherwise ``SaveConflict``
    (nothing written). A new file is created without clobbering one that appeared meanwhile.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = target_path(folder, name, owned)
    return write_graph(path, text, replace=overwrite or path == owned or _same_content(path, text))


def target_path(folder: Path, name: str, owned: Path | None = None) -> Path:
    """Where saving ``name`` goes: ``owned`` when it is this name's file or one of its versions
    (``name-2.json`` saved after a conflict keeps being this graph's file), else ``path_in``."""
    path = path_in(folder, name)
    version = re.escape(path.stem) + r"(-[0-9]+)?"
    if owned is not None and owned.parent == path.parent and re.fullmatch(version, owned.stem):
        return owned
    return path


def save_new_version(folder: Path, name: str, text: str) -> Path:
    """Write the graph under the first free version name (``name-2.json``…); never replaces."""
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        try:
            return write_graph(free_version(folder, name), text, replace=False)
        except SaveConflict:  # taken meanwhile by another tab: the next one
            continue


def write_graph(path: Path, text: str, *, replace: bool) -> Path:
    """Atomic write of ``path``; with ``replace=False`` an existing file raises ``SaveConflict``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # atomic create-if-absent: never clobbers a file
            except FileExistsError:
                raise SaveConflict(path, free_version(path.parent, path.stem)) from None
    finally:
        tmp.unlink(missing_ok=True)
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
