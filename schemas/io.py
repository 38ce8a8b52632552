"""Reading graph files: JSON (or a sample PNG carrying it) → migrations → ``Graph``.

Every failure is a located ``GraphIssue``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ValidationError

from schemas.graph import SCHEMA_VERSION, Graph, GraphIssue

#: ``MIGRATIONS[v]`` turns a version-``v`` file dict into a version ``v + 1`` one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


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
        msg = e["msg"]
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


def load_graph_dict(data: Any) -> Graph:
    """Validate a parsed JSON value as a graph envelope (block params are checked later)."""
    if not isinstance(data, dict):
        raise GraphLoadError(
            [GraphIssue(path="(file)", code="bad_json", message="top level must be a JSON object")]
        )
    data = migrate(dict(data))
    try:
        return Graph.model_validate(data)
    except ValidationError as err:
        raise GraphLoadError(issues_from_validation(err, data)) from None


def load_graph_text(text: str) -> Graph:
    """Parse JSON text into a ``Graph``; malformed JSON names the line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise GraphLoadError(
            [
                GraphIssue(
                    path="(file)",
                    code="bad_json",
                    message=f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}",
                )
            ]
        ) from None
    return load_graph_dict(data)


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


def load_graph_file(path: str | Path) -> Graph:
    """Read a graph file (JSON, or a sample PNG carrying a graph); missing/unreadable: an issue."""
    from schemas.png import PNG_SIGNATURE, is_png

    p = Path(path)
    try:
        with p.open("rb") as f:
            if is_png(f.read(len(PNG_SIGNATURE))):
                f.seek(0)
                return graph_from_png(f)
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _issue("missing_file", "no such file", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise _issue("unreadable_file", str(err), path=str(p)) from None
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
