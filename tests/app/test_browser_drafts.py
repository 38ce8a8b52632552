"""Never lose work, in a real Chromium: a reload brings the tab's draft back, leaving with
unsaved changes asks first, and a save (Run's too) never silently replaces another graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver import ActionChains
from selenium.webdriver.common.by import By

from gancanvas.app.files import sanitize_name
from gancanvas.app.server import make_services, register

from .browser import (
    click_css,
    drag_block,
    nodes_on_canvas,
    open_page,
    type_into,
    wait,
    wait_canvas,
)
from .conftest import example, quick

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]


def open_app(screen: Screen, graphs: Path, graph=None) -> None:
    register(make_services(graphs, graph))
    screen.selenium.set_window_size(1920, 1200)
    open_page(screen, "/")
    wait_canvas(screen)


def dirty(screen: Screen) -> bool:
    return bool(screen.selenium.execute_script("return window.__gancanvasDirty"))


LEAVING_JS = """
const e = new Event('beforeunload', {cancelable: true});
window.dispatchEvent(e);
return e.defaultPrevented;
"""


def asks_before_leaving(screen: Screen) -> bool:
    """Whether leaving now makes the browser ask "Leave site?" (the page cancels the unload)."""
    return bool(screen.selenium.execute_script(LEAVING_JS))


def reload(screen: Screen) -> None:
    """Press F5 as a person would (chromedriver answers a "Leave site?" question "Leave")."""
    driver = screen.selenium
    driver.execute_script("window.__gancanvasOld = 1; setTimeout(() => location.reload(), 0)")
    wait(lambda: driver.execute_script("return window.__gancanvasOld") is None, 10, "reloaded")
    wait_canvas(screen)


def test_reload_brings_the_draft_back_and_warns_first(screen: Screen, run_env: Path) -> None:
    graphs = run_env / "graphs"
    open_app(screen, graphs)
    assert nodes_on_canvas(screen) == []
    canvas = screen.selenium.find_element(By.CSS_SELECTOR, ".gc-canvas")
    ActionChains(screen.selenium).move_to_element(canvas).click().perform()  # a user gesture
    drag_block(screen, "data.gaussian_grid", 200, 200)
    drag_block(screen, "latent.normal", 200, 400)
    name = screen.selenium.find_element(By.CSS_SELECTOR, 'input[data-testid="graph-name"]')
    type_into(name, "my draft")
    wait(lambda: dirty(screen), 10, "unsaved changes noticed")
    drafts = graphs / ".drafts"
    wait(lambda: "my draft" in "".join(p.read_text() for p in drafts.glob("*.json")), 10, "kept")

    assert asks_before_leaving(screen)
    reload(screen)
    wait(lambda: nodes_on_canvas(screen) == ["data", "z"], 20, "the draft's blocks back")
    name = screen.selenium.find_element(By.CSS_SELECTOR, 'input[data-testid="graph-name"]')
    wait(lambda: name.get_attribute("value") == "my draft", 10, "the draft's name back")
    screen.should_contain("Restored this tab's draft")
    assert dirty(screen)  # still unsaved after the restore

    # saved: leaving no longer asks, and the saved graph is what comes back
    click_css(screen, '[data-testid="save"]')
    wait(lambda: list(graphs.glob("my*draft.json")), 10, "saved")
    wait(lambda: not dirty(screen), 10, "clean after saving")
    assert not asks_before_leaving(screen)
    reload(screen)
    wait(lambda: nodes_on_canvas(screen) == ["data", "z"], 20, "the saved blocks back")
    assert not dirty(screen)

    # a new tab starts afresh; File → Recover a draft… opens the first tab's work there
    screen.selenium.switch_to.new_window("tab")
    open_page(screen, "/")
    wait_canvas(screen)
    assert nodes_on_canvas(screen) == []
    click_css(screen, '[data-testid="menu-file"]')
    screen.click("Recover a draft…")
    screen.should_contain("my draft · 2 blocks")
    click_css(screen, "[data-draft]")
    wait(lambda: nodes_on_canvas(screen) == ["data", "z"], 20, "the other tab's draft here")


def test_run_asks_before_replacing_another_graph(screen: Screen, run_env: Path) -> None:
    graphs = run_env / "graphs"
    graphs.mkdir()
    graph = quick(example("grid25_vanilla"), steps=20)
    other = graph.model_copy(update={"description": "somebody else's graph"})
    stem = sanitize_name(graph.name)
    taken = graphs / f"{stem}.json"
    taken.write_text(other.model_dump_json(indent=2), encoding="utf-8")
    before = taken.read_text(encoding="utf-8")
    open_app(screen, graphs, graph)

    click_css(screen, '[data-testid="run"]')
    screen.should_contain(f"{stem}.json already holds a different graph")
    click_css(screen, '[data-testid="save-version"]')
    version = graphs / f"{stem}-2.json"
    wait(version.is_file, 10, "a new version saved")
    screen.should_contain("started")
    assert taken.read_text(encoding="utf-8") == before  # the other graph is untouched
    saved = json.loads(version.read_text(encoding="utf-8"))
    assert saved["description"] == graph.description
