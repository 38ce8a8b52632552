"""Datasets that ship in installed packages: scikit-learn digits and Animal-MNIST."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
import torch
from pydantic import Field

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, Shape
from blocks.data.common import (
    LABELLED_OUT,
    TensorSource,
    resize_images,
)

# --------------------------------------------------------------------------------------------
# scikit-learn digits


class DigitsParams(BlockParams):
    resize: Literal[16, 32] | None = Field(
        None, description="Upsample the 8×8 digits once at load (bilinear); none keeps 8×8."
    )


class Digits(Block):
    """scikit-learn handwritten digits (UCI optdigits): 1797 8×8 grayscale images, offline.

    Pixel values 0..16 map linearly to [−1, 1]; ``resize`` upsamples to 16 or 32 with bilinear
    interpolation once at load (handy for conv nets that want a power of two above 8).
    ``labels`` gives the digit (0–9) of each image, for conditional GANs.
    """

    type = "data.digits"
    title = "Digits 8×8 (scikit-learn)"
    paper = "Alpaydin & Kaynak, UCI Optical Recognition of Handwritten Digits, 1998"
    Params = DigitsParams
    outputs = LABELLED_OUT
    params: DigitsParams

    def n_classes(self) -> int:
        return 10

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        s = self.params.resize or 8
        return {"real": (1, s, s)}

    def build(self, ctx: BuildContext) -> TensorSource:
        from sklearn.datasets import load_digits

        digits = load_digits()
        images = digits.images  # float64 [1797, 8, 8] in 0..16
        x = torch.from_numpy(images).float().unsqueeze(1).to(ctx.device).div_(8.0).sub_(1.0)
        if self.params.resize:
            x = resize_images(x, self.params.resize).clamp_(-1.0, 1.0)
        labels = torch.from_numpy(digits.target).long()
        return TensorSource(x, ctx.run.seed, f"digits:resize={self.params.resize or 8}", labels)


class _ArraysOnly(pickle.Unpickler):
    """Unpickles plain containers and numpy arrays only: a data file can never run code.

    CIFAR-10's batches and Animal-MNIST's files are pickles; ``pickle.load`` on a file named by a
    graph would let that file import and call anything. Only the globals numpy needs to rebuild
    an array are allowed.
    """

    ALLOWED: ClassVar[set[tuple[str, str]]] = {
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("_codecs", "encode"),
    }

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from a data file")


def safe_pickle_load(f: Any, **kwargs: Any) -> Any:
    return _ArraysOnly(f, **kwargs).load()


def animal_mnist_root() -> Path | None:
    """Folder of the ``animal-mnist`` package's data files, or None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("animal_mnist")  # locates it without importing (TensorFlow)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "Animal_MNIST"


def load_animal_mnist() -> tuple[np.ndarray, np.ndarray]:
    """The 10,000 Animal-MNIST silhouettes (uint8 [N, 28, 28]) and their labels."""
    root = animal_mnist_root()
    if root is None:
        raise FileNotFoundError("Animal-MNIST is not installed: pip install --no-deps animal-mnist")
    with gzip.open(root / "animal_data_version_3.gz", "rb") as f:
        images = np.asarray(safe_pickle_load(f), dtype=np.uint8)
    with gzip.open(root / "animal_label_version_3.gz", "rb") as f:
        labels = np.asarray(safe_pickle_load(f), dtype=np.int64)
    return images, labels


class AnimalMNISTParams(BlockParams):
    resize: Literal[32] | None = Field(None, description="Upsample 28×28 to 32×32 once at load.")


class AnimalMNIST(Block):
    """Animal-MNIST: 10,000 28×28 animal silhouettes in 10 classes (PyPI `animal-mnist`, MIT)."""

    type = "data.animal_mnist"
    title = "Animal-MNIST 28×28"
    paper = "Animal-MNIST, an animal silhouette extension to MNIST (PyPI animal-mnist, 2026)"
    Params = AnimalMNISTParams
    outputs = LABELLED_OUT
    params: AnimalMNISTParams

    def n_classes(self) -> int:
        return 10

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        s = self.params.resize or 28
        return {"real": (1, s, s)}

    def check(self) -> list[BlockProblem]:
        if animal_mnist_root() is None:
            return [
                BlockProblem(
                    "",
                    "missing_data",
                    "Animal-MNIST is not installed: pip install --no-deps animal-mnist",
                )
            ]
        return []

    def build(self, ctx: BuildContext) -> TensorSource:
        images, labels = load_animal_mnist()
        x = torch.from_numpy(images).unsqueeze(1).to(ctx.device)
        if self.params.resize:
            x = resize_images(x, self.params.resize)
        key = f"animal_mnist:resize={self.params.resize or 28}"
        return TensorSource(x, ctx.run.seed, key, torch.from_numpy(labels))
