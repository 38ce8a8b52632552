"""Runs you can trust, and MLflow through the canvas, in a real Chromium: the start shows what
it is doing, a queued run waits its turn, samples belong to their run, a resumed run's chart
continues, a fresh tab's buttons work, History follows the name, MLflow opens under /mlflow."""

from __future__ import annotations

from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver.common.by import By

from gancanvas.app.server import make_services, register

from .browser import click_css, open_page, type_into, wait, wait_canvas
from .conftest import example, quick

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.nicegui_main_file("")]

PHASES = ("waiting for the runner", "starting the runner", "loading data", "first step")
FIRST_X_JS = """
const el = document.querySelector('[data-chart="losses"]');
const chart = getElement(el.id.slice(1)).chart;
return chart.getOption().series.map(s => s.data.length ? s.data[0][0] : null);
"""


def text(screen: Screen, testid: str) -> str:
    return screen.selenium.find_element(By.CSS_SELECTOR, f'[data-testid="{testid}"]').text


def enabled(screen: Screen, testid: str) -> bool:
    button = screen.selenium.find_element(By.CSS_SELECTOR, f'[data-testid="{testid}"]')
    return button.is_enabled() and "disabled" not in (button.get_attribute("class") or "")


def pick_run(screen: Screen, key: str) -> None:
    click_css(screen, '[data-testid="run-picker"]')
    option = wait(
        lambda: next(
            o
            for o in screen.selenium.find_elements(By.CSS_SELECTOR, ".q-menu .q-item")
            if key in o.text
        ),
        10,
        f"run {key} in the list",
    )
    option.click()


def test_run_phases_queue_samples_resume_fresh_tab_history_mlflow(
    screen: Screen, run_env: Path
) -> None:
    graphs = run_env / "graphs"
    graph = quick(example("grid25_vanilla"), steps=3000)
    services = make_services(graphs, graph, warm=True, max_parallel=1)
    register(services)
    screen.selenium.set_window_size(1920, 1200)
    open_page(screen, "/")
    wait_canvas(screen)

    # Run: until the first step the run view says what is happening (and for how long)
    click_css(screen, '[data-testid="run"]')
    seen = wait(
        lambda: next((p for p in PHASES if p in text(screen, "run-rate")), None), 30, "a phase"
    )
    assert seen
    assert "none yet" in text(screen, "sample-caption")  # no earlier run's grid
    first = services.runs.ordered()[0]

    # a second Run while one goes: it waits in the queue (limit 1), and can be taken off it
    click_css(screen, '[data-testid="run"]')
    wait(lambda: text(screen, "run-status") == "queued", 20, "queued")
    click_css(screen, '[data-testid="stop"]')
    wait(lambda: text(screen, "run-status") == "killed", 20, "taken off the queue")
    pick_run(screen, first.key)
    wait(lambda: "step " in text(screen, "run-rate"), 240, "steps counted")
    wait(lambda: "at step 100" in text(screen, "sample-caption"), 240, "its own sample")

    # stop, resume: the resumed run's chart starts where the history starts, not at the resume
    click_css(screen, '[data-testid="stop"]')
    wait(lambda: text(screen, "run-status") == "killed", 60, "stopped")
    wait(lambda: enabled(screen, "resume"), 10, "Resume offered")
    stopped_at = first.step
    click_css(screen, '[data-testid="resume"]')
    wait(lambda: services.runs.ordered()[0].resumed_from == first.key, 10, "resumed")
    resumed = services.runs.ordered()[0]
    wait(lambda: resumed.step > stopped_at, 240, "resumed steps")
    xs = wait(lambda: screen.selenium.execute_script(FIRST_X_JS), 20, "chart drawn")
    assert min(x for x in xs if x is not None) < stopped_at  # the history is on the chart
    click_css(screen, '[data-testid="stop"]')
    wait(lambda: not resumed.running, 60, "resumed run stopped")

    # a fresh tab follows the newest run: Resume and MLflow work there too
    screen.selenium.switch_to.new_window("tab")
    open_page(screen, "/")
    wait_canvas(screen)
    wait(lambda: text(screen, "run-status") == "killed", 20, "followed in the new tab")
    wait(lambda: enabled(screen, "resume") and enabled(screen, "mlflow"), 20, "buttons on")

    # History follows the graph's name as it is typed
    name = screen.selenium.find_element(By.CSS_SELECTOR, 'input[data-testid="graph-name"]')
    type_into(name, "renamed graph")
    click_css(screen, ".q-tab:nth-child(4)")
    screen.should_contain("MLflow runs of renamed graph")

    # MLflow opens through the canvas (same host), on this run's page
    tabs = set(screen.selenium.window_handles)
    click_css(screen, '[data-testid="mlflow"]')
    new = wait(lambda: set(screen.selenium.window_handles) - tabs, 180, "MLflow tab")
    screen.selenium.switch_to.window(new.pop())
    url = screen.selenium.current_url
    assert url.startswith(screen.url + "/mlflow/#/"), url  # the canvas's address, not 127.0.0.1
    assert resumed.run_id and url.endswith(f"/runs/{resumed.run_id}")
    wait(lambda: resumed.run_id[:8] in screen.selenium.page_source, 120, "the run's page")
