"""Polish and access in a real Chromium: labels, errors, keyboard use, accessible names, layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver import ActionChains, Keys
from selenium.webdriver.common.by import By

from gancanvas.app.server import make_services, register
from schemas import Graph

from .browser import click_css, handle, open_page, type_into, wait, wait_canvas
from .conftest import example
from .test_browser import the_page

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]

OVERLAPS_JS = """
const boxes = [...document.querySelectorAll('.vue-flow__node')]
  .map(n => [n.dataset.id, n.getBoundingClientRect()]);
for (const css of ['.vue-flow__minimap', '.vue-flow__controls'])
  boxes.push([css, document.querySelector(css).getBoundingClientRect()]);
const hits = [];
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const [a, r] = boxes[i], [b, s] = boxes[j];
  const meet = r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
  if (meet) hits.push(a + ' × ' + b);
}
return hits;
"""


def open_graph(screen: Screen, tmp_path: Path, graph: Graph) -> None:
    register(make_services(tmp_path / "graphs", graph))
    screen.selenium.set_window_size(1920, 1200)
    open_page(screen, "/")
    wait_canvas(screen)


def node_box(screen: Screen, node: str) -> tuple[float, float]:
    return tuple(
        screen.selenium.execute_script(
            'const r = document.querySelector(`.vue-flow__node[data-id="${arguments[0]}"]`)'
            ".getBoundingClientRect(); return [r.left, r.top]",
            node,
        )
    )


@pytest.mark.parametrize("stem", ["digits_dcgan", "grid25_wgan_gp"])
def test_example_opens_without_overlaps(screen: Screen, tmp_path: Path, stem: str) -> None:
    """No block covers another, and neither the minimap nor the zoom controls cover a block."""
    open_graph(screen, tmp_path, example(stem))
    wait(lambda: screen.selenium.execute_script("return window.__gancanvasNodes"), 10, "nodes")
    assert screen.selenium.execute_script(OVERLAPS_JS) == []


def test_keyboard_moves_and_wires(screen: Screen, tmp_path: Path) -> None:
    graph = Graph.model_validate(
        {
            "name": "keys",
            "nodes": [
                {"id": "G", "type": "generator.mlp"},
                {"id": "D", "type": "discriminator.mlp"},
            ],
            "layout": {"G": [0, 200], "D": [400, 0]},
        }
    )
    open_graph(screen, tmp_path, graph)
    page = the_page()
    driver = screen.selenium
    click_css(screen, '.vue-flow__node[data-id="G"] .gc-node-header')
    wait(lambda: page.inspector.node_id == "G", 20, "G selected")
    before = node_box(screen, "G")
    actions = ActionChains(driver)
    for key in (Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_DOWN):
        actions.send_keys(key)
    actions.perform()
    wait(lambda: page.editor.graph["layout"]["G"] == [20.0, 210.0], 20, "moved in the graph")
    after = node_box(screen, "G")
    assert after[0] > before[0] and after[1] > before[1]  # and on the screen
    # wire from the keyboard: focus an output port, Enter; focus an input port, Enter
    out = handle(screen, "G.fake", "source")
    assert out.get_attribute("aria-label") == "output G.fake, gives Samples"
    driver.execute_script("arguments[0].focus()", out)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    screen.should_contain("Wiring from G.fake")
    wait(lambda: "gc-fit" in handle(screen, "D.fake", "target").get_attribute("class"), 10, "fit")
    driver.execute_script("arguments[0].focus()", handle(screen, "D.fake", "target"))
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    wait(lambda: {"from": "G.fake", "to": "D.fake"} in page.editor.graph["edges"], 20, "wired")
    # an unfit pair is refused with the reason
    driver.execute_script("arguments[0].focus()", handle(screen, "G.net", "source"))
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    driver.execute_script("arguments[0].focus()", handle(screen, "D.t", "target"))
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    screen.should_contain("Refused G.net → D.t: D.t takes Timestep, not Generator")
    assert len(page.editor.graph["edges"]) == 1


def test_icon_buttons_have_names_and_file_menu_a_tooltip(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path, example("grid25_vanilla"))
    click_css(screen, '.vue-flow__node[data-id="optG"] .gc-node-header')
    nameless = screen.selenium.execute_script(
        "return [...document.querySelectorAll('.q-header button, .q-drawer button')]"
        ".filter(b => b.querySelector('.q-icon') && !b.getAttribute('aria-label')"
        " && !b.innerText.replace(b.querySelector('.q-icon').innerText, '').trim())"
        ".map(b => b.querySelector('.q-icon').innerText)"
    )
    assert nameless == []
    ActionChains(screen.selenium).move_to_element(
        screen.selenium.find_element(By.CSS_SELECTOR, '[aria-label="File"]')
    ).perform()
    screen.should_contain("File: new, examples, open, upload, download")


def test_labels_and_rejected_input(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path, example("grid25_vanilla"))
    page = the_page()
    click_css(screen, '.vue-flow__node[data-id="optG"] .gc-node-header')
    wait(lambda: page.inspector.node_id == "optG", 20, "optG selected")
    labels = screen.selenium.execute_script(
        "return [...document.querySelectorAll('.q-drawer--right .q-field__label')]"
        ".map(e => e.innerText)"
    )
    assert "Learning rate" in labels and "Lr" not in labels
    lr = page.editor.node("optG")["params"].get("lr")
    field = screen.selenium.find_element(By.CSS_SELECTOR, '.q-drawer--right input[data-param="lr"]')
    type_into(field, "abc")
    screen.should_contain("not a number")
    screen.should_contain("⚠ 1 issue")  # the header does not say "valid" meanwhile
    assert page.editor.node("optG")["params"].get("lr") == lr
    betas = screen.selenium.find_element(
        By.CSS_SELECTOR, '.q-drawer--right input[data-param="betas"]'
    )
    type_into(betas, "[0.5,")
    screen.should_contain("not valid JSON")
    screen.should_contain("⚠ 2 issues")
    type_into(betas, "[0.5, 0.999]")
    type_into(field, "0.001")
    wait(lambda: page.editor.node("optG")["params"].get("lr") == 0.001, 20, "lr set")
    drawer = screen.selenium.find_element(By.CSS_SELECTOR, ".q-drawer--right")
    wait(lambda: "not a number" not in drawer.text, 10, "the error gone")
    screen.should_contain("✓ valid")


def test_graph_with_unknown_block_opens_with_a_warning(screen: Screen, tmp_path: Path) -> None:
    open_graph(screen, tmp_path, example("grid25_vanilla"))
    bad = example("grid25_vanilla").to_dict()
    bad["nodes"][0]["type"] = "data.no_such_block"
    drop = """
    const [text] = arguments;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'odd.json', {type: 'application/json'}));
    const c = document.querySelector('.gc-canvas'), r = c.getBoundingClientRect();
    const at = {dataTransfer: dt, bubbles: true, cancelable: true,
                clientX: r.left + 200, clientY: r.top + 200};
    c.dispatchEvent(new DragEvent('dragover', at));
    c.dispatchEvent(new DragEvent('drop', at));
    """
    screen.selenium.execute_script(drop, json.dumps(bad))
    screen.should_contain("Opened odd.json with")
    screen.should_contain("see the Issues tab")
    assert not screen.selenium.find_elements(By.CSS_SELECTOR, ".q-notification.bg-positive")
