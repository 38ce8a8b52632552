"""Helpers to drive the canvas in a real Chromium like a person: drag, connect, type, click."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nicegui.testing import Screen
from selenium.webdriver import ActionChains, Keys
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

# HTML5 drag and drop cannot be produced by WebDriver's synthetic mouse; this dispatches the
# same DragEvents a browser does (dragstart on the palette item, dragover + drop on the canvas)
# with one DataTransfer, so the page's own handlers run unchanged.
DRAG_JS = """
const [src, target, x, y] = arguments;
const dt = new DataTransfer();
src.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));
const r = target.getBoundingClientRect();
const at = {dataTransfer: dt, bubbles: true, cancelable: true,
            clientX: r.left + x, clientY: r.top + y};
target.dispatchEvent(new DragEvent('dragenter', at));
target.dispatchEvent(new DragEvent('dragover', at));
target.dispatchEvent(new DragEvent('drop', at));
src.dispatchEvent(new DragEvent('dragend', {dataTransfer: dt, bubbles: true}));
"""


PAGE_LOAD_S = 30.0


def open_page(screen: Screen, path: str = "/") -> None:
    """Open a page of the app, allowing a cold first load on a busy 2-core machine.

    NiceGUI's fixture gives the page 4 s to load; the canvas' first render (a fresh app per test,
    building the palette and the example gallery) can take longer while the other test worker
    trains, and then the test would fail before it did anything.
    """
    screen.selenium.set_page_load_timeout(PAGE_LOAD_S)
    screen.open(path, timeout=PAGE_LOAD_S)


def wait(check: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll until ``check()`` is truthy; returns its value."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except Exception:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def wait_canvas(screen: Screen) -> None:
    wait(lambda: screen.selenium.execute_script("return window.__gancanvasReady"), 15, "canvas")


def nodes_on_canvas(screen: Screen) -> list[str]:
    return screen.selenium.execute_script(
        "return [...document.querySelectorAll('.vue-flow__node')].map(n => n.dataset.id)"
    )


def drag_block(screen: Screen, block_type: str, x: int, y: int) -> None:
    """Drag a palette entry onto the canvas at (x, y) pixels from its top-left corner."""
    driver = screen.selenium
    item = driver.find_element(By.CSS_SELECTOR, f'[data-block="{block_type}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", item)
    canvas = driver.find_element(By.CSS_SELECTOR, ".gc-canvas")
    before = len(nodes_on_canvas(screen))
    driver.execute_script(DRAG_JS, item, canvas, x, y)
    wait(lambda: len(nodes_on_canvas(screen)) == before + 1, 10, f"{block_type} on the canvas")


def handle(screen: Screen, port: str, kind: str) -> WebElement:
    node, name = port.split(".")
    return screen.selenium.find_element(
        By.CSS_SELECTOR,
        f'.vue-flow__node[data-id="{node}"] .vue-flow__handle.{kind}[data-handleid="{name}"]',
    )


def connect(screen: Screen, source: str, target: str) -> None:
    """Press on the output handle, move to the input handle, release (real mouse events)."""
    src = handle(screen, source, "source")
    dst = handle(screen, target, "target")
    ActionChains(screen.selenium).move_to_element(src).click_and_hold().move_by_offset(
        15, 5
    ).move_to_element(dst).pause(0.1).release().perform()


def type_into(element: WebElement, text: str) -> None:
    element.send_keys(Keys.CONTROL, "a")
    element.send_keys(Keys.BACKSPACE)
    element.send_keys(text)
    element.send_keys(Keys.TAB)


def shot(screen: Screen, name: str) -> None:
    """Save a screenshot into $GANCANVAS_SCREENSHOTS (used to refresh docs/screenshots)."""
    folder = os.environ.get("GANCANVAS_SCREENSHOTS")
    if folder:
        time.sleep(0.8)  # let Quasar's transitions (messages, notifications) settle
        Path(folder).mkdir(parents=True, exist_ok=True)
        screen.selenium.save_screenshot(str(Path(folder) / f"{name}.png"))


def click_css(screen: Screen, css: str, timeout: float = 5.0) -> None:
    """Click the element once it can take the click (dialogs animate in)."""

    def attempt() -> bool:
        screen.selenium.find_element(By.CSS_SELECTOR, css).click()
        return True

    wait(attempt, timeout, f"clickable {css}")


def click_until(screen: Screen, css: str, done: Callable[[], Any], timeout: float = 10.0) -> None:
    """Click until ``done()`` holds (a click during a dialog's animation may be lost)."""

    def attempt() -> Any:
        if done():
            return True
        with contextlib.suppress(Exception):
            element = screen.selenium.find_element(By.CSS_SELECTOR, css)
            # a person scrolls a long list (the example gallery) to the entry first
            scroll = "arguments[0].scrollIntoView({block: 'center'})"
            screen.selenium.execute_script(scroll, element)
            element.click()
        time.sleep(0.3)
        return done()

    wait(attempt, timeout, f"{css} to take effect")
