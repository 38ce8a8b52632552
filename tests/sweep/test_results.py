"""The results table: swept values, objective, status; the best marked; failures' reasons."""

from __future__ import annotations

import csv
from pathlib import Path

from gancanvas.sweep.params import parse_params
from gancanvas.sweep.results import Outcome, best, format_text, table, write_results


def _outcomes() -> list[Outcome]:
    return [
        Outcome("v002", {"nodes.o.params.lr": 2e-4}, "FINISHED", "r2", 10, {}, 0.7),
        Outcome("v001", {"nodes.o.params.lr": 1e-4}, "FINISHED", "r1", 10, {}, 0.5),
        Outcome("v003", {"nodes.o.params.lr": 4e-4}, "FAILED", "r3", 4, reason="NaN loss"),
        Outcome("v004", {"nodes.o.params.lr": 8e-4}, "PRUNED", "r4", 2, {}, 0.9),
    ]


def test_best_is_a_finished_variant_in_the_direction() -> None:
    outcomes = _outcomes()
    assert best(outcomes, "maximize").variant == "v002"  # v004 was pruned: not a result
    assert best(outcomes, "minimize").variant == "v001"
    assert best(outcomes, None) is None


def test_table_and_files(tmp_path: Path) -> None:
    params = parse_params(["nodes.o.params.lr=1e-4,2e-4,4e-4,8e-4"], search=False)
    header, rows = table(_outcomes(), params, "metric/modes/hq_fraction", "maximize")
    assert header == ["variant", "o.lr", "modes/hq_fraction", "status", "step", "run_id"]
    assert [r[0] for r in rows] == ["v001", "v002 *", "v003", "v004"]
    assert rows[2][1:4] == ["0.0004", "", "FAILED"]
    text = format_text(header, rows)
    assert text.splitlines()[1].startswith("-------")
    write_results(tmp_path, header, rows, _outcomes())
    saved = list(csv.DictReader((tmp_path / "results.csv").open()))
    assert [(r["variant"], r["best"]) for r in saved][:2] == [("v001", ""), ("v002", "yes")]
    assert saved[2]["reason"] == "NaN loss"
    md = (tmp_path / "results.md").read_text().splitlines()
    assert md[0] == "| variant | o.lr | modes/hq_fraction | status | step | run_id |"
    assert md[3].startswith("| v002 * | 0.0002 | 0.7 | FINISHED |")


def test_without_objective_every_final_metric_is_a_column() -> None:
    params = parse_params(["run.seed=0,1"], search=False)
    outcomes = [
        Outcome(
            "v001", {"run.seed": 0}, "FINISHED", metrics={"metric/m/a": 1.0, "metric/m/b": 2.0}
        ),
        Outcome("v002", {"run.seed": 1}, "INVALID", reason="bad"),
    ]
    header, rows = table(outcomes, params, None, None)
    assert header[2:4] == ["m/a", "m/b"]
    assert rows[1][2:5] == ["", "", "INVALID"]
