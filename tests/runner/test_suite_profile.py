"""The Hypothesis profile tests/conftest.py loads for the whole suite."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st


def test_the_suite_runs_hypothesis_without_deadlines_and_reproducibly() -> None:
    active = settings()  # the loaded profile's values
    assert active.deadline is None
    assert active.derandomize and active.print_blob


@settings(max_examples=2)
@given(st.integers())
def test_a_slow_example_is_not_a_failure(n: int) -> None:
    time.sleep(0.25)  # over Hypothesis's own 200 ms deadline, as a loaded machine may be
