"""Plugin blocks from the ``gancanvas.blocks`` entry points, found in a fake installed package."""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

import blocks.registry as registry
from blocks.plugins import PluginWarning, contract_problems, load_plugins
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny

PLUGIN = '''
from pydantic import Field

from blocks.base import Block, BlockParams
from blocks.latent import Z_OUT, NormalSampler


class ScaledParams(BlockParams):
    dim: int = Field(16, ge=1, le=4096, description="Latent dimension.")
    scale: float = Field(0.5, gt=0, le=10, description="Standard deviation.")


class ScaledNormal(Block):
    """Gaussian z with a chosen scale (a test plugin; Goodfellow et al. 2014)."""

    type = "latent.scaled_normal"
    title = "Scaled normal"
    paper = "Goodfellow et al. 2014"
    Params = ScaledParams
    outputs = Z_OUT

    def infer(self, shapes, data_shape):
        return {"z": (self.params.dim,)}

    def build(self, ctx):
        return NormalSampler(self.params.dim, self.params.scale)


class NoDoc(ScaledNormal):
    type = "latent.no_doc"


class Shadow(ScaledNormal):
    """Claims a built-in's tag."""

    type = "latent.normal"


class Loose(BlockParams):
    x: int = Field(description="no default")


class NoDefault(ScaledNormal):
    """A field without a default."""

    type = "latent.no_default"
    Params = Loose


GOOD = [ScaledNormal]
BAD = [NoDoc, Shadow, NoDefault, "not a block"]
'''


def _install(root: Path, dist: str, entries: dict[str, str], module: str = PLUGIN) -> None:
    """A package as pip leaves it: the module and a dist-info folder with entry_points.txt."""
    (root / "fake_gan_blocks.py").write_text(module)
    info = root / f"{dist}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    lines = "\n".join(f"{k} = {v}" for k, v in entries.items())
    (info / "entry_points.txt").write_text(f"[gancanvas.blocks]\n{lines}\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("fake_gan_blocks", None)


BUILTINS = [b for b in registry.BLOCKS if registry.PACKAGE[b.type] == "gancanvas"]


def test_a_good_plugin_joins_and_bad_ones_are_skipped_with_their_package(site: Path) -> None:
    entries = {
        "good": "fake_gan_blocks:GOOD",
        "bad": "fake_gan_blocks:BAD",
        "broken": "fake_gan_blocks_missing:X",
    }
    _install(site, "fake-gan-blocks", entries)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = load_plugins(BUILTINS)
    assert [(b.type, pkg) for b, pkg in found] == [("latent.scaled_normal", "fake-gan-blocks")]
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert len(messages) == 5  # the 4 bad entries of "bad", the unloadable module
    bad = "\n".join(messages)
    assert "plugin 'bad' of package 'fake-gan-blocks' skipped" in bad
    assert "latent.no_doc: no docstring" in bad
    assert "latent.normal: the type tag is already taken" in bad
    assert "Params.x has no default" in bad
    assert "'not a block' is not a Block subclass" in bad
    assert "plugin 'broken' of package 'fake-gan-blocks' skipped" in bad
    assert "ModuleNotFoundError" in bad


def test_a_plugin_module_that_raises_never_crashes(site: Path) -> None:
    _install(site, "crashy", {"c": "fake_gan_blocks:BLOCKS"}, module="raise RuntimeError('boom')")
    with pytest.warns(PluginWarning, match="package 'crashy' skipped.*RuntimeError: boom"):
        assert load_plugins(BUILTINS) == []


def test_registered_plugin_is_in_the_catalog_and_trains(site: Path) -> None:
    _install(site, "fake-gan-blocks", {"good": "fake_gan_blocks:GOOD"})
    try:
        importlib.reload(registry)
        entry = next(e for e in registry.catalog() if e["type"] == "latent.scaled_normal")
        assert entry["package"] == "fake-gan-blocks"
        assert {e["package"] for e in registry.catalog()} == {"gancanvas", "fake-gan-blocks"}
        g = tiny(steps=2)
        z = next(n for n in g["nodes"] if n["id"] == "z")
        z["type"], z["params"] = "latent.scaled_normal", {"dim": 8, "scale": 0.5}
        graph = load_graph_dict(g)
        assert validate(graph) == []
        prog = compile_graph(graph, "cpu")
        assert prog.latent.sample(4, torch.device("cpu")).shape == (4, 8)
        StepRunner(prog, graph.run.precision).iteration(0, track=False)
        z["params"] = {"scale": 99}  # its params model is checked as a built-in's
        assert any("scale" in i.path for i in validate(load_graph_dict(g)))
    finally:
        sys.path.remove(str(site))
        importlib.reload(registry)
    assert registry.get_block("latent.scaled_normal") is None


def test_builtins_pass_the_plugin_contract() -> None:
    taken: set[str] = set()
    for block in BUILTINS:
        assert contract_problems(block, taken) == [], block.type
        taken.add(block.type)
