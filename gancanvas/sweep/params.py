"""``--param`` specs of a sweep: a grid list or an Optuna search range for one graph value.

    nodes.optD.params.lr=1e-4,2e-4,4e-4     a list (grid: one axis of the product)
    nodes.optD.params.lr=log:1e-5:1e-3      a log-uniform float range (Optuna)
    nodes.D.params.hidden=cat:[64],[64,64]  a categorical choice (Optuna; a list under a grid)
    run.batch_size=int:32:256               an integer range;  x=float:0.1:0.9  a float range

Keys are ``--set`` paths (nodes by id); each value is parsed as ``--set`` parses it (JSON, else
the plain text). Commas inside ``[...]``, ``{...}`` or a quoted string do not split a list; a
string value that starts with ``log:``, ``int:``, ``float:`` or ``cat:`` is written quoted.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

from schemas.overrides import OverrideError, parse_value, split_assignment

RANGE_KINDS = ("log", "float", "int")
DIRECTIONS = ("minimize", "maximize")
SAMPLERS = ("tpe", "random")
#: a grid larger than this is refused (a typo in a list, not an experiment)
MAX_GRID = 10_000
#: list entries of one --param
MAX_VALUES = 1_000

ParamKind = Literal["list", "cat", "log", "float", "int"]


class ParamError(ValueError):
    """A --param that cannot be parsed or does not fit the sweep kind (one located line)."""


@dataclass(frozen=True)
class SweepParam:
    """One swept value: its graph path and its list of values or its range."""

    key: str
    kind: ParamKind
    text: str
    values: tuple[Any, ...] = field(default=())
    low: float = 0.0
    high: float = 0.0

    @property
    def label(self) -> str:
        """The key as MLflow's flattened params name it: ``nodes.optD.params.lr`` → ``optD.lr``."""
        parts = self.key.split(".")
        if len(parts) >= 3 and parts[0] == "nodes":
            rest = parts[2:]
            return ".".join([parts[1], *(rest[1:] if rest[0] == "params" else rest)])
        return self.key

    @property
    def is_range(self) -> bool:
        return self.kind in RANGE_KINDS

    def corners(self) -> list[Any]:
        """The values that bound what a search may try: both ends of a range, every choice."""
        if self.kind == "int":
            return [int(self.low), int(self.high)]
        if self.is_range:
            return [self.low, self.high]
        return list(self.values)


def _where(item: str) -> str:
    return f"--param {item[:120]}"


def split_top_level(text: str, item: str) -> list[str]:
    """``1,[2,3],"a,b"`` → ``['1', '[2,3]', '"a,b"']``: commas inside brackets or strings stay."""
    parts, depth, start, in_string, escaped = [], 0, 0, False, False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth < 0:
                raise ParamError(f"{_where(item)}: '{ch}' without its opening bracket")
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if in_string:
        raise ParamError(f"{_where(item)}: a string is not closed (missing '\"')")
    if depth > 0:
        raise ParamError(f"{_where(item)}: a bracket is not closed")
    parts.append(text[start:])
    return parts


def _parse(text: str, key: str, item: str) -> Any:
    """One value as --set reads it; a refusal names the whole --param."""
    try:
        return parse_value(text, key, option="--param")
    except OverrideError as err:
        raise ParamError(f"{_where(item)}: {str(err).partition(': ')[2]}") from None


def _values(text: str, key: str, item: str) -> tuple[Any, ...]:
    pieces = split_top_level(text, item)
    if len(pieces) > MAX_VALUES:
        raise ParamError(f"{_where(item)}: {len(pieces)} values, at most {MAX_VALUES}")
    out: list[Any] = []
    seen: set[str] = set()
    for n, piece in enumerate(pieces, 1):
        if not piece.strip():
            raise ParamError(f"{_where(item)}: value {n} is empty")
        value = _parse(piece.strip(), key, item)
        canon = json.dumps(value, sort_keys=True)
        if canon in seen:
            raise ParamError(f"{_where(item)}: value {piece.strip()} is given twice")
        seen.add(canon)
        out.append(value)
    return tuple(out)


def _number(text: str, key: str, item: str, integer: bool) -> float:
    value = _parse(text.strip(), key, item)
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok:
        want = "an integer" if integer else "a number"
        raise ParamError(f"{_where(item)}: bound {text.strip()!r} is not {want}")
    return value


def parse_param(item: str) -> SweepParam:
    """One ``--param KEY=SPEC`` (see the module docstring)."""
    try:
        key, spec = split_assignment(item, option="--param")
    except OverrideError as err:
        raise ParamError(str(err)) from None
    if not all(key.split(".")):
        raise ParamError(f"{_where(item)}: '{key}' is not a dotted path such as run.batch_size")
    head, colon, rest = spec.partition(":")
    if colon and head in ("cat", *RANGE_KINDS):
        if head == "cat":
            values = _values(rest, key, item)
            if len(values) < 2:
                raise ParamError(f"{_where(item)}: cat: needs at least two choices")
            return SweepParam(key, "cat", item, values=values)
        bounds = rest.split(":")
        if len(bounds) != 2:
            raise ParamError(f"{_where(item)}: expected {head}:LOW:HIGH")
        low, high = (_number(b, key, item, integer=head == "int") for b in bounds)
        if not low < high:
            raise ParamError(f"{_where(item)}: LOW must be below HIGH (got {low} and {high})")
        if head == "log" and low <= 0:
            raise ParamError(f"{_where(item)}: a log range needs LOW > 0 (got {low})")
        return SweepParam(key, head, item, low=low, high=high)  # type: ignore[arg-type]
    return SweepParam(key, "list", item, values=_values(spec, key, item))


def parse_params(items: list[str], search: bool) -> list[SweepParam]:
    """Every ``--param``: keys unique; a grid takes lists only, a search lists and ranges."""
    if not items:
        raise ParamError("--param: give at least one, e.g. --param nodes.optD.params.lr=1e-4,2e-4")
    params = [parse_param(i) for i in items]
    seen: set[str] = set()
    for p in params:
        if p.key in seen:
            raise ParamError(f"{_where(p.text)}: '{p.key}' is swept twice")
        seen.add(p.key)
        if p.is_range and not search:
            raise ParamError(
                f"{_where(p.text)}: a {p.kind}: range needs --optuna N "
                "(a grid takes a comma list: a,b,c)"
            )
    if not search:
        size = math.prod(len(p.values) for p in params)
        if size > MAX_GRID:
            raise ParamError(f"--param: the grid has {size} variants, at most {MAX_GRID}")
    elif not any(p.is_range or len(p.values) > 1 for p in params):
        raise ParamError("--param: nothing to search (give a range or a list of two or more)")
    return params


def grid(params: list[SweepParam]) -> list[dict[str, Any]]:
    """Every combination, the first --param varying slowest."""
    keys = [p.key for p in params]
    return [
        dict(zip(keys, combo, strict=True))
        for combo in itertools.product(*(p.values for p in params))
    ]


def format_value(value: Any) -> str:
    """A swept value as the table and MLflow show it: ``0.0002``, ``[64, 64]``, ``adam``."""
    return value if isinstance(value, str) else json.dumps(value)


def describe(values: dict[str, Any]) -> str:
    """``nodes.optD.params.lr=0.0002 run.batch_size=64`` (the --param keys)."""
    return " ".join(f"{k}={format_value(v)}" for k, v in values.items())
