"""Reading graph files: JSON (or a sample PNG carrying it) → migrations → ``Graph``.

Every failure is a located ``GraphIssue``. What is read is bounded before it is parsed: regular
files only (a FIFO or a device would block or never end), at most :data:`MAX_GRAPH_BYTES` of JSON,
nesting at most :data:`MAX_DEPTH` levels (no ``RecursionError``), numbers finite (JSON has no
NaN or Infinity; Python's parser accepts them) and integers within 64 bits (a count, seed or size
a graph needs always fits; Python refuses to convert ones over 4300 digits at all).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ValidationError

from schemas.graph import SCHEMA_VERSION, Graph, GraphIssue

#: ``MIGRATIONS[v]`` turns a version-``v`` file dict into a version ``v + 1`` one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

#: Largest graph JSON read (file, upload or PNG text): a 200-node graph with its layout is ~60 kB.
MAX_GRAPH_BYTES = 5_000_000
#: Deepest nesting of a graph file: graph → nodes → node → params → a list of lists is 6 levels.
MAX_DEPTH = 64
#: Integers must fit a signed 64-bit integer: torch, numpy and SQLite (MLflow params) hold no more.
INT_LIMIT = 2**63
#: At most this many value issues are listed (a file of a million NaNs needs only a few lines).
MAX_VALUE_ISSUES = 20


class GraphLoadError(Exception):
    """A file that is not a valid graph envelope; ``issues`` says where and why."""

    def __init__(self, issues: Sequence[GraphIssue]):
        self.issues = list(issues)
        super().__init__("\n".join(str(i) for i in self.issues))


def loc_to_path(loc: Sequence[str | int], data: Any) -> str:
    """Turn a pydantic error location into a file path, naming nodes by id.

    ``("nodes", 2, "params", "hidden")`` becomes ``nodes.D.params.hidden`` when node 2 has id D.
    """
    parts: list[str] = []
    cursor = data
    for i, key in enumerate(loc):
        label = str(key)
        if i == 1 and loc[0] == "nodes" and isinstance(key, int) and isinstance(cursor, list):
            node = cursor[key] if key < len(cursor) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str) and node["id"]:
                label = node["id"]
        parts.append(label)
        if isinstance(cursor, dict):
            cursor = cursor.get(key)
        elif isinstance(cursor, list) and isinstance(key, int) and key < len(cursor):
            cursor = cursor[key]
        else:
            cursor = None
    return ".".join(parts) or "(file)"


def issues_from_validation(
    err: ValidationError, data: Any, prefix: str = "", code: str = "bad_value"
) -> list[GraphIssue]:
    """One ``GraphIssue`` per pydantic error, with the location as a dotted path."""
    out = []
    for e in err.errors():
        path = loc_to_path(e["loc"], data)
        if prefix:
            path = f"{prefix}.{path}" if e["loc"] else prefix
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown field (typo?)"
        elif "input" in e and e["type"] not in ("missing",) and not isinstance(e["input"], dict):
            msg = f"{msg} (got {json.dumps(e['input'], default=str)[:60]})"
        out.append(GraphIssue(path=path, code=code, message=msg))
    return out


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file up to ``SCHEMA_VERSION``; refuse a newer one."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise GraphLoadError(
            [GraphIssue(path="schema_version", code="bad_value", message="must be an integer")]
        )
    if version > SCHEMA_VERSION:
        raise GraphLoadError(
            [
                GraphIssue(
                    path="schema_version",
                    code="newer_schema",
                    message=f"file has schema_version {version}, this gancanvas reads up to "
                    f"{SCHEMA_VERSION}: upgrade gancanvas to open it",
                )
            ]
        )
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise GraphLoadError(
                [
                    GraphIssue(
                        path="schema_version",
                        code="unsupported_schema",
                        message=f"no migration from schema_version {version}",
                    )
                ]
            )
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


class _Refused:
    """Stands in, while parsing, for a JSON number no graph may hold; reported with its path."""

    __slots__ = ("why",)

    def __init__(self, why: str):
        self.why = why


def _refuse_constant(name: str) -> _Refused:
    return _Refused(f"{name} is not a number: a graph holds finite numbers only")


def _parse_float(text: str) -> float | _Refused:
    value = float(text)
    if math.isfinite(value):
        return value
    return _Refused(f"{text[:30]} overflows to infinity: a graph holds finite numbers only")


def _parse_int(text: str) -> int | _Refused:
    digits = len(text.lstrip("-"))
    if digits <= 19:  # 2**63 has 19 digits: only those may still be out of range
        value = int(text)
        if -INT_LIMIT <= value < INT_LIMIT:
            return value
    return _Refused(
        f"an integer of {digits} digits is out of range: integers must fit 64 bits (< 2**63)"
    )


# a JSON string (skipped: brackets inside it do not nest) or one bracket
_NESTING_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _too_deep(text: str) -> int | None:
    """Offset of the first bracket nested deeper than ``MAX_DEPTH``, else None (no parsing)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for m in _NESTING_TOKEN.finditer(text):
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        elif token in "]}":
            depth -= 1
    return None


def value_issues(data: Any) -> list[GraphIssue]:
    """Values no graph may hold, each located: NaN/±inf, integers beyond 64 bits, nesting deeper
    than ``MAX_DEPTH`` (checked without recursion, so any Python value is safe to pass)."""
    issues: list[GraphIssue] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack and len(issues) < MAX_VALUE_ISSUES:
        loc, value = stack.pop()
        why = None
        if isinstance(value, _Refused):
            why = value.why
        elif isinstance(value, float) and not math.isfinite(value):
            why = f"{value} is not a number: a graph holds finite numbers only"
        elif isinstance(value, int) and not isinstance(value, bool):
            if not -INT_LIMIT <= value < INT_LIMIT:
                why = "integer out of range: integers must fit 64 bits (< 2**63)"
        elif isinstance(value, dict | list | tuple):
            if len(loc) >= MAX_DEPTH:
                why = f"nested deeper than {MAX_DEPTH} levels"
            else:
                items = value.items() if isinstance(value, dict) else enumerate(value)
                stack.extend(reversed([((*loc, k), v) for k, v in items]))
        if why is not None:
            path = loc_to_path(loc, data)
            issues.append(GraphIssue(path=path, code="bad_value", message=why))
    return issues


def parse_json(text: str, what: str = "file") -> Any:
    """JSON text → Python values, refusing what no graph holds (see the module docstring).

    Raises ``GraphLoadError``: malformed JSON names the line and column, a refused value its path.
    """
    if len(text) > MAX_GRAPH_BYTES:
        raise _issue(
            "too_large", f"the {what} is over {MAX_GRAPH_BYTES // 1_000_000} MB: not a graph"
        )
    deep = _too_deep(text)
    if deep is not None:
        line = text.count("\n", 0, deep) + 1
        col = deep - (text.rfind("\n", 0, deep) + 1) + 1
        raise _issue(
            "too_deep",
            f"JSON nested deeper than {MAX_DEPTH} levels at line {line} column {col}: "
            "a graph file nests a few levels",
        )
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as err:
        raise _issue(
            "bad_json", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}"
        ) from None
    except RecursionError:  # cannot happen within MAX_DEPTH; a clear message if it ever does
        raise _issue("too_deep", f"JSON nested too deeply (limit {MAX_DEPTH} levels)") from None
    issues = value_issues(data)
    if issues:
        raise GraphLoadError(issues)
    return data


def load_graph_dict(data: Any) -> Graph:
    """Validate a parsed JSON value as a graph envelope (block params are checked later)."""
    if not isinstance(data, dict):
        raise GraphLoadError(
            [GraphIssue(path="(file)", code="bad_json", message="top level must be a JSON object")]
        )
    issues = value_issues(data)
    if issues:
        raise GraphLoadError(issues)
    data = migrate(dict(data))
    try:
        return Graph.model_validate(data)
    except ValidationError as err:
        raise GraphLoadError(issues_from_validation(err, data)) from None


def load_graph_text(text: str) -> Graph:
    """Parse JSON text into a ``Graph``; malformed JSON names the line and column."""
    return load_graph_dict(parse_json(text))


def _issue(code: str, message: str, path: str = "(file)") -> GraphLoadError:
    return GraphLoadError([GraphIssue(path=path, code=code, message=message)])


def graph_from_png(stream: IO[bytes]) -> Graph:
    """The graph a sample picture carries in its ``gancanvas.graph`` text chunk."""
    from schemas.png import GRAPH_KEY, PngTextError, read_png_text

    try:
        text = read_png_text(stream)
    except PngTextError as err:
        raise _issue("bad_png", f"cannot read the PNG's text chunks: {err}") from None
    except OSError as err:
        raise _issue("unreadable_file", str(err)) from None
    if GRAPH_KEY not in text:
        raise _issue(
            "no_graph",
            f"this PNG carries no gancanvas graph (no '{GRAPH_KEY}' text chunk): only sample"
            " pictures written by a gancanvas run (or `gancanvas sample`) hold one",
        )
    return load_graph_text(text[GRAPH_KEY])


def load_graph_bytes(data: bytes) -> Graph:
    """A graph from a file's bytes: a sample PNG that carries one, or UTF-8 JSON text."""
    from schemas.png import is_png

    if is_png(data):
        return graph_from_png(io.BytesIO(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _issue("bad_json", "file is not UTF-8 text: not a graph JSON file") from None
    return load_graph_text(text)


_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file ('a FIFO (named pipe)', …), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _FILE_KINDS if test(mode)), "not a regular file")


def open_regular(path: str | Path) -> IO[bytes]:
    """Open ``path`` for reading only if it is a regular file; never blocks.

    The file is opened non-blocking (a FIFO without a writer would block ``open`` itself) and
    checked with ``fstat`` on the open descriptor, so a file swapped after a check cannot slip
    through. Raises ``FileNotFoundError`` / ``OSError``; ``IsADirectoryError``-like cases and
    FIFOs or devices raise ``OSError`` naming what the path is.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        what = not_regular(os.fstat(fd).st_mode)
        if what is not None:
            raise OSError(f"{what}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def load_graph_file(path: str | Path) -> Graph:
    """Read a graph file (JSON, or a sample PNG carrying a graph); missing/unreadable: an issue.

    Regular files only; JSON is read up to :data:`MAX_GRAPH_BYTES` (a PNG's walker reads only
    its bounded text chunks, whatever the picture's size).
    """
    from schemas.png import PNG_SIGNATURE, is_png

    p = Path(path)
    try:
        with open_regular(p) as f:
            head = f.read(len(PNG_SIGNATURE))
            if is_png(head):
                f.seek(0)
                return graph_from_png(f)
            raw = head + f.read(MAX_GRAPH_BYTES + 1 - len(head))
        if len(raw) > MAX_GRAPH_BYTES:
            raise _issue(
                "too_large", f"file is over {MAX_GRAPH_BYTES // 1_000_000} MB: not a graph file"
            )
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise _issue("missing_file", "no such file") from None
    except OSError as err:
        raise _issue("unreadable_file", err.strerror or str(err)) from None
    except UnicodeDecodeError:
        raise _issue("bad_json", "file is not UTF-8 text: not a graph JSON file") from None
    return load_graph_text(text)


def graph_json_schema(block_params: dict[str, type[BaseModel]]) -> dict[str, Any]:
    """JSON Schema of the whole file, with each block's params bound to its ``type`` tag."""
    schema = Graph.model_json_schema(by_alias=True)
    defs = schema.setdefault("$defs", {})
    variants = []
    for tag, model in sorted(block_params.items()):
        sub = model.model_json_schema()
        for name, d in sub.pop("$defs", {}).items():
            defs[name] = d
        def_name = "Params_" + tag.replace(".", "_")
        defs[def_name] = sub
        variants.append(
            {
                "if": {"properties": {"type": {"const": tag}}, "required": ["type"]},
                "then": {"properties": {"params": {"$ref": f"#/$defs/{def_name}"}}},
            }
        )
    node = defs["Node"]
    node["properties"]["type"]["enum"] = sorted(block_params)
    node["allOf"] = variants
    return schema
