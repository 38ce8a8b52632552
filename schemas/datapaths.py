"""Where a graph's relative data roots are looked up, so a shared graph finds its data.

A relative ``root`` (``"faces"``, ``"mnist"``) is looked up, in order, in

1. the data folder: ``--data-dir``, else ``$GANCANVAS_DATA``, else ``./data``;
2. the graph file's folder (set by whoever read the file: the command line, the canvas);
3. the working directory (what a relative root meant before, so older graphs keep working).

The first place that holds the data wins; a message about missing data names every place looked.
Absolute roots and ``~`` are used as they are. The command line sets the places for one command
with :func:`data_places`; the values are context variables, so nothing leaks between commands run
in one process. This module imports no torch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

DATA_ENV = "GANCANVAS_DATA"
DEFAULT_DATA_DIR = "data"

_DATA_DIR: ContextVar[str | None] = ContextVar("gancanvas_data_dir", default=None)
_GRAPH_DIR: ContextVar[str | None] = ContextVar("gancanvas_graph_dir", default=None)


@dataclass(frozen=True)
class Place:
    """One folder a relative root may live under, and why it is looked at."""

    path: Path
    label: str


def absolute(path: str | Path) -> Path:
    """``~`` expanded, made absolute from the cwd, ``..`` normalised away (symlinks kept)."""
    return Path(os.path.abspath(os.path.expanduser(str(path))))


def data_dir() -> Place:
    """The data folder in use: ``--data-dir``, else ``$GANCANVAS_DATA``, else ``./data``."""
    explicit = _DATA_DIR.get()
    if explicit:
        return Place(absolute(explicit), "--data-dir")
    env = os.environ.get(DATA_ENV, "").strip()
    if env:
        return Place(absolute(env), DATA_ENV)
    return Place(absolute(DEFAULT_DATA_DIR), "default ./data")


def graph_dir() -> Path | None:
    """The folder of the graph file being validated or run, if it came from a file."""
    value = _GRAPH_DIR.get()
    return absolute(value) if value else None


@contextmanager
def data_places(data: str | Path | None = None, graph: str | Path | None = None) -> Iterator[None]:
    """Within the block, use ``data`` as the data folder and ``graph`` as the graph's folder.

    ``None`` keeps the current value (so nested uses only override what they name).
    """
    tokens = []
    if data is not None:
        tokens.append((_DATA_DIR, _DATA_DIR.set(str(data))))
    if graph is not None:
        tokens.append((_GRAPH_DIR, _GRAPH_DIR.set(str(graph))))
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


def is_relative(root: str) -> bool:
    """True for a root looked up in the places (not absolute, not starting with ``~``)."""
    return not os.path.isabs(os.path.expanduser(root))


def root_places(root: str) -> list[Place]:
    """Every folder a root may name, in lookup order, without repeats."""
    if not is_relative(root):
        return [Place(absolute(root), "as given")]
    bases = [data_dir()]
    folder = graph_dir()
    if folder is not None:
        bases.append(Place(folder, "the graph's folder"))
    bases.append(Place(absolute("."), "working directory"))
    out: list[Place] = []
    for base in bases:
        path = absolute(base.path / root)
        if all(p.path != path for p in out):
            label = f"data folder, {base.label}" if base is bases[0] else base.label
            out.append(Place(path, label))
    return out


def find_root(root: str, holds_data: Callable[[Path], bool]) -> tuple[Path | None, list[Place]]:
    """The first place of ``root`` that ``holds_data``, else None; plus every place looked."""
    places = root_places(root)
    for place in places:
        if holds_data(place.path):
            return place.path, places
    return None, places


def describe_places(places: list[Place], suffix: str = "") -> str:
    """``/d/faces (data folder, GANCANVAS_DATA), /g/faces (the graph's folder)`` for messages."""
    return ", ".join(f"{p.path / suffix if suffix else p.path} ({p.label})" for p in places)
