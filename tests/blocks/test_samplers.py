"""Sampler blocks and the sampling path used by metrics, sample grids and `gancanvas sample`."""

from __future__ import annotations

import pytest
import torch

from blocks.data.packaged import Digits
from blocks.samplers import TruncatedPath, truncate
from gancanvas.compiler import compile_graph
from gancanvas.compiler.build import build_sampling_path
from schemas import load_graph_dict
from tests.graphs import tiny


def test_truncate_keeps_inside_components_and_redraws_the_others() -> None:
    torch.manual_seed(0)
    z = torch.randn(4000, 8)
    out = truncate(z, 0.5)
    inside = z.abs() <= 0.5
    assert torch.equal(out[inside], z[inside])
    assert out.abs().max() <= 0.5
    assert not torch.equal(out[~inside], z[~inside])
    # truncnorm(−τ, τ) per component: its variance is known in closed form
    tau = torch.tensor(0.5)
    phi = torch.exp(-(tau**2) / 2) / (2 * torch.pi) ** 0.5
    big_phi = torch.special.ndtr(tau) - torch.special.ndtr(-tau)
    var = 1 - 2 * tau * phi / big_phi
    assert out.var().item() == pytest.approx(var.item(), rel=0.03)
    assert torch.equal(truncate(z, 0.0), torch.zeros_like(z))


def with_truncation(name: str = "digits_conditional") -> dict:  # type: ignore[type-arg]
    g = tiny(name, steps=2, batch=16)
    g["nodes"].append({"id": "trunc", "type": "sampler.truncation", "params": {"tau": 0.3}})
    g["edges"].append({"from": "G_ema.ema", "to": "trunc.net"})
    return g


def test_the_sampler_is_the_program_sampling_path() -> None:
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(with_truncation()), "cpu")
    path = prog.sampler
    assert isinstance(path, TruncatedPath)
    assert path.generator is prog.built["G_ema"].module  # it wraps the EMA, not G
    assert not any(True for _ in path.parameters())  # it owns no weights (checkpoints hold them)
    z = torch.randn(20, 32)
    path.eval()
    assert not prog.built["G_ema"].module.training  # train/eval pass through
    with torch.no_grad():
        torch.manual_seed(1)
        x = path(z)
        torch.manual_seed(1)
        expect = prog.built["G_ema"].module(truncate(z, 0.3))
    assert torch.equal(x, expect)


def test_sampling_builds_without_the_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_data(*args: object, **kwargs: object) -> None:
        raise AssertionError("sampling must not load the dataset")

    monkeypatch.setattr(Digits, "build", no_data)
    path, built, _a = build_sampling_path(load_graph_dict(with_truncation()), torch.device("cpu"))
    assert isinstance(path, TruncatedPath)
    assert set(built) == {"z", "G", "G_ema", "trunc"}
    with torch.no_grad():
        assert path(torch.randn(10, 32)).shape == (10, 1, 8, 8)
