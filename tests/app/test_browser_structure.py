"""Frames, subgraphs and bypass in a real Chromium, as a person uses them (issue 10, item 3).

Ctrl+click picks blocks, Ctrl+G frames them, dragging the frame's title moves its blocks,
Ctrl+Shift+G collapses a selection into one node, double-click expands it, Ctrl+B mutes a block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nicegui.testing import Screen
from selenium.webdriver import ActionChains, Keys
from selenium.webdriver.common.by import By

from schemas import load_graph_dict

from .browser import nodes_on_canvas, shot, wait
from .test_browser import open_app, the_page
from .test_browser_wiring import canvas

pytestmark = [pytest.mark.browser, pytest.mark.nicegui_main_file("")]


def header(screen: Screen, node: str):
    return screen.selenium.find_element(
        By.CSS_SELECTOR, f'.vue-flow__node[data-id="{node}"] .gc-node-header'
    )


def pick(screen: Screen, *nodes: str) -> None:
    """Click the first block, Ctrl+click the others."""
    chain = ActionChains(screen.selenium).click(header(screen, nodes[0]))
    for node in nodes[1:]:
        chain = chain.key_down(Keys.CONTROL).click(header(screen, node)).key_up(Keys.CONTROL)
    chain.perform()


def chord(screen: Screen, key: str, shift: bool = False) -> None:
    chain = ActionChains(screen.selenium).key_down(Keys.CONTROL)
    if shift:
        chain = chain.key_down(Keys.SHIFT)
    chain = chain.send_keys(key)
    if shift:
        chain = chain.key_up(Keys.SHIFT)
    chain.key_up(Keys.CONTROL).perform()


def position(screen: Screen, node: str) -> tuple[float, float]:
    el = screen.selenium.find_element(By.CSS_SELECTOR, f'.vue-flow__node[data-id="{node}"]')
    rect = el.rect
    return rect["x"], rect["y"]


def test_frame_collapse_expand_and_bypass_like_a_user(screen: Screen, run_env: Path) -> None:
    from tests.graphs import example

    graph = load_graph_dict(example("grid25_diffusion"))
    open_app(screen, run_env / "graphs", graph)
    page = the_page()
    before = graph.content_hash()
    canvas(screen).click()

    # frame z and G, then move both by dragging the frame's title bar
    pick(screen, "z", "G")
    wait(lambda: page.selection["nodes"] == ["z", "G"] or len(page.selection["nodes"]) == 2, 10)
    chord(screen, "g")
    frame = wait(
        lambda: screen.selenium.find_element(By.CSS_SELECTOR, ".gc-frame .gc-frame-title"),
        10,
        "a frame on the canvas",
    )
    assert page.editor.graph["groups"][0]["nodes"] == ["z", "G"]
    z0, g0 = position(screen, "z"), position(screen, "G")
    ActionChains(screen.selenium).click_and_hold(frame).move_by_offset(40, 10).move_by_offset(
        80, 20
    ).release().perform()
    wait(lambda: page.editor.graph["layout"]["G"] != list(graph.layout["G"]), 10, "G moved")
    z1, g1 = position(screen, "z"), position(screen, "G")
    assert round(z1[0] - z0[0]) == round(g1[0] - g0[0]) > 60  # they moved together
    assert round(z1[1] - z0[1]) == round(g1[1] - g0[1]) > 10
    shot(screen, "canvas-frame")

    # collapse the critic side into one subgraph node with its open ports
    pick(screen, "D", "diff", "adaT", "loss")
    wait(lambda: len(page.selection["nodes"]) == 4, 10, "four blocks selected")
    chord(screen, "g", shift=True)
    wait(lambda: "sub" in nodes_on_canvas(screen), 10, "the subgraph node")
    on_canvas = set(nodes_on_canvas(screen))
    assert not on_canvas & {"D", "diff", "adaT", "loss"}
    sub = screen.selenium.find_element(By.CSS_SELECTOR, '.vue-flow__node[data-id="sub"]')
    handles = sub.find_elements(By.CSS_SELECTOR, ".vue-flow__handle")
    assert len(handles) >= 3  # data.real and G.fake come in, D.critic goes out
    assert page.editor.issues == [] and load_graph_dict(page.editor.graph).content_hash() == before
    shot(screen, "canvas-subgraph")

    # double-click expands it again
    ActionChains(screen.selenium).double_click(header(screen, "sub")).perform()
    wait(lambda: "D" in nodes_on_canvas(screen), 10, "D back on the canvas")
    assert "sub" not in nodes_on_canvas(screen)
    assert load_graph_dict(page.editor.graph).content_hash() == before

    # Ctrl+B mutes the diffusion augmenter: a badge, and the graph stays valid
    pick(screen, "diff")
    wait(lambda: page.selection["nodes"] == ["diff"], 10, "diff selected")
    chord(screen, "b")
    badge = '.vue-flow__node[data-id="diff"] .gc-bypass-badge'
    wait(lambda: screen.selenium.find_elements(By.CSS_SELECTOR, badge), 10, "BYPASSED badge")
    assert page.editor.node("diff")["bypass"] is True  # type: ignore[index]
    assert page.editor.issues == []
    shot(screen, "canvas-bypass")
    chord(screen, "b")
    wait(lambda: not screen.selenium.find_elements(By.CSS_SELECTOR, badge), 10, "badge gone")
