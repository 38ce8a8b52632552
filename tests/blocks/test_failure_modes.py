"""``metric.failure_modes`` as a block: each warning from known evidence, resume, the image
branch, and ``generator.coupling``'s latent-size check."""

from __future__ import annotations

import math
from typing import Any

import torch
from torch import Tensor, nn

from blocks.base import BuildContext
from blocks.data import GaussianRing
from blocks.failure_modes import FailureModesEval, FailureModesMetric
from blocks.runtime import DataSource, LatentSampler, Stats, warnings_of
from gancanvas.compiler import compile_graph, validate
from schemas import RunConfig, load_graph_dict
from tests.graphs import tiny

CPU = torch.device("cpu")


class Normal2(LatentSampler):
    dim = 2

    def sample(self, n: int, device: torch.device) -> Tensor:
        return torch.randn(n, 2, device=device)


def ring() -> DataSource:
    return GaussianRing("data", GaussianRing.Params()).build(
        BuildContext(node_id="data", device=CPU, run=RunConfig(), data_shape=(2,), z_dim=2)
    )


def metric(stats: Stats | None, **params: Any) -> FailureModesEval:
    data = ring()
    block = FailureModesMetric("fm", FailureModesMetric.Params(n_samples=400, **params))
    ctx = BuildContext(
        node_id="fm",
        device=CPU,
        run=RunConfig(seed=0),
        data_shape=(2,),
        z_dim=2,
        inputs={"real": [data]},
        data=data,
        stats=stats,
        sources={"generator": ["G"], "critic": ["D"]},
    )
    return block.build(ctx)


class OnMode(nn.Module):
    """Every sample near mode k of the ring (a one-mode collapse)."""

    def __init__(self, centre: Tensor):
        super().__init__()
        self.centre = centre

    def forward(self, z: Tensor) -> Tensor:
        return self.centre + 0.02 * z


def names(result: dict[str, float]) -> set[str]:
    return {w.name for w in warnings_of(result)}


def test_one_mode_collapse_warns_and_the_data_itself_does_not() -> None:
    m, data = metric(None), ring()
    assert data.modes is not None
    collapsed = m.compute(OnMode(data.modes[3]), Normal2(), data, CPU)
    assert names(collapsed) == {"collapse"} and collapsed["modes_with_mass"] == 1
    assert collapsed["warn_collapse"] == 1.0 and collapsed["diversity_ratio"] < 0.05

    class Data(nn.Module):
        def forward(self, z: Tensor) -> Tensor:
            return data.sample_without_replacement(z.shape[0], torch.Generator().manual_seed(9))

    healthy = m.compute(Data(), Normal2(), data, CPU)
    assert names(healthy) == set() and healthy["modes_with_mass"] == 8
    assert abs(healthy["diversity_ratio"] - 1) < 0.1 and healthy["warn_collapse"] == 0.0


def window(stats: Stats, loss_d: float, loss_g: float, g: float, d: float, gap: float) -> None:
    stats.report("loss/Dmain/loss", torch.tensor(loss_d))
    stats.report("loss/Gmain/loss", torch.tensor(loss_g))
    stats.report("grad_norm/G", torch.tensor(g))
    stats.report("grad_norm/D", torch.tensor(d))
    stats.report("D/real", torch.tensor(gap / 2))
    stats.report("D/fake", torch.tensor(-gap / 2))


def test_vanishing_and_oscillation_from_the_loop_statistics() -> None:
    data = ring()
    assert data.modes is not None
    gen = OnMode(data.modes[0])
    stats = Stats(CPU)
    m = metric(stats, window=3, osc_std_hi=0.5, grad_ratio_lo=1e-3, gap_hi=8.0)
    window(stats, 1.0, 1.0, 1.0, 1.0, 0.5)
    first = m.compute(gen, Normal2(), data, CPU)
    assert "vanishing" not in names(first) and math.isnan(first["loss_D_spread"])
    assert first["grad_ratio"] == 1.0 and first["d_gap"] == 0.5
    window(stats, 0.1, 3.0, 1e-5, 1.0, 12.0)  # D wins: G's gradient vanishes
    second = m.compute(gen, Normal2(), data, CPU)
    assert "vanishing" in names(second) and abs(second["grad_ratio"] - 1e-5) < 1e-10
    assert second["d_gap"] == 12.0  # only this window's values (the reader was reset)
    window(stats, 1.5, 0.2, 1.0, 1.0, 0.0)
    third = m.compute(gen, Normal2(), data, CPU)
    spread_g = float(torch.tensor([1.0, 3.0, 0.2], dtype=torch.float64).std(unbiased=False))
    assert abs(third["loss_G_spread"] - spread_g) < 1e-6  # float32 reports
    assert "nonconvergence" in names(third) and "vanishing" not in names(third)

    # the window history and the reader's position resume exactly
    again = metric(stats, window=3, osc_std_hi=0.5)
    again.load_state_dict(m.state_dict())
    window(stats, 1.0, 1.0, 1.0, 1.0, 0.0)
    a = m.compute(gen, Normal2(), data, CPU)
    b = again.compute(gen, Normal2(), data, CPU)
    assert a == b and names(a) == names(b)


def test_image_diversity_on_domain_features() -> None:
    g = tiny("digits_dcgan", steps=2, batch=8)
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "aug" and not n["type"].startswith("metric")]
    g["edges"] = [
        e
        for e in g["edges"]
        if "aug." not in e["to"] + e["from"]
        and e["to"].split(".")[0] in {n["id"] for n in g["nodes"]}
    ]
    g["edges"] += [{"from": "data.real", "to": "D.real"}, {"from": "G.fake", "to": "D.fake"}]
    g["nodes"].append(
        {
            "id": "fm",
            "type": "metric.failure_modes",
            "params": {"n_samples": 100, "n_diversity": 64},
        }
    )
    g["edges"] += [
        {"from": "G.net", "to": "fm.generator"},
        {"from": "data.real", "to": "fm.real"},
        {"from": "D.critic", "to": "fm.critic"},
    ]
    graph = load_graph_dict(g)
    assert validate(graph) == []
    prog = compile_graph(graph, "cpu")
    _, fm, _ = prog.metrics[0]
    assert fm.protocol()["diversity_space"].startswith("domain_cnn/digits")
    one = prog.data.sample_without_replacement(1, torch.Generator().manual_seed(0))

    class Same(nn.Module):
        def forward(self, z: Tensor) -> Tensor:
            return one.expand(z.shape[0], *one.shape[1:])

    same = fm.compute(Same(), prog.latent, prog.data, prog.device)
    assert same["diversity_ratio"] < 1e-6 and "collapse" in names(same)
    real = fm.compute(nn.Identity(), _RealLatent(prog.data), prog.data, prog.device)
    assert abs(real["diversity_ratio"] - 1) < 0.15 and "collapse" not in names(real)


class _RealLatent(LatentSampler):
    """Hands out real images as 'latents' (with an identity G: the data as the generator)."""

    def __init__(self, data):  # type: ignore[no-untyped-def]
        self.data, self.gen = data, torch.Generator().manual_seed(7)
        self.dim = 0

    def sample(self, n: int, device: torch.device) -> Tensor:
        return self.data.sample_without_replacement(n, self.gen)


def test_coupling_needs_latent_size_equal_to_data_size() -> None:
    g = tiny("grid25_coupling", steps=2)
    next(n for n in g["nodes"] if n["id"] == "z")["params"]["dim"] = 16
    issues = validate(load_graph_dict(g))
    assert any(
        i.path == "nodes.G" and "latent size must equal the data size" in i.message for i in issues
    ), issues
