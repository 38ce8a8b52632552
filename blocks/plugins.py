"""Third-party blocks from installed packages: the ``gancanvas.blocks`` entry-point group.

A package declares, e.g. in its pyproject::

    [project.entry-points."gancanvas.blocks"]
    my_blocks = "my_package.blocks:BLOCKS"      # a Block subclass, or a list of them

Each block is checked against the registry's contract (a ``<kind>.<name>`` tag of a known kind
that no built-in or earlier plugin holds, a docstring, a strict ``Params`` model whose fields
have defaults and descriptions, typed ports, its own ``build``). A plugin that fails to import
or to pass is skipped with a warning naming its package; it never stops gancanvas. A graph file
can only name blocks: plugins come from installed entry points, never from a module a file names.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from importlib import metadata
from typing import Any

from pydantic import BaseModel

from blocks.base import KINDS, Block, BlockParams
from schemas import Port

GROUP = "gancanvas.blocks"
TAG = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


class PluginWarning(UserWarning):
    """A plugin block was skipped (the message names its package and why)."""


def contract_problems(block: Any, taken: set[str]) -> list[str]:
    """Why ``block`` cannot join the registry (empty: it can)."""
    if not isinstance(block, type) or not issubclass(block, Block):
        return [f"{block!r} is not a Block subclass"]
    tag = getattr(block, "type", None)
    if not isinstance(tag, str) or not TAG.match(tag):
        return [f"{block.__name__}: type {tag!r} is not a '<kind>.<name>' tag"]
    out = []
    if block.kind() not in KINDS:
        out.append(f"{tag}: kind '{block.kind()}' is not one of {', '.join(KINDS)}")
    if tag in taken:
        out.append(f"{tag}: the type tag is already taken (a built-in or another plugin)")
    if not block.description():
        out.append(f"{tag}: no docstring (its first line is the palette description)")
    if not isinstance(getattr(block, "title", None), str) or not block.title:
        out.append(f"{tag}: no title")
    out += _params_problems(tag, block.Params)
    for side in ("inputs", "outputs"):
        ports = getattr(block, side, ())
        if not isinstance(ports, tuple) or not all(isinstance(p, Port) for p in ports):
            out.append(f"{tag}: {side} must be a tuple of schemas.Port")
    if not (block.inputs or block.outputs or block.kind() == "scheduler"):
        out.append(f"{tag}: no ports")
    if block.build is Block.build:
        out.append(f"{tag}: no build(ctx)")
    return out


def _params_problems(tag: str, params: Any) -> list[str]:
    if not isinstance(params, type) or not issubclass(params, BaseModel):
        return [f"{tag}: Params is not a pydantic model"]
    if not issubclass(params, BlockParams) or params.model_config.get("extra") != "forbid":
        return [f"{tag}: Params must derive from blocks.base.BlockParams (extra='forbid')"]
    out = []
    for name, field in params.model_fields.items():
        if field.is_required():
            out.append(f"{tag}: Params.{name} has no default")
        if not field.description:
            out.append(f"{tag}: Params.{name} has no description")
    try:
        params()
    except Exception as err:  # defaults that do not validate
        out.append(f"{tag}: Params() with the defaults fails: {err}")
    return out


def _package(ep: Any) -> str:
    dist = getattr(ep, "dist", None)
    name = getattr(dist, "name", None) or getattr(dist, "metadata", {}).get("Name")
    return str(name) if name else ep.value.split(":", 1)[0].split(".", 1)[0]


def _entries(value: Any) -> list[Any]:
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def load_plugins(builtin: Iterable[type[Block]]) -> list[tuple[type[Block], str]]:
    """Every valid plugin block with its package; each bad one is skipped with a warning."""
    taken = {b.type for b in builtin}
    out: list[tuple[type[Block], str]] = []
    try:
        points = sorted(metadata.entry_points(group=GROUP), key=lambda e: (e.name, e.value))
    except Exception as err:  # a broken installation's metadata: no plugins, not a crash
        warnings.warn(f"gancanvas plugins not loaded: {err}", PluginWarning, stacklevel=2)
        return out
    for ep in points:
        package = _package(ep)
        try:
            loaded = ep.load()
        except Exception as err:  # an import error in the plugin: its problem, not ours
            warnings.warn(
                f"gancanvas plugin '{ep.name}' of package '{package}' skipped: "
                f"{ep.value} failed to load ({type(err).__name__}: {err})",
                PluginWarning,
                stacklevel=2,
            )
            continue
        for block in _entries(loaded):
            problems = contract_problems(block, taken)
            if problems:
                warnings.warn(
                    f"gancanvas plugin '{ep.name}' of package '{package}' skipped: "
                    + "; ".join(problems),
                    PluginWarning,
                    stacklevel=2,
                )
                continue
            taken.add(block.type)
            out.append((block, package))
    return out
