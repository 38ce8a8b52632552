"""Image metrics, offline: FID (Heusel et al. 2017), KID (Bińkowski et al. 2018), improved
precision/recall (Kynkäänniemi et al. 2019), density/coverage (Naeem et al. 2020) and the domain
Fréchet distance on small shipped classifiers. Pure functions live in ``fid``, ``kid``, ``prdc``;
extractors in ``inception``, ``domain``, ``features``; the block classes in ``blocks``.
"""

from blocks.metrics_image.blocks import (
    IMAGE_METRIC_BLOCKS,
    DomainFDBlock,
    FIDBlock,
    KIDBlock,
    PrecisionRecallBlock,
)
from blocks.metrics_image.domain import DomainWeightsMissing
from blocks.metrics_image.fid import (
    GaussianStats,
    feature_stats,
    fid_from_features,
    frechet_distance,
)
from blocks.metrics_image.inception import InceptionWeightsMissing
from blocks.metrics_image.kid import kid
from blocks.metrics_image.prdc import density_coverage, prdc, precision_recall

__all__ = [
    "IMAGE_METRIC_BLOCKS",
    "DomainFDBlock",
    "DomainWeightsMissing",
    "FIDBlock",
    "GaussianStats",
    "InceptionWeightsMissing",
    "KIDBlock",
    "PrecisionRecallBlock",
    "density_coverage",
    "feature_stats",
    "fid_from_features",
    "frechet_distance",
    "kid",
    "prdc",
    "precision_recall",
]
