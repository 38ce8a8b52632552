"""The sweep's results: one row per variant, printed as a table, written as CSV and Markdown."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gancanvas.sweep.params import SweepParam, format_value


@dataclass
class Outcome:
    """How one variant ended: FINISHED | FAILED | KILLED | PRUNED | INVALID."""

    variant: str
    values: dict[str, Any]
    status: str
    run_id: str | None = None
    step: int = 0
    #: the final evaluation (``metric/<node>/<value>``), else the last losses
    metrics: dict[str, float] = field(default_factory=dict)
    objective: float | None = None
    reason: str | None = None


def short(key: str) -> str:
    """``metric/modes/hq_fraction`` → ``modes/hq_fraction`` (as --objective names it)."""
    return key.removeprefix("metric/")


def best(outcomes: list[Outcome], direction: str | None) -> Outcome | None:
    """The finished variant with the best objective (None without an objective)."""
    done = [o for o in outcomes if o.status == "FINISHED" and o.objective is not None]
    if not done or direction is None:
        return None
    pick = min if direction == "minimize" else max
    return pick(done, key=lambda o: o.objective if o.objective is not None else math.nan)


def shown(value: Any) -> str:
    """A swept value in the table: floats to 4 significant digits (MLflow keeps them whole)."""
    if isinstance(value, float):
        return f"{value:.4g}"
    return format_value(value)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.6g}"


def table(
    outcomes: list[Outcome],
    params: list[SweepParam],
    objective: str | None,
    direction: str | None,
) -> tuple[list[str], list[list[str]]]:
    """Header and rows: variant, swept values, objective (or every final metric), status, run."""
    metric_keys = [] if objective else sorted({k for o in outcomes for k in o.metrics})
    header = ["variant", *(p.label for p in params)]
    header += [short(objective)] if objective else [short(k) for k in metric_keys]
    header += ["status", "step", "run_id"]
    top = best(outcomes, direction)
    rows = []
    for o in sorted(outcomes, key=lambda o: o.variant):
        row = [o.variant + (" *" if o is top else "")]
        row += [shown(o.values[p.key]) if p.key in o.values else "" for p in params]
        if objective:
            row.append(_number(o.objective))
        else:
            row += [_number(o.metrics.get(k)) for k in metric_keys]
        row += [o.status, str(o.step), o.run_id or ""]
        rows.append(row)
    return header, rows


def format_text(header: list[str], rows: list[list[str]]) -> str:
    """Columns aligned for a terminal."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_markdown(header: list[str], rows: list[list[str]]) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *map(line, rows)]) + "\n"


def write_results(
    folder: Path, header: list[str], rows: list[list[str]], outcomes: list[Outcome]
) -> list[Path]:
    """``results.csv`` (with the best variant and each failure's reason) and ``results.md``.

    The best variant (by the objective) is marked `` *`` in the table."""
    csv_path, md_path = folder / "results.csv", folder / "results.md"
    reasons = {o.variant: o.reason or "" for o in outcomes}
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([*header, "best", "reason"])
        for row in rows:  # the table's " *" mark becomes its own column
            name = row[0].removesuffix(" *")
            writer.writerow([name, *row[1:], "yes" if name != row[0] else "", reasons[name]])
    md_path.write_text(format_markdown(header, rows), encoding="utf-8")
    return [csv_path, md_path]
