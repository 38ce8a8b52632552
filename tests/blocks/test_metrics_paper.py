"""Metrics as papers report them (issue 11): cached real statistics, IS, intra-class FID,
timing metrics and per-class sample grids."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from mlflow.tracking import MlflowClient

from blocks.metrics_image.features import domain_extractor
from blocks.metrics_image.fid import feature_stats, fid_from_features, fid_from_stats
from blocks.metrics_image.inception_score import ISWeightsError, check_is_weights, inception_score
from blocks.metrics_image.paper import FID50kMetric, IntraFIDMetric, intra_fid
from blocks.metrics_image.sampling import labelled_reals
from blocks.metrics_image.stats_cache import (
    StatsAccumulator,
    cache_key,
    cache_path,
    cached_stats,
    load_stats,
)
from gancanvas.compiler import GraphInvalid, compile_graph
from gancanvas.runner.samples import generate_by_class
from gancanvas.runner.train import RunOptions, run_graph
from schemas import load_graph_dict
from tests.graphs import tiny

# ---------------------------------------------------------------------------------------------
# streamed statistics and the disk cache


def test_streamed_stats_equal_the_one_shot_fit() -> None:
    f = torch.randn(257, 6, dtype=torch.float64) * 3 + 10
    acc = StatsAccumulator()
    for i in range(0, 257, 50):
        acc.add(f[i : i + 50])
    a, b = acc.stats(), feature_stats(f)
    assert a.n == 257
    assert torch.allclose(a.mu, b.mu) and torch.allclose(a.sigma, b.sigma, atol=1e-10)
    ref = np.cov(f.numpy(), rowvar=False)
    assert np.allclose(a.sigma.numpy(), ref)


def test_cache_hit_miss_and_invalidation(tmp_path: Path) -> None:
    calls: list[int] = []

    def compute() -> Any:
        calls.append(1)
        return feature_stats(torch.randn(20, 3, dtype=torch.float64))

    key = cache_key(data="digits:abc", extractor="x", weights_sha256="00", n_real=20, seed=1)
    first, hit = cached_stats(tmp_path, key, compute)
    assert not hit and len(calls) == 1
    again, hit = cached_stats(tmp_path, key, compute)
    assert hit and len(calls) == 1
    assert torch.equal(first.mu, again.mu) and torch.equal(first.sigma, again.sigma)
    # the file holds plain arrays only: it loads without pickle
    with np.load(cache_path(tmp_path, key), allow_pickle=False) as f:
        assert str(f["key"]) == key and f["sigma"].dtype == np.float64
    # any part of the key changing is a miss (another file)
    other = cache_key(data="digits:abc", extractor="x", weights_sha256="01", n_real=20, seed=1)
    _, hit = cached_stats(tmp_path, other, compute)
    assert not hit and len(calls) == 2
    # a file at the key's place made from another key is stale: recomputed and replaced
    np.savez(cache_path(tmp_path, key), mu=np.zeros(3), sigma=np.eye(3), n=5, key=np.array("x"))
    assert load_stats(tmp_path, key) is None
    _, hit = cached_stats(tmp_path, key, compute)
    assert not hit and len(calls) == 3 and load_stats(tmp_path, key) is not None
    # a truncated file too
    cache_path(tmp_path, key).write_bytes(b"PK\x03\x04 broken")
    _, hit = cached_stats(tmp_path, key, compute)
    assert not hit and len(calls) == 4


def _program(name: str, **run: Any) -> Any:
    g = tiny(name, steps=2, batch=16)
    g["run"].update(run)
    torch.manual_seed(0)
    return compile_graph(load_graph_dict(g), "cpu")


class _DigitsFID(FID50kMetric):
    """The FID-50k protocol on the shipped digits classifier (Inception is ~6 images/s here)."""

    def extractor(self, device: torch.device) -> Any:
        return domain_extractor("digits", device)


def test_fid50k_caches_real_stats_on_disk_and_reports_the_rate(tmp_path: Path) -> None:
    from blocks.metrics_image.paper import FID50kParams

    prog = _program("digits_dcgan")
    p = FID50kParams(num_samples=64, n_real=300, batch_size=50)
    m = _DigitsFID("fid", p, (1, 8, 8), len(prog.data))
    m.stats_dir = tmp_path
    a = m.compute(prog.G, prog.latent, prog.data, prog.device)
    assert m.eval_stats["images"] == 364.0 and m.eval_stats["real_cache_hit"] == 0.0
    assert m.eval_stats["feature_seconds"] > 0
    files = list(tmp_path.glob("*.npz"))
    assert len(files) == 1
    b = m.compute(prog.G, prog.latent, prog.data, prog.device)
    assert m.eval_stats["images"] == 64.0 and m.eval_stats["real_cache_hit"] == 1.0
    assert a["fid"] == pytest.approx(b["fid"], rel=1e-9) and a["fid"] > 0
    # the same as the in-memory definition: fit of 300 reals vs fit of 64 fakes
    ext = domain_extractor("digits", "cpu")
    real = prog.data.sample_without_replacement(300, torch.Generator().manual_seed(p.seed + 1))
    with torch.random.fork_rng():
        torch.manual_seed(p.seed)
        prog.G.eval()
        with torch.no_grad():
            fake = torch.cat([prog.G(prog.latent.sample(b, prog.device)) for b in (50, 14)])
    expect = fid_from_features(ext.features(real).double(), ext.features(fake).double())
    assert a["fid"] == pytest.approx(expect, rel=1e-6)
    # a new n_real is a new key: a miss and a second file
    m2 = _DigitsFID("fid", FID50kParams(num_samples=64, n_real=200), (1, 8, 8), len(prog.data))
    m2.stats_dir = tmp_path
    m2.compute(prog.G, prog.latent, prog.data, prog.device)
    assert m2.eval_stats["real_cache_hit"] == 0.0 and len(list(tmp_path.glob("*.npz"))) == 2
    # no cache when asked for none
    m3 = _DigitsFID("fid", FID50kParams(num_samples=64, n_real=300, cache=False), (1, 8, 8), None)
    m3.stats_dir = tmp_path
    m3.compute(prog.G, prog.latent, prog.data, prog.device)
    assert m3.eval_stats["real_cache_hit"] == 0.0


# ---------------------------------------------------------------------------------------------
# Inception Score


def test_inception_score_known_values() -> None:
    assert inception_score(torch.zeros(100, 1008))[0] == pytest.approx(1.0)
    for k in (1, 4, 10):
        onehot = torch.full((200, 1008), -50.0)
        onehot[torch.arange(200), torch.arange(200) % k] = 0.0
        # in order, every split of 20 holds each class equally often: IS = k exactly, std 0
        mean, std = inception_score(onehot, splits=10, shuffle=False)
        assert mean == pytest.approx(k, rel=1e-6) and std == pytest.approx(0.0, abs=1e-6)
        assert inception_score(onehot, splits=1)[0] == pytest.approx(k, rel=1e-6)
        # shuffled splits are unbalanced: below the bound k, above 1
        assert 1.0 <= inception_score(onehot, splits=10)[0] <= k + 1e-6
    with pytest.raises(ValueError, match="splits"):
        inception_score(torch.zeros(5, 1008), splits=10)


def test_inception_score_matches_torch_fidelity() -> None:
    from torch_fidelity.metric_isc import isc_features_to_metric

    logits = torch.randn(300, 1008) * 4
    mean, std = inception_score(logits, splits=10, seed=7)
    ref = isc_features_to_metric(logits, splits=10, shuffle=True, rng_seed=7)
    assert mean == pytest.approx(ref["inception_score_mean"], rel=1e-12)
    assert std == pytest.approx(ref["inception_score_std"], rel=1e-9)


def test_inception_score_weights_are_named_and_checked(tmp_path: Path) -> None:
    with pytest.raises(ISWeightsError, match=r"nodes\.is\.params\.weights_path"):
        check_is_weights("is", None)
    with pytest.raises(ISWeightsError, match="no file"):
        check_is_weights("is", str(tmp_path / "absent.pth"))
    wrong = tmp_path / "weights-inception-2015-12-05-6726825d.pth"
    torch.save({"fc.weight": torch.zeros(2, 2)}, wrong)
    with pytest.raises(ISWeightsError, match="sha256"):
        check_is_weights("is", str(wrong))
    assert check_is_weights("is", str(wrong), check_hash=False) == wrong
    g = tiny("digits_dcgan", steps=2, batch=16)
    g["nodes"].append({"id": "is", "type": "metric.inception_score", "params": {}})
    g["edges"] += [
        {"from": "G.net", "to": "is.generator"},
        {"from": "data.real", "to": "is.real"},
    ]
    with pytest.raises(GraphInvalid, match="weights_path"):
        compile_graph(load_graph_dict(g), "cpu")


# ---------------------------------------------------------------------------------------------
# intra-class FID


def test_labelled_reals_carry_their_own_labels() -> None:
    prog = _program("digits_conditional")
    data = prog.data
    images, labels = labelled_reals("m", data, 5)
    assert images.shape[0] == len(data) == labels.shape[0]
    for c in range(10):
        mine = images[labels == c].flatten(1).sum(1).sort().values
        theirs = data.sample_without_replacement(len(data), torch.Generator().manual_seed(0))
        _, all_labels = labelled_reals("m", data, 0)
        ref = theirs[all_labels == c].flatten(1).sum(1).sort().values
        assert torch.allclose(mine, ref)
    assert intra_fid([1.0, 2.0, 6.0]) == pytest.approx(3.0)


def test_intra_fid_is_the_mean_of_per_class_fids(tmp_path: Path) -> None:
    from blocks.metrics_image.paper import IntraFIDParams

    prog = _program("digits_conditional")
    p = IntraFIDParams(
        n_real_per_class=1000, n_fake_per_class=40, extractor="domain", batch_size=40, seed=3
    )
    m = IntraFIDMetric(
        "ifid", p, (1, 8, 8), len(prog.data), dataset="digits", n_classes=prog.analysis.n_classes
    )
    m.stats_dir = tmp_path
    out = m.compute(prog.G, prog.latent, prog.data, prog.device)
    key = "domain_intra_fd/digits"
    assert set(out) == {key, f"{key}_max"} and len(m.per_class) == 10
    assert out[key] == pytest.approx(sum(m.per_class) / 10) and out[f"{key}_max"] > out[key]
    assert m.eval_stats["real_cache_hit"] == 0.0 and len(list(tmp_path.glob("*.npz"))) == 10
    # class 7 by hand: every real 7 against G(z, y=7) with the metric's seeded latents
    ext = domain_extractor("digits", "cpu")
    images, labels = labelled_reals("m", prog.data, p.seed + 1)
    real = ext.features(images[labels == 7]).double()
    with torch.random.fork_rng():
        torch.manual_seed(p.seed + 7)
        prog.G.eval()
        with torch.no_grad():
            fake = prog.G(prog.latent.sample(40, prog.device), y=torch.full((40,), 7))
    assert m.per_class[7] == pytest.approx(fid_from_features(real, ext.features(fake)), rel=1e-6)
    # labels matter: class 7's fakes against class 1's reals is another number
    other = fid_from_stats(feature_stats(ext.features(images[labels == 1])), feature_stats(real))
    assert not math.isclose(other, 0.0)
    again = m.compute(prog.G, prog.latent, prog.data, prog.device)
    assert m.eval_stats["real_cache_hit"] == 1.0 and again[key] == pytest.approx(out[key])


def test_intra_fid_needs_a_conditional_generator() -> None:
    g = tiny("digits_dcgan", steps=2, batch=16)
    g["nodes"].append({"id": "ifid", "type": "metric.intra_fid", "params": {"extractor": "domain"}})
    g["edges"] += [
        {"from": "G.net", "to": "ifid.generator"},
        {"from": "data.real", "to": "ifid.real"},
    ]
    with pytest.raises(Exception, match=r"ifid.*labels"):
        compile_graph(load_graph_dict(g), "cpu")


# ---------------------------------------------------------------------------------------------
# per-class sample grids and timing metrics in a real run


def test_class_grid_has_one_row_per_class() -> None:
    prog = _program("digits_conditional")
    z = torch.randn(23, 32)
    pics, m = generate_by_class(prog.G, z, 10)
    assert m == 2 and pics.shape == (20, 1, 8, 8)
    prog.G.eval()
    with torch.no_grad():
        for c in (0, 3, 9):
            for j in range(2):
                expect = prog.G(z[j : j + 1], y=torch.tensor([c]))
                assert torch.allclose(pics[c * m + j], expect[0], atol=1e-6)
    prog.G.train()
    generate_by_class(prog.G, z, 10)
    assert prog.G.training


def test_timed_compute_gives_seconds_rate_and_a_progress_line(tmp_path: Path) -> None:
    from blocks.metrics_image.paper import IntraFIDParams
    from gancanvas.runner.metric_timing import timed_compute

    prog = _program("digits_conditional")
    p = IntraFIDParams(n_real_per_class=20, n_fake_per_class=8, extractor="domain")
    m = IntraFIDMetric("ifid", p, (1, 8, 8), len(prog.data), dataset="digits", n_classes=10)
    lines: list[str] = []
    m.report = lines.append
    result, timing = timed_compute("ifid", m, prog.G, prog, tmp_path / "runs")
    assert set(timing) == {
        "perf/eval/ifid/seconds",
        "perf/eval/ifid/images_per_s",
        "perf/eval/ifid/images",
        "perf/eval/ifid/feature_seconds",
        "perf/eval/ifid/real_cache_hit",
    }
    assert timing["perf/eval/ifid/feature_seconds"] <= timing["perf/eval/ifid/seconds"]
    assert timing["perf/eval/ifid/images"] == 280 and timing["perf/eval/ifid/images_per_s"] > 0
    assert m.stats_dir == tmp_path / "runs" / "fid_stats"
    assert lines and "280/280 images" in lines[-1] and "images/s" in lines[-1]
    assert result["domain_intra_fd/digits"] > 0


@pytest.mark.slow
def test_conditional_run_logs_class_rows_and_eval_timing(mlflow_uri: str, in_tmp: Path) -> None:
    from PIL import Image

    g = tiny("digits_conditional", steps=4, batch=16)
    g["run"].update(sample_every=4, n_samples=20)
    g["nodes"].append(
        {
            "id": "ifid",
            "type": "metric.intra_fid",
            "params": {"extractor": "domain", "n_real_per_class": 50, "n_fake_per_class": 16},
        }
    )
    g["edges"] += [
        {"from": "G_ema.ema", "to": "ifid.generator"},
        {"from": "data.real", "to": "ifid.real"},
    ]
    runs = in_tmp / "runs"
    result = run_graph(
        load_graph_dict(g), RunOptions(tracking_uri=mlflow_uri, quiet=True, runs_root=runs)
    )
    assert result.status == "FINISHED"
    client = MlflowClient(mlflow_uri)
    metrics = client.get_run(result.run_id).data.metrics
    assert metrics["metric/ifid/domain_intra_fd/digits"] > 0
    assert metrics["perf/eval/ifid/seconds"] > 0 and metrics["perf/eval/ifid/images_per_s"] > 0
    assert metrics["perf/eval/ifid/images"] == 10 * (50 + 16)
    assert len(list((runs / "fid_stats").glob("*.npz"))) == 10  # the run store, not the repo
    arts = [a.path for a in client.list_artifacts(result.run_id, "samples")]
    assert [Path(a).name for a in arts] == ["0000004.png"]
    png = client.download_artifacts(result.run_id, arts[0], str(in_tmp))
    w, h = Image.open(png).size
    assert (h, w) == (10 * (8 + 2) + 2, 2 * (8 + 2) + 2)  # 10 rows (classes) of 2 latents


# ---------------------------------------------------------------------------------------------
# the real Inception (slow on CPU: ~1-6 images/s)


@pytest.mark.slow
def test_fid50k_equals_metric_fid_on_the_same_draws(tmp_path: Path) -> None:
    from blocks.metrics_image.blocks import FIDMetric, FIDParams
    from blocks.metrics_image.paper import FID50kParams

    prog = _program("digits_dcgan")
    ours = FID50kMetric("f", FID50kParams(num_samples=12, n_real=12), (1, 8, 8), len(prog.data))
    ours.stats_dir = tmp_path
    ref = FIDMetric("g", FIDParams(n_real=12, n_fake=12), (1, 8, 8), "inception")
    a = ours.compute(prog.G, prog.latent, prog.data, prog.device)["fid"]
    b = ref.compute(prog.G, prog.latent, prog.data, prog.device)["fid"]
    assert a == pytest.approx(b, rel=1e-5)
    assert ours.protocol()["label"] == "FID"
    assert FID50kParams().num_samples == 50000


@pytest.mark.slow
def test_inception_score_block_runs_on_a_head_file(tmp_path: Path) -> None:
    from blocks.metrics_image.inception import torch_fidelity_state_dict
    from blocks.metrics_image.inception_score import InceptionLogits
    from blocks.metrics_image.paper import ISMetric, ISParams

    state = torch_fidelity_state_dict()  # the FID weights; a random head stands in for the fc
    state["fc.weight"] = torch.randn(1008, 2048, generator=torch.Generator().manual_seed(0))
    path = tmp_path / "head.pth"
    torch.save(state, path)
    prog = _program("digits_dcgan")
    p = ISParams(num_samples=12, splits=3, weights_path=str(path), check_hash=False)
    m = ISMetric("is", p, (1, 8, 8), None)
    out = m.compute(prog.G, prog.latent, prog.data, prog.device)
    net = InceptionLogits(path)
    with torch.random.fork_rng():
        torch.manual_seed(p.seed)
        prog.G.eval()
        with torch.no_grad():
            x = prog.G(prog.latent.sample(12, prog.device))
    from blocks.metrics_image.inception import to_uint8_rgb

    expect = inception_score(net(to_uint8_rgb(x)), 3, True, p.seed)
    assert out["is"] == pytest.approx(expect[0], rel=1e-6) and out["is"] >= 1.0
    assert out["is_std"] == pytest.approx(expect[1], rel=1e-5, abs=1e-9)
