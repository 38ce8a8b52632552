"""Metrics as papers report them: FID-50k with cached real statistics, Inception Score,
intra-class FID.

- ``metric.fid50k``: FID (Heusel et al. 2017) by TTUR's / torch-fidelity's definition: 50,000
  generated images against the Gaussian fit of the real set (all of it, up to ``n_real``), the
  real (μ, Σ) computed once and cached on disk (``stats_cache``); features streamed in batches on
  the evaluation device; the time, the rate and whether the statistics came from the cache are
  reported (the runner logs them as ``perf/eval/<node>/…``).
- ``metric.inception_score``: IS (Salimans et al. 2016) as torch-fidelity computes it.
- ``metric.intra_fid``: intra-class FID (Miyato & Koyama, ICLR 2018; StudioGAN): the mean over
  classes of the FID between real images of class c and G(z, y=c).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, UnsupportedShape
from blocks.metrics_image.blocks import _INPUTS, check_image_shape, dataset_size, resolve_domain
from blocks.metrics_image.features import (
    INCEPTION_RESIZE,
    FeatureExtractor,
    domain_extractor,
    inception_extractor,
)
from blocks.metrics_image.fid import GaussianStats, fid_from_stats
from blocks.metrics_image.inception import INCEPTION_DIM, find_inception_weights, to_uint8_rgb
from blocks.metrics_image.inception_score import (
    ISWeightsError,
    check_is_weights,
    inception_logits,
    inception_score,
)
from blocks.metrics_image.sampling import embed_fakes, label_target, labelled_reals
from blocks.metrics_image.stats_cache import (
    Progress,
    StatsAccumulator,
    cache_key,
    cached_stats,
    stats_dir,
)
from blocks.runtime import DataSource, LatentSampler, Metric


class _PaperCommon(BlockParams):
    num_samples: int = Field(
        50000, ge=2, le=1_000_000, description="Generated images (papers: 50,000)."
    )
    batch_size: int = Field(200, ge=1, le=4096, description="Images per batch on the device.")
    seed: int = Field(2020, ge=0, description="Seeds the latents (and the real draw: seed + 1).")
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


class FID50kParams(_PaperCommon):
    n_real: int = Field(
        50000, ge=2, le=10_000_000, description="Real images (capped at the dataset: all of it)."
    )
    weights_path: str | None = Field(
        None, max_length=4096, description="FID Inception TorchScript (default: fid-helper's)."
    )
    cache: bool = Field(True, description="Cache the real statistics on disk.")
    stats_dir: str | None = Field(
        None, max_length=4096, description="Statistics folder (default: <runs dir>/fid_stats)."
    )


class ISParams(_PaperCommon):
    splits: int = Field(10, ge=1, le=1000, description="Parts the samples are split into (10).")
    weights_path: str | None = Field(
        None,
        max_length=4096,
        description="torch-fidelity's weights-inception-2015-12-05-6726825d.pth (with fc head).",
    )
    check_hash: bool = Field(True, description="Require the file's sha256 to start 6726825d.")


class IntraFIDParams(BlockParams):
    n_real_per_class: int = Field(
        5000, ge=2, le=1_000_000, description="Real images per class (capped at the class size)."
    )
    n_fake_per_class: int = Field(5000, ge=2, le=1_000_000, description="G(z, y=c) per class.")
    extractor: Literal["inception", "domain"] = Field(
        "inception", description="Features: FID Inception pool3, or the dataset's classifier."
    )
    dataset: Literal["auto", "digits", "animal_mnist"] = Field(
        "auto", description="Domain classifier's dataset (auto: the data source's dataset)."
    )
    weights_path: str | None = Field(
        None, max_length=4096, description="FID Inception TorchScript (default: fid-helper's)."
    )
    batch_size: int = Field(200, ge=1, le=4096, description="Images per batch on the device.")
    seed: int = Field(2020, ge=0, description="Seeds the latents (class c: seed + c).")
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")
    cache: bool = Field(True, description="Cache the per-class real statistics on disk.")
    stats_dir: str | None = Field(
        None, max_length=4096, description="Statistics folder (default: <runs dir>/fid_stats)."
    )


# ---------------------------------------------------------------------------------------------
# metrics


class _PaperMetric(Metric):
    name = ""

    def __init__(self, node_id: str, params: Any, data_shape: tuple[int, ...], n_available: Any):
        self.node_id, self.params, self.every = node_id, params, params.every
        self.data_shape = tuple(data_shape)
        self.n_available = n_available
        #: the runner's statistics folder (``<runs dir>/fid_stats``); ``params.stats_dir`` wins
        self.stats_dir: Any = None
        #: what the last evaluation did: images embedded, cache hits (logged as perf/eval/<node>/…)
        self.eval_stats: dict[str, float] = {}
        self.report: Callable[[str], None] | None = None

    def folder(self) -> Any:
        p = self.params
        if not getattr(p, "cache", False):
            return None
        return stats_dir(p.stats_dir or self.stats_dir)

    def _progress(self, total: int) -> Progress:
        return Progress(f"{self.node_id} ({self.name})", total, self.report)


class FID50kMetric(_PaperMetric):
    name = "fid50k"

    def extractor(self, device: torch.device) -> FeatureExtractor:
        return inception_extractor(self.params.weights_path, device)

    def real_key(self, data: Any, ext: FeatureExtractor, n: int) -> str | None:
        key_id = getattr(data, "cache_key", None)
        if key_id is None:
            return None
        return cache_key(
            data=key_id,
            shape=list(self.data_shape),
            transform=INCEPTION_RESIZE,
            extractor=ext.name,
            weights_sha256=ext.sha256,
            n_real=n,
            seed=self.params.seed + 1,
        )

    def real_stats(self, data: Any, ext: FeatureExtractor, device: torch.device, prog: Progress):
        p = self.params
        n = p.n_real if self.n_available is None else min(p.n_real, self.n_available)

        def compute() -> GaussianStats:
            with torch.no_grad():
                images = data.sample_without_replacement(
                    n, torch.Generator().manual_seed(p.seed + 1)
                )
                acc = StatsAccumulator()
                for i in range(0, images.shape[0], p.batch_size):
                    x = images[i : i + p.batch_size].to(device)
                    acc.add(ext.features(x))
                    prog.add(x.shape[0], "real")
            return acc.stats()

        key = self.real_key(data, ext, n)
        folder = self.folder() if key is not None else None
        stats, hit = cached_stats(folder, key or "", compute) if key else (compute(), False)
        return stats, hit

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        p = self.params
        ext = self.extractor(device)
        n_real = p.n_real if self.n_available is None else min(p.n_real, self.n_available)
        prog = self._progress(n_real + p.num_samples)
        real, hit = self.real_stats(data, ext, device, prog)
        if hit:
            prog.total = p.num_samples
        acc = StatsAccumulator()
        ok = embed_fakes(
            generator,
            latent,
            p.num_samples,
            lambda x: acc.add(ext.features(x)),
            device,
            p.batch_size,
            p.seed,
            prog,
        )
        self.eval_stats = {
            "images": float(prog.done),
            "feature_seconds": prog.seconds,
            "real_cache_hit": float(hit),
        }
        self.n_real_used = real.n
        return {"fid": fid_from_stats(real, acc.stats()) if ok else math.nan}

    def protocol(self) -> dict[str, Any]:
        p = self.params
        n_real = p.n_real if self.n_available is None else min(p.n_real, self.n_available)
        path = find_inception_weights(p.weights_path)
        from blocks.metrics_image.inception import file_sha256

        out: dict[str, Any] = {
            "metric": "fid",
            "label": f"FID-{p.num_samples // 1000}k" if p.num_samples % 1000 == 0 else "FID",
            "definition": "TTUR / torch-fidelity: Frechet distance of Inception pool3 fits",
            "n_fake": p.num_samples,
            "n_real": n_real,
            "seed": p.seed,
            "extractor": "inception_v3_tf_2015_12_05_pool3",
            "resize": INCEPTION_RESIZE,
            "weights_file": path.name,
            "weights_sha256": file_sha256(str(path))[:16],
            "real_stats": "cached on disk" if self.folder() is not None else "computed per run",
        }
        if min(n_real, p.num_samples) <= INCEPTION_DIM:
            out["warning"] = "n <= 2048: rank-deficient covariance, FID biased upward"
        return out


class ISMetric(_PaperMetric):
    name = "inception_score"

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        p = self.params
        path = check_is_weights(self.node_id, p.weights_path, p.check_hash)
        net = inception_logits(str(path), str(device))
        out: list[Tensor] = []
        prog = self._progress(p.num_samples)
        ok = embed_fakes(
            generator,
            latent,
            p.num_samples,
            lambda x: out.append(net(to_uint8_rgb(x)).double()),
            device,
            p.batch_size,
            p.seed,
            prog,
        )
        self.eval_stats = {"images": float(prog.done), "feature_seconds": prog.seconds}
        if not ok:
            return {"is": math.nan, "is_std": math.nan}
        mean, std = inception_score(torch.cat(out), p.splits, True, p.seed)
        return {"is": mean, "is_std": std}

    def protocol(self) -> dict[str, Any]:
        p = self.params
        return {
            "metric": "inception_score",
            "definition": "exp(E KL(p(y|x) || p(y))), softmax of 1008 logits, torch-fidelity",
            "n_fake": p.num_samples,
            "splits": p.splits,
            "seed": p.seed,
            "weights_file": p.weights_path and str(p.weights_path).rsplit("/", 1)[-1],
        }


def intra_fid(per_class: list[float]) -> float:
    """Intra-class FID (Miyato & Koyama 2018): the mean of the per-class FIDs."""
    if not per_class:
        raise ValueError("no classes")
    return float(sum(per_class) / len(per_class))


class IntraFIDMetric(_PaperMetric):
    name = "intra_fid"

    def __init__(self, *args: Any, dataset: str | None = None, n_classes: int = 0):
        super().__init__(*args)
        self.dataset, self.n_classes = dataset, n_classes
        self.per_class: list[float] = []

    def extractor(self, device: torch.device, data: Any) -> FeatureExtractor:
        p = self.params
        if p.extractor == "inception":
            return inception_extractor(p.weights_path, device)
        if self.dataset is None:
            self.dataset = resolve_domain(self.node_id, p.dataset, data)
        return domain_extractor(str(self.dataset), device)

    def key(self) -> str:
        if self.params.extractor == "inception":
            return "intra_fid"
        return f"domain_intra_fd/{self.dataset}"

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        p = self.params
        ext = self.extractor(device, data)
        images, labels = labelled_reals(self.node_id, data, p.seed + 1)
        k = self.n_classes or int(getattr(data, "n_classes", 0))
        prog = self._progress(k * (p.n_real_per_class + p.n_fake_per_class))
        folder, key_id, hits, fids = self.folder(), getattr(data, "cache_key", None), 0, []
        frechet = 0.0
        for c in range(k):
            idx = (labels == c).nonzero().flatten()[: p.n_real_per_class].to(images.device)

            def compute(idx: Tensor = idx, c: int = c) -> GaussianStats:
                acc = StatsAccumulator()
                with torch.no_grad():
                    for i in range(0, idx.numel(), p.batch_size):
                        x = images.index_select(0, idx[i : i + p.batch_size]).to(device)
                        acc.add(ext.features(x))
                        prog.add(x.shape[0], f"real, class {c}")
                return acc.stats()

            if idx.numel() < 2:
                raise UnsupportedShape(f"{self.node_id}: class {c} has {idx.numel()} real images")
            if key_id is None:
                real, hit = compute(), False
            else:
                key = cache_key(
                    data=key_id,
                    shape=list(self.data_shape),
                    transform=ext.resize(self.data_shape),
                    extractor=ext.name,
                    weights_sha256=ext.sha256,
                    n_real=int(idx.numel()),
                    seed=p.seed + 1,
                    label=c,
                )
                real, hit = cached_stats(folder, key, compute)
            hits += int(hit)
            acc = StatsAccumulator()

            def embed(x: Tensor, acc: StatsAccumulator = acc) -> None:
                acc.add(ext.features(x))

            ok = embed_fakes(
                generator,
                latent,
                p.n_fake_per_class,
                embed,
                device,
                p.batch_size,
                p.seed + c,
                prog,
                label=c,
            )
            if not ok:
                return {self.key(): math.nan, f"{self.key()}_max": math.nan}
            t0 = time.perf_counter()
            fids.append(fid_from_stats(real, acc.stats()))
            frechet += time.perf_counter() - t0
        self.per_class = fids
        self.eval_stats = {
            "images": float(prog.done),
            "feature_seconds": prog.seconds - frechet,
            "real_cache_hit": float(hits == k),
        }
        return {self.key(): intra_fid(fids), f"{self.key()}_max": max(fids)}

    def protocol(self) -> dict[str, Any]:
        p = self.params
        out: dict[str, Any] = {
            "metric": "intra_fid",
            "definition": "mean over classes c of FD(real of class c, G(z, y=c)) (Miyato 2018)",
            "n_classes": self.n_classes,
            "n_real_per_class": p.n_real_per_class,
            "n_fake_per_class": p.n_fake_per_class,
            "seed": p.seed,
            "extractor": p.extractor if p.extractor == "inception" else f"domain/{self.dataset}",
        }
        if p.extractor == "inception":
            out["resize"] = INCEPTION_RESIZE
        return out


# ---------------------------------------------------------------------------------------------
# blocks


class FID50kBlock(Block):
    """FID-50k as papers report it (Heusel et al. 2017; TTUR / torch-fidelity definition).

    50,000 generated images against the real training set's Gaussian fit (Inception 2015-12-05
    pool3, uint8, TF1-bilinear to 299). The real (μ, Σ) are computed once and cached on disk,
    keyed by dataset, transform, extractor, weights hash and image count; features are streamed
    in batches on the device; time and images/s are logged.
    """

    type = "metric.fid50k"
    title = "FID-50k (paper protocol)"
    paper = "Heusel et al. 2017, GANs Trained by a Two Time-Scale Update Rule (NeurIPS)"
    Params = FID50kParams
    inputs = _INPUTS
    outputs = ()

    def build(self, ctx: BuildContext) -> FID50kMetric:
        check_image_shape(self.node_id, ctx.data_shape)
        find_inception_weights(self.params.weights_path)  # type: ignore[attr-defined]
        return FID50kMetric(self.node_id, self.params, ctx.data_shape, dataset_size(ctx.data))


class InceptionScoreBlock(Block):
    """Inception Score (Salimans et al., NeurIPS 2016), computed as torch-fidelity does.

    exp(E_x KL(p(y|x) ‖ p(y))) from the softmax of the 2015-12-05 Inception's 1008 logits, 10
    splits (mean and std). Needs the user's torch-fidelity weights file (``weights_path``).
    """

    type = "metric.inception_score"
    title = "Inception Score"
    paper = "Salimans et al. 2016, Improved Techniques for Training GANs (NeurIPS)"
    Params = ISParams
    inputs = _INPUTS
    outputs = ()

    def check(self) -> list[BlockProblem]:
        p: ISParams = self.params  # type: ignore[assignment]
        try:
            check_is_weights(self.node_id, p.weights_path, p.check_hash)
        except ISWeightsError as err:
            return [BlockProblem("weights_path", "missing_file", str(err))]
        return []

    def build(self, ctx: BuildContext) -> ISMetric:
        p: ISParams = self.params  # type: ignore[assignment]
        check_image_shape(self.node_id, ctx.data_shape)
        check_is_weights(self.node_id, p.weights_path, p.check_hash)
        return ISMetric(self.node_id, p, ctx.data_shape, None)


class IntraFIDBlock(Block):
    """Intra-class FID (Miyato & Koyama, ICLR 2018, cGANs with Projection Discriminator).

    For a conditional G (``data.labels`` wired to ``G.y``): the mean over classes c of the FID
    between the real images of class c and G(z, y=c) (StudioGAN's intra-class FID). With the
    domain extractor it is the domain Fréchet distance per class, reported as
    ``domain_intra_fd/<dataset>``, never as FID.
    """

    type = "metric.intra_fid"
    title = "Intra-class FID"
    paper = "Miyato & Koyama 2018, cGANs with Projection Discriminator (ICLR)"
    Params = IntraFIDParams
    inputs = _INPUTS
    outputs = ()

    def build(self, ctx: BuildContext) -> IntraFIDMetric:
        p: IntraFIDParams = self.params  # type: ignore[assignment]
        check_image_shape(self.node_id, ctx.data_shape)
        if not ctx.n_classes:
            raise UnsupportedShape(f"{self.node_id}: intra-class FID needs labelled data")
        gens = ctx.inputs.get("generator") or []
        if gens and isinstance(gens[0], nn.Module) and label_target(gens[0]) is None:
            raise UnsupportedShape(
                f"{self.node_id}: the generator takes no labels: wire the data's labels to G.y"
            )
        dataset = None
        if p.extractor == "inception":
            find_inception_weights(p.weights_path)
        else:
            dataset = resolve_domain(self.node_id, p.dataset, ctx.data)
        return IntraFIDMetric(
            self.node_id,
            p,
            ctx.data_shape,
            dataset_size(ctx.data),
            dataset=dataset,
            n_classes=ctx.n_classes,
        )


PAPER_METRIC_BLOCKS: list[type[Block]] = [FID50kBlock, InceptionScoreBlock, IntraFIDBlock]
