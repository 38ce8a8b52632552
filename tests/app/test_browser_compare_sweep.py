"""Compare and sweep in a real Chromium (issue 10, item 5): tick two runs in History and compare
their curves, metrics, samples and settings; type a sweep, preview it, queue it, and watch the
results table until both variants have finished."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from nicegui.testing import Screen
from selenium.webdriver.common.by import By

from gancanvas.app.server import make_services, register
from gancanvas.cli import main
from schemas import load_graph_dict, load_graph_file
from tests.graphs import tiny

from .browser import click_css, click_until, open_page, shot, type_into, wait, wait_canvas

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]

SERIES_JS = """
const el = document.querySelector(arguments[0]);
const chart = getElement(el.id.slice(1)).chart;
return chart.getOption().series.map(s => [s.name, s.data.length]);
"""
SAMPLE_JS = "return [...document.querySelectorAll(arguments[0] + ' img')].map(i => i.naturalWidth)"


def find(screen: Screen, css: str) -> Any:
    return screen.selenium.find_element(By.CSS_SELECTOR, css)


def text(screen: Screen, css: str) -> str:
    return str(find(screen, css).text)


def graph(name: str, seed: int) -> dict[str, Any]:
    g = tiny(steps=4, batch=16)
    g["name"], g["run"]["seed"] = name, seed
    return g


def run_ids(uri: str, experiment: str) -> list[str]:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    exp = client.get_experiment_by_name(experiment)
    assert exp is not None
    runs = client.search_runs([exp.experiment_id], order_by=["attributes.start_time ASC"])
    return [r.info.run_id for r in runs]


def test_compare_two_runs_then_sweep_from_the_canvas(
    screen: Screen, run_env: Path, mlflow_uri: str
) -> None:
    name = f"cs-{uuid.uuid4().hex[:6]}"
    for seed in (1, 2):  # two short runs, as a headless user makes them
        path = run_env / f"seed{seed}.json"
        path.write_text(json.dumps(graph(name, seed)))
        assert main(["run", str(path), "--tracking-uri", mlflow_uri, "--quiet"]) == 0
    a, b = run_ids(mlflow_uri, name)
    graphs = run_env / "graphs"
    register(make_services(graphs, load_graph_dict(graph(name, 0))))
    screen.selenium.set_window_size(1600, 1100)
    open_page(screen, "/")
    wait_canvas(screen)

    # History: tick both runs, Compare
    click_css(screen, ".q-tab:nth-child(4)")
    for run_id in (a, b):
        box = f'[data-compare="{run_id}"]'
        click_until(
            screen, box, lambda c=box: find(screen, c).get_attribute("aria-checked") == "true", 20
        )
    click_css(screen, '[data-testid="compare-runs"]')
    wait(lambda: "Compare 2 runs" in text(screen, ".q-dialog"), 30, "the Compare dialog")
    chart = '[data-compare-chart="loss/Dmain/loss"]'
    series = wait(lambda: screen.selenium.execute_script(SERIES_JS, chart), 20, "the curves")
    assert [s[0] for s in series] == [f"{name} ({a[:8]})", f"{name} ({b[:8]})"]
    assert all(n >= 2 for _, n in series)  # a curve each, overlaid in one chart
    metrics = text(screen, '[data-testid="compare-metrics"]')
    assert "metric/modes/hq_fraction" in metrics and "loss/Gmain/loss" in metrics
    settings = text(screen, '[data-testid="compare-settings"]')
    assert "run.seed" in settings and "nodes.optD" not in settings
    for run_id in (a, b):  # each run's latest sample grid, loaded
        css = f'[data-compare-sample="{run_id}"]'
        assert wait(lambda c=css: (screen.selenium.execute_script(SAMPLE_JS, c) or [0])[0] > 0, 20)
    assert text(screen, ".q-dialog").count("samples/0000004.png") == 2
    shot(screen, "compare-runs")
    click_css(screen, '[data-testid="compare-close"]')
    wait(lambda: not screen.selenium.find_elements(By.CSS_SELECTOR, ".q-dialog"), 10, "closed")

    # Sweep: a bad entry is refused inline, a good one previews two valid variants
    click_css(screen, '[data-testid="sweep"]')
    entry = wait(lambda: find(screen, 'textarea[data-testid="sweep-params"]'), 20, "the entry")
    type_into(entry, "nodes.optD.params.lr")
    click_css(screen, '[data-testid="sweep-preview"]')
    wait(lambda: "--param nodes.optD.params.lr" in text(screen, ".q-field__messages"), 20)
    assert not find(screen, '[data-testid="sweep-queue"]').is_enabled()
    type_into(entry, "run.batch_size=0,16")  # parses, but one variant is not a valid graph
    click_css(screen, '[data-testid="sweep-preview"]')
    wait(lambda: "2 variants, 1 invalid" in text(screen, '[data-testid="sweep-variants"]'), 20)
    assert "run.batch_size" in text(screen, "[data-variant=v001][data-valid=false]")
    assert text(screen, "[data-variant=v002][data-valid=true]") == "valid"
    assert not find(screen, '[data-testid="sweep-queue"]').is_enabled()
    type_into(entry, "nodes.optD.params.lr=1e-4,3e-4")
    click_css(screen, '[data-testid="sweep-preview"]')
    wait(lambda: len(screen.selenium.find_elements(By.CSS_SELECTOR, "[data-valid=true]")) == 2, 20)
    variants = text(screen, '[data-testid="sweep-variants"]')
    assert "2 variants, all valid" in variants
    assert "v001" in variants and "nodes.optD.params.lr=0.0001" in variants
    assert "v002" in variants and "nodes.optD.params.lr=0.0003" in variants
    assert not list(graphs.glob("sweeps/*/v*.json"))  # nothing written before Queue
    shot(screen, "sweep-preview")

    # Queue: the results table fills in as the variants finish
    click_css(screen, '[data-testid="sweep-queue"]')
    results = '[data-testid="sweep-results"]'
    wait(lambda: text(screen, results).count("FINISHED") == 2, 120, "both variants finished")
    wait(lambda: "Sweep finished" in text(screen, '[data-testid="sweep-status"]'), 30, "the end")
    assert "gancanvas run " in text(screen, '[data-testid="sweep-status"]')
    table = text(screen, results)
    assert "optD.lr" in table and "modes/hq_fraction" in table
    # sortable: the second click on a column sorts it descending
    header = find(screen, f'{results} th[class*="sortable"]:nth-child(2)')
    header.click()
    header.click()
    first_row = f"{results} tbody tr:first-child"
    wait(lambda: text(screen, first_row).startswith("v002"), 10, "sorted descending")
    shot(screen, "sweep-results")
    files = sorted(graphs.glob("sweeps/*/v*.json"))
    assert [f.name for f in files] == ["v001.json", "v002.json"]
    optimizer = next(n for n in load_graph_file(str(files[1])).nodes if n.id == "optD")
    assert optimizer.params["lr"] == 0.0003  # plain graph files, with the swept value set
