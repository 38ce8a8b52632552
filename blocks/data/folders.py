"""Datasets read from folders: an image folder and torchvision's on-disk datasets."""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

import numpy as np
import torch
from pydantic import Field
from torch import Tensor

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, Shape
from blocks.data.common import (
    IMG_EXTENSIONS,
    LABELLED_OUT,
    REAL_OUT,
    TensorSource,
    locate_root,
    resize_images,
    root_problem,
)
from blocks.data.packaged import safe_pickle_load
from schemas.datapaths import Place, describe_places
from schemas.io import open_regular

# --------------------------------------------------------------------------------------------
# Image folder


def _is_image(name: str) -> bool:
    return name.lower().endswith(IMG_EXTENSIONS) and not name.startswith(".")


def _walk_images(root: Path) -> Iterator[str]:
    """Image paths under ``root`` relative to it, in sorted order (hidden entries skipped)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel = os.path.relpath(dirpath, root)
        for f in sorted(filenames):
            if _is_image(f):
                yield f if rel == "." else os.path.join(rel, f)


def holds_images(root: Path) -> bool:
    """True when ``root`` is a folder with at least one image under it."""
    return root.is_dir() and next(_walk_images(root), None) is not None


def _why_no_images(path: Path) -> str:
    if not path.exists():
        return "no folder"
    return "a file, not a folder" if not path.is_dir() else "no image files"


def list_images(root: Path) -> list[str]:
    """Every image under ``root`` (recursively), relative paths, sorted."""
    return sorted(_walk_images(root))


def load_image(path: Path, size: int, channels: int) -> Tensor:
    """One image → uint8 ``[channels, size, size]``: shorter side resized to size, centre crop.

    Only a regular file is opened (checked on the open descriptor): a FIFO or a device file with
    an image's name is refused with the reason, never read."""
    import torchvision.transforms.v2.functional as TF
    from PIL import Image

    try:
        # regular files only: a FIFO named a.png would block the read forever, /dev/zero never end
        with open_regular(path) as f, Image.open(f) as opened:
            im = opened.convert("L" if channels == 1 else "RGB")
            im = TF.resize(im, size, interpolation=TF.InterpolationMode.BILINEAR, antialias=True)
            im = TF.center_crop(im, [size, size])
            return TF.pil_to_tensor(im)
    except OSError as e:
        raise ValueError(f"cannot read image {path}: {e}") from e


class ImageFolderParams(BlockParams):
    root: str = Field(
        "images",
        description="Folder of images (relative: in the data folder, the graph's folder, the cwd).",
    )
    size: int = Field(64, ge=4, le=1024, description="Side of the square images (resize, crop).")
    channels: Literal[1, 3] = Field(3, description="1: grayscale, 3: RGB.")
    max_images: int = Field(0, ge=0, le=10_000_000, description="Load at most this many (0: all).")


class ImageFolder(Block):
    """A folder of images (torchvision ImageFolder layout, or flat), loaded once onto the device.

    Every image under ``root`` is read, recursively (``root/<class>/<img>.png`` as torchvision's
    ``ImageFolder`` expects, or images directly in ``root``; class labels are not used), in sorted
    path order, hidden files and folders skipped. Each is converted to ``channels``, its shorter
    side resized to ``size`` (bilinear, antialiased) and centre-cropped, then kept as uint8.
    ``max_images`` keeps a fixed random subset (seed 0, independent of the run seed, so the same
    graph always sees the same images). ``cache_key`` fingerprints the file list (relative paths and
    byte sizes), so metrics re-extract real features when the folder changes.
    """

    type = "data.image_folder"
    title = "Image folder"
    paper = "torchvision ImageFolder"
    Params = ImageFolderParams
    outputs = REAL_OUT
    params: ImageFolderParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        p = self.params
        return {"real": (p.channels, p.size, p.size)}

    def check(self) -> list[BlockProblem]:
        bad = root_problem("root", self.params.root)
        if bad:
            return [bad]
        root, places = locate_root(self.params.root, holds_images)
        if root is not None:
            return []
        return [BlockProblem("root", "missing_data", self._missing(places))]

    def _missing(self, places: list[Place]) -> str:
        """What is missing and where it was looked for (one place: the short message)."""
        exts = ", ".join(IMG_EXTENSIONS)
        layout = (
            "root/<class>/<image>.png as for torchvision ImageFolder, or directly in root;"
            f" extensions {exts}"
        )
        if len(places) == 1:
            path = places[0].path
            if path.is_dir():
                return f"no image files ({exts}) under {path}"
            return (
                f"no folder at {path}: put the images there ({layout}) or point root at the"
                " folder that holds them"
            )
        looked = ", ".join(f"{p.path} ({p.label}: {_why_no_images(p.path)})" for p in places)
        return (
            f"no images for root '{self.params.root}': looked in {looked}. Put the images in one"
            f" of these ({layout}), or set --data-dir / GANCANVAS_DATA to the folder that holds"
            f" '{self.params.root}'"
        )

    def build(self, ctx: BuildContext) -> TensorSource:
        p = self.params
        problems = self.check()
        if problems:
            raise FileNotFoundError(problems[0].message)
        root, _ = locate_root(p.root, holds_images)
        assert root is not None  # check() found it
        files = list_images(root)
        if 0 < p.max_images < len(files):
            keep = torch.randperm(len(files), generator=torch.Generator().manual_seed(0))[
                : p.max_images
            ]
            files = [files[i] for i in sorted(keep.tolist())]
        workers = min(8, os.cpu_count() or 1, len(files))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            images = list(pool.map(lambda f: load_image(root / f, p.size, p.channels), files))
        data = torch.stack(images).to(ctx.device)
        digest = hashlib.sha1()
        for f in files:
            digest.update(f"{f}\0{(root / f).stat().st_size}\n".encode())
        key = (
            f"image_folder:{digest.hexdigest()[:16]}:n={len(files)}"
            f":size={p.size}:channels={p.channels}"
        )
        return TensorSource(data, ctx.run.seed, key)


# --------------------------------------------------------------------------------------------
# torchvision datasets (read from torchvision's on-disk layout, downloaded only on request)

TorchvisionName = Literal["mnist", "fashion_mnist", "cifar10"]
_TV_NATIVE: dict[str, Shape] = {
    "mnist": (1, 28, 28),
    "fashion_mnist": (1, 28, 28),
    "cifar10": (3, 32, 32),
}
_MNIST_FOLDER = {"mnist": "MNIST", "fashion_mnist": "FashionMNIST"}
CIFAR_FOLDER = "cifar-10-batches-py"
CIFAR_FILES = {"train": [f"data_batch_{i}" for i in range(1, 6)], "test": ["test_batch"]}


def expected_files(dataset: str, split: str) -> tuple[str, list[str]]:
    """(folder relative to root, file names) the loader reads; MNIST files may also end in .gz."""
    if dataset == "cifar10":
        return CIFAR_FOLDER, CIFAR_FILES[split]
    prefix = "train" if split == "train" else "t10k"
    return f"{_MNIST_FOLDER[dataset]}/raw", [f"{prefix}-images-idx3-ubyte"]


def _find(folder: Path, name: str, gz: bool) -> Path | None:
    for cand in (name, name + ".gz") if gz else (name,):
        if (folder / cand).is_file():
            return folder / cand
    return None


def missing_files(root: Path, dataset: str, split: str) -> list[Path]:
    """The expected files that are not there (MNIST: neither plain nor .gz)."""
    sub, names = expected_files(dataset, split)
    gz = dataset != "cifar10"
    return [root / sub / n for n in names if _find(root / sub, n, gz) is None]


def read_idx_images(path: Path) -> Tensor:
    """An idx3-ubyte image file (plain or gzip) → uint8 ``[N, 1, H, W]``."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        raw = bytearray(f.read())
    if len(raw) < 16 or int.from_bytes(raw[0:4], "big") != 0x803:
        raise ValueError(f"{path} is not an idx3-ubyte image file (bad magic number)")
    n, h, w = (int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(3))
    if len(raw) != 16 + n * h * w:
        raise ValueError(f"{path} is truncated: {len(raw) - 16} pixel bytes for {n}×{h}×{w} images")
    return torch.frombuffer(raw, dtype=torch.uint8, offset=16, count=n * h * w).view(n, 1, h, w)


def read_cifar_batches(paths: list[Path]) -> Tensor:
    """CIFAR-10 python batches (pickled dicts, ``data`` [N, 3072]) → uint8 ``[N, 3, 32, 32]``."""
    return read_cifar_labelled(paths)[0]


def read_cifar_labelled(paths: list[Path]) -> tuple[Tensor, Tensor]:
    """CIFAR-10 python batches → (uint8 images ``[N, 3, 32, 32]``, int64 labels ``[N]``)."""
    parts, labels = [], []
    for path in paths:
        with open(path, "rb") as f:
            entry = safe_pickle_load(f, encoding="latin1")
        data = entry["data"] if "data" in entry else entry[b"data"]
        parts.append(
            torch.from_numpy(np.ascontiguousarray(data, dtype=np.uint8)).view(-1, 3, 32, 32)
        )
        y = entry["labels"] if "labels" in entry else entry[b"labels"]
        labels.append(torch.as_tensor(np.asarray(y, dtype=np.int64)))
    return torch.cat(parts), torch.cat(labels)


def read_idx_labels(path: Path) -> Tensor:
    """An idx1-ubyte label file (plain or gzip) → int64 ``[N]``."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        raw = bytearray(f.read())
    if len(raw) < 8 or int.from_bytes(raw[0:4], "big") != 0x801:
        raise ValueError(f"{path} is not an idx1-ubyte label file (bad magic number)")
    n = int.from_bytes(raw[4:8], "big")
    if len(raw) != 8 + n:
        raise ValueError(f"{path} is truncated: {len(raw) - 8} label bytes for {n} labels")
    return torch.frombuffer(raw, dtype=torch.uint8, offset=8, count=n).long()


def _download(root: Path, dataset: str, split: str) -> None:
    import torchvision.datasets as tvd

    cls = {"mnist": tvd.MNIST, "fashion_mnist": tvd.FashionMNIST, "cifar10": tvd.CIFAR10}[dataset]
    cls(str(root), train=split == "train", download=True)  # writes only under root


class TorchvisionParams(BlockParams):
    dataset: TorchvisionName = Field("mnist", description="Which dataset (torchvision's files).")
    root: str = Field(
        ".",
        description="Folder of torchvision's files (relative: in the data folder, the graph's"
        " folder, the cwd; '.': the data folder itself).",
    )
    split: Literal["train", "test"] = Field("train", description="Training or test images.")
    download: bool = Field(False, description="Fetch missing files into root (needs internet).")
    resize: int | None = Field(
        None, ge=8, le=512, description="Resize once at load (none: native)."
    )


class TorchvisionData(Block):
    """MNIST, Fashion-MNIST or CIFAR-10 from torchvision's on-disk files; downloads only if asked.

    Shapes: MNIST/Fashion-MNIST [1, 28, 28], CIFAR-10 [3, 32, 32], or ``resize``² with bilinear
    (antialiased) resizing once at load. Files are read from torchvision's layout under ``root``:
    ``MNIST/raw/train-images-idx3-ubyte`` (or ``.gz``), ``FashionMNIST/raw/...``,
    ``cifar-10-batches-py/data_batch_1..5`` / ``test_batch``. Nothing is downloaded unless
    ``download`` is true; then torchvision fetches the files into ``root``.
    """

    type = "data.torchvision"
    title = "MNIST / Fashion-MNIST / CIFAR-10"
    paper = "torchvision datasets: LeCun et al. 1998; Xiao et al. 2017; Krizhevsky 2009"
    Params = TorchvisionParams
    outputs = LABELLED_OUT
    params: TorchvisionParams

    def n_classes(self) -> int:
        return 10

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        c, h, w = _TV_NATIVE[self.params.dataset]
        if self.params.resize:
            h = w = self.params.resize
        return {"real": (c, h, w)}

    def _locate(self) -> tuple[Path | None, list[Place]]:
        """The first place of root holding the dataset's files, and every place looked."""
        p = self.params
        return locate_root(p.root, lambda r: not missing_files(r, p.dataset, p.split))

    def check(self) -> list[BlockProblem]:
        p = self.params
        bad = root_problem("root", p.root)
        if bad:
            return [bad]
        root, places = self._locate()
        if root is not None or p.download:
            return []
        return [BlockProblem("root", "missing_data", self._missing(places))]

    def _missing(self, places: list[Place]) -> str:
        """Which files are missing and every place looked (one place: the short message)."""
        p = self.params
        sub, _ = expected_files(p.dataset, p.split)
        gz = " (each may also end in .gz)" if p.dataset != "cifar10" else ""
        first = places[0].path
        listed = ", ".join(m.name for m in missing_files(first, p.dataset, p.split))
        if len(places) == 1:
            return (
                f"{p.dataset} {p.split} files not found: expected {listed}{gz} in {first / sub}."
                f" Copy torchvision's {p.dataset} files there (torchvision's layout under root"
                f" {first}), or set download: true to fetch them (needs internet)"
            )
        return (
            f"{p.dataset} {p.split} files not found for root '{p.root}': expected {listed}{gz}"
            f" in <root>/{sub}; looked in {describe_places(places, sub)}. Copy torchvision's"
            f" {p.dataset} files into one of these, set --data-dir / GANCANVAS_DATA to the folder"
            f" that holds them, or set download: true to fetch them into {first}"
            " (needs internet)"
        )

    def build(self, ctx: BuildContext) -> TensorSource:
        p = self.params
        problems = self.check()
        if problems:
            raise FileNotFoundError(problems[0].message)
        found, places = self._locate()
        root = found or places[0].path  # not found and download asked: into the first place
        if found is None:
            _download(root, p.dataset, p.split)
        sub, names = expected_files(p.dataset, p.split)
        labels: Tensor | None = None
        if p.dataset == "cifar10":
            x, labels = read_cifar_labelled([root / sub / n for n in names])
        else:
            found = _find(root / sub, names[0], gz=True)
            assert found is not None  # missing_files said it is there
            x = read_idx_images(found)
            # labels sit beside the images (train-labels-idx1-ubyte); optional: images alone train
            label_file = _find(root / sub, names[0].replace("images-idx3", "labels-idx1"), gz=True)
            if label_file is not None:
                labels = read_idx_labels(label_file)
        x = x.to(ctx.device)
        if p.resize:
            x = resize_images(x, p.resize)
        key = f"torchvision:{p.dataset}:{p.split}:resize={p.resize or 'native'}"
        return TensorSource(x, ctx.run.seed, key, labels)


#: the blocks of this module, for the registry
