"""The canvas in a real headless Chromium, used as a new user would use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver import ActionChains, Keys
from selenium.webdriver.common.by import By

from gancanvas.app.page import CanvasPage
from gancanvas.app.server import make_services, register
from schemas import load_graph_file

from .browser import (
    click_css,
    click_until,
    connect,
    drag_block,
    nodes_on_canvas,
    open_page,
    shot,
    type_into,
    wait,
    wait_canvas,
)
from .conftest import example

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]

BLOCKS = [  # grid25 vanilla, dropped where a person would put them
    ("data.gaussian_grid", 40, 40),
    ("latent.normal", 40, 300),
    ("generator.mlp", 320, 300),
    ("discriminator.mlp", 600, 60),
    ("loss.non_saturating", 900, 40),
    ("optimizer.adam", 600, 420),
    ("optimizer.adam", 900, 230),
]
EDGES = [
    ("z.z", "G.z"),
    ("data.real", "D.real"),
    ("G.fake", "D.fake"),
    ("D.critic", "loss.critic"),
    ("G.net", "opt.net"),
    ("D.critic", "opt2.net"),
]


def the_page() -> CanvasPage:
    """The page of the most recently connected browser tab."""
    return CanvasPage.latest()


def open_app(screen: Screen, graphs: Path, graph=None) -> None:
    register(make_services(graphs, graph))
    screen.selenium.set_window_size(1920, 1200)
    open_page(screen, "/")
    wait_canvas(screen)


def set_field(screen: Screen, scope: str, name: str, value: str) -> None:
    field = screen.selenium.find_element(By.CSS_SELECTOR, f'{scope} input[data-param="{name}"]')
    type_into(field, value)


def test_build_refuse_fix_save_reload_run_stop(screen: Screen, run_env: Path) -> None:
    graphs = run_env / "graphs"
    open_app(screen, graphs)
    assert nodes_on_canvas(screen) == []
    screen.should_contain("Drag blocks here")

    # palette search, then build grid25 vanilla by dragging blocks
    search = screen.selenium.find_element(By.CSS_SELECTOR, 'input[data-testid="palette-search"]')
    search.send_keys("Goodfellow")
    screen.wait(0.5)
    search.clear()
    for tag, x, y in BLOCKS:
        drag_block(screen, tag, x, y)
    assert nodes_on_canvas(screen) == ["data", "z", "G", "D", "loss", "opt", "opt2"]
    page = the_page()
    for source, target in EDGES:
        connect(screen, source, target)
        wait(
            lambda s=source, t=target: {"from": s, "to": t} in page.editor.graph["edges"],
            20,
            f"edge {source} → {target}",
        )
    wait(
        lambda: (
            len(screen.selenium.find_elements(By.CSS_SELECTOR, ".vue-flow__edge")) == len(EDGES)
        ),
        20,  # the waits return as soon as it holds; the margin is for a busy 2-core machine
        "edges drawn",
    )
    screen.should_contain("✓ valid")
    shot(screen, "canvas-built")

    # an incompatible connection is refused on the spot, with the reason
    connect(screen, "z.z", "D.t")
    screen.should_contain("Refused z.z → D.t")
    screen.should_contain("Timestep")
    assert len(page.editor.graph["edges"]) == len(EDGES)
    shot(screen, "connection-refused")

    # select D's optimizer, type a bad learning rate, see the inline error, fix it
    click_css(screen, '.vue-flow__node[data-id="opt2"] .gc-node-header')
    wait(lambda: page.inspector.node_id == "opt2", 20, "inspector on opt2")
    set_field(screen, ".q-drawer--right", "lr", "-1")
    screen.should_contain("greater than 0")
    wait(
        lambda: screen.selenium.find_elements(
            By.CSS_SELECTOR, '.vue-flow__node[data-id="opt2"] .gc-node.gc-invalid'
        ),
        20,
        "marked node",
    )
    assert any(i.path == "nodes.opt2.params.lr" for i in page.editor.issues)
    shot(screen, "inspector-error")
    set_field(screen, ".q-drawer--right", "lr", "0.0002")
    screen.should_contain("✓ valid")
    assert page.editor.node("opt2")["params"]["lr"] == 0.0002

    # name it and save into the graphs folder; reload the file: the same parsed graph
    name = screen.selenium.find_element(By.CSS_SELECTOR, 'input[data-testid="graph-name"]')
    type_into(name, "my vanilla")
    screen.click("save")
    saved = graphs / "my_vanilla.json"
    wait(saved.is_file, 20, "saved file")
    in_editor = page.editor.to_graph()
    assert load_graph_file(saved) == in_editor
    screen.selenium.refresh()
    wait_canvas(screen)
    page = the_page()
    wait(lambda: len(nodes_on_canvas(screen)) == 7, 20, "the tab's draft back after F5")
    screen.click("folder_open")
    screen.click("Open from graphs folder…")
    click_until(
        screen,
        '[data-saved="my_vanilla"]',
        lambda: not screen.selenium.find_elements(By.CSS_SELECTOR, '[data-saved="my_vanilla"]'),
    )
    wait(lambda: page.file == saved, 10, "opened from the graphs folder")
    assert page.editor.to_graph() == in_editor

    # run 200 steps on CPU: charts and the sample plot update; then a long run, stopped
    screen.click("Graph")
    for field, value in (
        ("steps", "200"),
        ("batch_size", "64"),
        ("log_every", "20"),
        ("sample_every", "50"),
        ("checkpoint_every", "100"),
    ):
        set_field(screen, ".q-drawer--right", field, value)
    wait(lambda: page.editor.graph["run"].get("sample_every") == 50, 20, "run settings")
    screen.click("Run")
    wait(lambda: page.run_view.run is not None, 10, "run started")
    run = page.run_view.run
    series = (
        "return getElement(document.querySelector('[data-chart=losses]').id.slice(1))"
        ".chart.getOption().series.map(s => s.data.length)"
    )
    wait(lambda: sum(screen.selenium.execute_script(series)) > 0, 120, "loss chart")
    # every log window of the run reaches the chart: 200 steps / log_every 20 = 10 points a
    # series (a fast machine may finish the run before a second look, so count, don't race)
    wait(lambda: min(screen.selenium.execute_script(series)) >= 10, 120, "loss chart update")
    img = '[data-testid="sample-image"] img'
    wait(
        lambda: (
            "data:image/png"
            in (screen.selenium.find_element(By.CSS_SELECTOR, img).get_attribute("src") or "")
        ),
        120,
        "sample plot",
    )
    wait(lambda: run.status == "FINISHED", 180, "200 steps")
    assert run.step == 200
    shot(screen, "run-finished")

    set_field(screen, ".q-drawer--right", "steps", "100000")
    wait(lambda: page.editor.graph["run"]["steps"] == 100000, 20, "steps")
    screen.click("Run")
    wait(lambda: page.run_view.run is not run and page.run_view.run.series, 120, "second run")
    second = page.run_view.run
    assert run.series is not second.series and run.status == "FINISHED"  # views do not mix
    screen.click("Stop")
    wait(lambda: second.status == "KILLED", 60, "stopped with a checkpoint")
    assert second.checkpoint
    screen.should_contain("killed")


def test_open_example_and_invalid_file_keeps_graph(screen: Screen, run_env: Path) -> None:
    open_app(screen, run_env / "graphs", example("grid25_diffusion"))
    assert len(nodes_on_canvas(screen)) == 10
    shot(screen, "canvas-diffusion")
    page = the_page()
    before = page.editor.to_json()
    drop = """
    const dt = new DataTransfer();
    dt.items.add(new File(['{"nodes": 3'], 'broken.json', {type: 'application/json'}));
    const c = document.querySelector('.gc-canvas'); const r = c.getBoundingClientRect();
    c.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true,
                                            clientX: r.left + 50, clientY: r.top + 50}));
    """
    screen.selenium.execute_script(drop)
    screen.should_contain("Not a valid graph file")
    assert page.editor.to_json() == before
    click_css(screen, '[data-testid="menu-file"]')
    screen.click("Examples…")
    click_until(
        screen, '[data-example="grid25_wgan_gp"]', lambda: page.editor.name == "grid25-wgan-gp"
    )
    screen.click("account_tree")  # dagre auto-layout, positions saved into the graph's layout
    wait(
        lambda: (
            page.editor.can_undo()
            and page.editor.graph["layout"] != example("grid25_wgan_gp").layout
        ),
        20,
        "auto-layout",
    )
    shot(screen, "examples-autolayout")

    # keyboard: Delete removes the selected block, Ctrl+Z brings it back, Ctrl+Y redoes
    click_css(screen, '.vue-flow__node[data-id="modes"] .gc-node-header')
    wait(lambda: page.selection["nodes"] == ["modes"], 20, "modes selected")
    actions = ActionChains(screen.selenium)
    actions.send_keys(Keys.DELETE).perform()
    wait(lambda: "modes" not in nodes_on_canvas(screen), 20, "deleted with Del")
    actions.key_down(Keys.CONTROL).send_keys("z").key_up(Keys.CONTROL).perform()
    wait(lambda: "modes" in nodes_on_canvas(screen), 20, "back with Ctrl+Z")
    actions.key_down(Keys.CONTROL).send_keys("y").key_up(Keys.CONTROL).perform()
    wait(lambda: "modes" not in nodes_on_canvas(screen), 20, "gone again with Ctrl+Y")
