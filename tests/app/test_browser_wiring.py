"""Guided wiring in a real Chromium: what a user sees while dragging wires and adding blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver import ActionChains, Keys
from selenium.webdriver.common.by import By

from gancanvas.app.server import make_services, register
from schemas import Graph

from .browser import DRAG_JS, handle, nodes_on_canvas, open_page, shot, wait, wait_canvas
from .test_browser import the_page

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]

# z, G and D unwired, data wired to D.real; `far` stretches the view so there is empty canvas
GRAPH = {
    "name": "wiring",
    "nodes": [
        {"id": "data", "type": "data.gaussian_grid"},
        {"id": "z", "type": "latent.normal"},
        {"id": "G", "type": "generator.mlp"},
        {"id": "D", "type": "discriminator.mlp"},
        {"id": "far", "type": "loss.hinge"},
    ],
    "edges": [{"from": "data.real", "to": "D.real"}],
    "layout": {
        "data": [0, 0],
        "z": [0, 300],
        "G": [300, 300],
        "D": [800, 0],
        "far": [0, 900],
    },
}


def open_graph(screen: Screen, tmp_path: Path, graph: dict | None = None) -> None:
    register(make_services(tmp_path / "graphs", Graph.model_validate(graph or GRAPH)))
    screen.selenium.set_window_size(1920, 1200)
    open_page(screen, "/")
    wait_canvas(screen)


def press(screen: Screen, port: str, kind: str = "source") -> None:
    """Press the mouse on a port (the drag goes on with the next actions)."""
    chain = ActionChains(screen.selenium).move_to_element(handle(screen, port, kind))
    chain.click_and_hold().perform()


def handle_classes(screen: Screen, port: str, kind: str) -> str:
    return str(handle(screen, port, kind).get_attribute("class"))


def empty_spot(screen: Screen) -> tuple[int, int]:
    """Offsets from the canvas centre of a point below G where nothing is drawn."""
    script = """
    const c = document.querySelector('.gc-canvas').getBoundingClientRect();
    const g = document.querySelector('.vue-flow__node[data-id="G"]').getBoundingClientRect();
    const x = g.left + g.width / 2, y = g.bottom + 90;
    const el = document.elementFromPoint(x, y);
    const free = !!el && !!el.closest('.vue-flow__pane') && !el.closest('.vue-flow__node');
    return [Math.round(x - (c.left + c.width / 2)), Math.round(y - (c.top + c.height / 2)), free];
    """
    dx, dy, free = screen.selenium.execute_script(script)
    assert free, "the test's empty spot is covered"
    return dx, dy


def canvas(screen: Screen):
    return screen.selenium.find_element(By.CSS_SELECTOR, ".gc-canvas")


def quick_items(screen: Screen) -> list[str]:
    return screen.selenium.execute_script(
        "return [...document.querySelectorAll('[data-quick-block]')].map(e => e.dataset.quickBlock)"
    )


def test_drag_marks_fitting_ports_and_refuses_the_rest(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path)
    page = the_page()
    driver = screen.selenium
    # press on G.fake and move towards D: the ports that take Samples light up, the rest fade
    ActionChains(driver).move_to_element(
        handle(screen, "G.fake", "source")
    ).click_and_hold().perform()
    ActionChains(driver).move_by_offset(30, 10).perform()
    wait(lambda: "gc-fit" in handle_classes(screen, "D.fake", "target"), 10, "D.fake marked fit")
    assert "gc-unfit" in handle_classes(screen, "D.t", "target")  # takes Timestep
    assert "gc-unfit" in handle_classes(screen, "D.real", "target")  # already wired
    assert "gc-unfit" in handle_classes(screen, "G.z", "target")  # its own block
    # over D.t the tip says why; releasing there makes no wire and says so again
    ActionChains(driver).move_to_element(handle(screen, "D.t", "target")).pause(0.2).perform()
    tip = wait(lambda: driver.find_element(By.CSS_SELECTOR, ".gc-wire-tip").text, 10, "tip")
    assert "D.t takes Timestep, not Samples" in tip
    shot(screen, "wiring-guided")
    ActionChains(driver).release().perform()
    screen.should_contain("Refused G.fake → D.t: D.t takes Timestep, not Samples")
    assert page.editor.graph["edges"] == GRAPH["edges"]
    assert not driver.find_elements(By.CSS_SELECTOR, ".gc-unfit")  # marks cleared
    # input → input: a plain message, not "has no output"
    ActionChains(driver).move_to_element(handle(screen, "G.z", "target")).click_and_hold().perform()
    ActionChains(driver).move_by_offset(-30, 10).perform()
    target = handle(screen, "D.fake", "target")
    ActionChains(driver).move_to_element(target).pause(0.2).release().perform()
    screen.should_contain("G.z and D.fake are both inputs")
    screen.should_not_contain("has no output")
    # and a fitting port takes the wire
    ActionChains(driver).move_to_element(
        handle(screen, "G.fake", "source")
    ).click_and_hold().perform()
    ActionChains(driver).move_by_offset(30, 10).move_to_element(
        handle(screen, "D.fake", "target")
    ).pause(0.2).release().perform()
    wait(lambda: {"from": "G.fake", "to": "D.fake"} in page.editor.graph["edges"], 20, "wire")


def test_double_click_and_slash_open_a_block_search(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path)
    driver = screen.selenium
    dx, dy = empty_spot(screen)
    ActionChains(driver).move_to_element_with_offset(
        canvas(screen), dx, dy
    ).double_click().perform()
    box = wait(lambda: driver.find_element(By.CSS_SELECTOR, "[data-testid=quick-add-input]"))
    assert driver.switch_to.active_element == box  # typing goes straight into the search
    box.send_keys("adam")
    wait(lambda: quick_items(screen) == ["optimizer.adam"], 10, "search narrowed to Adam")
    box.send_keys(Keys.ENTER)
    wait(lambda: "opt" in nodes_on_canvas(screen), 20, "Adam added")
    assert not driver.find_elements(By.CSS_SELECTOR, ".gc-quick")
    # where the user double-clicked (within a node's width)
    spot = driver.execute_script(
        "const r = document.querySelector('.vue-flow__node[data-id=\"opt\"]')"
        ".getBoundingClientRect(); const c = document.querySelector('.gc-canvas')"
        ".getBoundingClientRect();"
        "return [r.left - c.left - c.width / 2, r.top - c.top - c.height / 2]"
    )
    assert abs(spot[0] - dx) < 30 and abs(spot[1] - dy) < 30
    # "/" with the pointer on the canvas opens it too; Escape closes it without adding
    ActionChains(driver).move_to_element_with_offset(canvas(screen), dx + 200, dy).perform()
    canvas(screen).click()
    ActionChains(driver).send_keys("/").perform()
    box = wait(lambda: driver.find_element(By.CSS_SELECTOR, "[data-testid=quick-add-input]"))
    assert len(quick_items(screen)) > 10  # unfiltered: every kind of block
    box.send_keys(Keys.ESCAPE)
    wait(lambda: not driver.find_elements(By.CSS_SELECTOR, ".gc-quick"), 10, "search closed")
    assert len(nodes_on_canvas(screen)) == 6


def test_wire_dropped_on_empty_canvas_adds_a_fitting_block(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path)
    page = the_page()
    driver = screen.selenium
    dx, dy = empty_spot(screen)
    ActionChains(driver).move_to_element(
        handle(screen, "G.net", "source")
    ).click_and_hold().perform()
    ActionChains(driver).move_by_offset(20, 20).move_to_element_with_offset(
        canvas(screen), dx, dy
    ).pause(0.2).release().perform()
    box = wait(lambda: driver.find_element(By.CSS_SELECTOR, "[data-testid=quick-add-input]"))
    screen.should_contain("blocks that fit G.net")
    shot(screen, "wiring-quick-add")
    offered = quick_items(screen)
    assert "optimizer.adam" in offered and "scheduler.ema" in offered
    assert "data.digits" not in offered and "loss.hinge" not in offered  # nothing takes Generator
    box.send_keys("ema")
    wait(lambda: quick_items(screen) == ["scheduler.ema"], 10, "narrowed to EMA")
    box.send_keys(Keys.ENTER)
    wait(lambda: {"from": "G.net", "to": "sched.net"} in page.editor.graph["edges"], 20, "wired")
    wait(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".vue-flow__edge")) == 2, 20, "drawn")


def test_block_dropped_on_a_wire_goes_into_it(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path)
    page = the_page()
    driver = screen.selenium
    middle = """
    const path = document.querySelector('.vue-flow__edge .vue-flow__edge-path');
    const p = path.getPointAtLength(path.getTotalLength() / 2), m = path.getScreenCTM();
    const c = document.querySelector('.gc-canvas').getBoundingClientRect();
    return [p.x * m.a + p.y * m.c + m.e - c.left, p.x * m.b + p.y * m.d + m.f - c.top];
    """
    x, y = driver.execute_script(middle)
    item = driver.find_element(By.CSS_SELECTOR, '[data-block="augmenter.fade_reals"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
    driver.execute_script(DRAG_JS, item, canvas(screen), x, y)
    wait(
        lambda: (
            sorted(e["from"] + ">" + e["to"] for e in page.editor.graph["edges"])
            == ["aug.real>D.real", "data.real>aug.real"]
        ),
        20,
        "aug inserted into data → D",
    )
    wait(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".vue-flow__edge")) == 2, 20, "drawn")
    # a block that cannot carry Samples through is not inserted, and the user is told why
    x, y = driver.execute_script(middle)
    item = driver.find_element(By.CSS_SELECTOR, '[data-block="loss.wasserstein"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
    driver.execute_script(DRAG_JS, item, canvas(screen), x, y)
    screen.should_contain("cannot go into")
    assert len(page.editor.graph["edges"]) == 2


def test_unwired_block_dragged_onto_a_wire_goes_into_it(screen: Screen, tmp_path: Path) -> None:
    graph = {
        "name": "insert",
        "nodes": [
            {"id": "data", "type": "data.gaussian_grid"},
            {"id": "D", "type": "discriminator.mlp"},
            {"id": "aug", "type": "augmenter.fade_reals"},
        ],
        "edges": [{"from": "data.real", "to": "D.real"}],
        "layout": {"data": [0, 0], "D": [700, 0], "aug": [350, 300]},
    }
    open_graph(screen, tmp_path, graph)
    page = the_page()
    driver = screen.selenium
    # grab aug by its header and drop its middle on the middle of the wire
    to_wire = driver.execute_script(
        """
        const path = document.querySelector('.vue-flow__edge .vue-flow__edge-path');
        const p = path.getPointAtLength(path.getTotalLength() / 2), m = path.getScreenCTM();
        const n = document.querySelector('.vue-flow__node[data-id="aug"]').getBoundingClientRect();
        const h = document.querySelector('.vue-flow__node[data-id="aug"] .gc-node-header')
          .getBoundingClientRect();
        const wx = p.x * m.a + p.y * m.c + m.e, wy = p.x * m.b + p.y * m.d + m.f;
        const grabX = h.left + h.width / 2, grabY = h.top + h.height / 2;
        return [wx - (n.left + n.width / 2), wy - (n.top + n.height / 2), grabX, grabY];
        """
    )
    header = driver.find_element(By.CSS_SELECTOR, '.vue-flow__node[data-id="aug"] .gc-node-header')
    ActionChains(driver).move_to_element(header).click_and_hold().move_by_offset(
        10, 10
    ).move_by_offset(round(to_wire[0]) - 10, round(to_wire[1]) - 10).pause(0.2).release().perform()
    wait(
        lambda: (
            sorted(e["from"] + ">" + e["to"] for e in page.editor.graph["edges"])
            == ["aug.real>D.real", "data.real>aug.real"]
        ),
        20,
        "aug put into data → D",
    )
