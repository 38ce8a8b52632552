"""Data blocks: the real samples a GAN is trained against.

Two families:

- **Toy mixtures** (``data.gaussian_grid``, ``data.gaussian_ring``) sample on the fly from the
  global torch RNG on the run's device (the runner seeds and checkpoints it), and expose their
  ``modes`` and ``mode_std`` for the toy metrics (``blocks.metrics_toy``).
- **Datasets** (``data.digits``, ``data.image_folder``, ``data.torchvision``) are loaded once into
  one tensor on the device (uint8 where the images are 8-bit, so CIFAR-10 takes 150 MB, not 600),
  and batches are gathered by index from a per-epoch permutation: no DataLoader, no worker
  processes, no per-step host sync. The permutation comes from a CPU ``torch.Generator`` seeded
  with the run seed; ``state_dict`` saves (generator state, permutation, position), so a resumed
  run draws exactly the batches the uninterrupted run would have drawn.

Paths. A ``root`` is resolved as the researcher expects from a shell: ``~`` is expanded, a relative
root is taken from the current working directory, and absolute roots (``/data/cifar``) and ``..``
are allowed, because a graph file is as trusted as the training script it replaces and datasets
often live outside the project. Reading never changes anything on disk; the only write is
``data.torchvision`` with ``download: true``, and torchvision then writes only inside ``root``
(``root/MNIST/raw``, ``root/cifar-10-batches-py``). A root that is empty or names a file is a
``bad_path`` problem; a missing root or missing files is ``missing_data``, with the exact path
expected and how to get it. CIFAR-10 batches are Python pickles: they are read with an unpickler
that rebuilds numpy arrays and plain containers only, so a data file can never run code.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import os
import pickle
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, Shape, samples
from blocks.runtime import DataSource

REAL_OUT = (samples("real", "Real samples [B, *shape]."),)

#: lower-case file extensions read by ``data.image_folder`` (torchvision's ``IMG_EXTENSIONS``)
IMG_EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")

#: images resized per chunk on the device (bounds the float32 working memory)
_RESIZE_CHUNK = 4096


# --------------------------------------------------------------------------------------------
# Pure helpers


def grid_centres(grid: int = 5, spacing: float = 2.0) -> Tensor:
    """``[grid², 2]`` centres of a square grid centred on 0, row-major (x slowest).

    ``grid=5, spacing=2`` gives {−4, −2, 0, 2, 4}², the 25-Gaussians grid.
    """
    axis = (torch.arange(grid, dtype=torch.float64) - (grid - 1) / 2) * spacing
    xs, ys = torch.meshgrid(axis, axis, indexing="ij")
    return torch.stack([xs.reshape(-1), ys.reshape(-1)], dim=1).float()


def ring_centres(n_modes: int = 8, radius: float = 2.0) -> Tensor:
    """``[n_modes, 2]`` centres evenly spaced on a circle, the first at angle 0: (radius, 0).

    Angles are 2πk/K for k < K. (Some reference notebooks use ``linspace(0, 2π, K)``, which puts
    the first and last centre on top of each other and so has only K−1 distinct modes.)
    """
    theta = torch.arange(n_modes, dtype=torch.float64) * (2 * math.pi / n_modes)
    return (radius * torch.stack([torch.cos(theta), torch.sin(theta)], dim=1)).float()


def resolve_root(root: str) -> Path:
    """Absolute path of a data root: ``~`` expanded, relative roots taken from the cwd.

    ``..`` is normalised away (so messages show the real folder); symlinks are kept.
    """
    return Path(os.path.abspath(os.path.expanduser(root)))


def root_problem(field: str, root: str) -> BlockProblem | None:
    """``bad_path`` when the root is unusable as a folder name or names an existing file."""
    if not root.strip():
        return BlockProblem(field, "bad_path", "root is empty: give the folder holding the data")
    if "\x00" in root:
        return BlockProblem(field, "bad_path", "root contains a NUL character")
    path = resolve_root(root)
    if path.exists() and not path.is_dir():
        return BlockProblem(field, "bad_path", f"root {path} is a file, not a folder")
    return None


def to_unit_range(x: Tensor) -> Tensor:
    """uint8 images in [0, 255] → float32 in [−1, 1] (0 → −1, 255 → 1); float passes through."""
    if x.dtype == torch.uint8:
        return x.float().div_(127.5).sub_(1.0)
    return x


def resize_images(x: Tensor, size: int) -> Tensor:
    """Bilinear resize of ``[N, C, H, W]`` to ``size×size`` (antialiased when shrinking).

    uint8 in → uint8 out (rounded), float in → float out; done in chunks on x's device.
    """
    if tuple(x.shape[-2:]) == (size, size):
        return x
    out = torch.empty((x.shape[0], x.shape[1], size, size), dtype=x.dtype, device=x.device)
    for i in range(0, x.shape[0], _RESIZE_CHUNK):
        chunk = x[i : i + _RESIZE_CHUNK].float()
        y = F.interpolate(
            chunk, size=(size, size), mode="bilinear", align_corners=False, antialias=True
        )
        out[i : i + _RESIZE_CHUNK] = y.round_().clamp_(0, 255) if x.dtype == torch.uint8 else y
    return out


# --------------------------------------------------------------------------------------------
# Data sources


class MixtureSource(DataSource):
    """Equal-weight isotropic Gaussian mixture; draws from the global RNG on the device."""

    def __init__(self, centres: Tensor, std: float, device: torch.device, cache_key: str):
        self.modes = centres.to(device=device, dtype=torch.float32)
        self.mode_std = float(std)
        self.shape = (int(centres.shape[1]),)
        pad = 3.0 * self.mode_std
        self.value_range = (float(centres.min()) - pad, float(centres.max()) + pad)
        self.cache_key = cache_key
        self._device = device

    def next(self, n: int) -> Tensor:
        modes = self.modes
        assert modes is not None
        idx = torch.randint(modes.shape[0], (n,), device=self._device)
        noise = torch.randn(n, self.shape[0], device=self._device)
        return noise.mul_(self.mode_std).add_(modes[idx])


class TensorSource(DataSource):
    """A whole dataset as one tensor on the device, batched by a per-epoch permutation.

    ``data`` is ``[N, *shape]``, uint8 in [0, 255] or float32 already in [−1, 1]. Batches wrap
    across epochs (the end of one permutation, then the start of the next), so every image is seen
    exactly once per epoch whatever the batch size. The permutation is drawn on the CPU from a
    ``torch.Generator`` seeded with ``seed`` and copied to the device once per epoch (pinned,
    non-blocking: no host sync).
    """

    def __init__(self, data: Tensor, seed: int, cache_key: str):
        if data.shape[0] == 0:
            raise ValueError("the dataset is empty")
        self.data = data
        self.shape = tuple(int(s) for s in data.shape[1:])
        self.value_range = (-1.0, 1.0)
        self.cache_key = cache_key
        self._device = data.device
        self._n = int(data.shape[0])
        self._gen = torch.Generator().manual_seed(int(seed))
        self._perm = self._new_perm()
        self._pos = 0

    def __len__(self) -> int:
        return self._n

    def _new_perm(self) -> Tensor:
        perm = torch.randperm(self._n, generator=self._gen)
        if self._device.type == "cuda":
            return perm.pin_memory().to(self._device, non_blocking=True)
        return perm.to(self._device)

    def _indices(self, n: int) -> Iterator[Tensor]:
        need = n
        while need > 0:
            if self._pos == self._n:
                self._perm, self._pos = self._new_perm(), 0
            take = min(need, self._n - self._pos)
            yield self._perm[self._pos : self._pos + take]
            self._pos += take
            need -= take

    def next(self, n: int) -> Tensor:
        parts = list(self._indices(n))
        idx = parts[0] if len(parts) == 1 else torch.cat(parts)
        return to_unit_range(self.data.index_select(0, idx))

    def state_dict(self) -> dict[str, Any]:
        return {
            "generator": self._gen.get_state(),
            "perm": self._perm.cpu(),
            "pos": self._pos,
            "n": self._n,
            "cache_key": self.cache_key,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if int(state["n"]) != self._n:
            raise ValueError(
                f"the checkpoint's data source had {state['n']} samples, this one has {self._n}:"
                " the dataset changed since the run was saved"
            )
        self._gen.set_state(state["generator"])
        self._perm = state["perm"].to(self._device)
        self._pos = int(state["pos"])


# --------------------------------------------------------------------------------------------
# Toy mixtures


class GaussianGridParams(BlockParams):
    grid: int = Field(5, ge=1, le=20, description="Modes per side (grid² modes in all).")
    spacing: float = Field(2.0, gt=0, le=100, description="Distance between neighbouring centres.")
    std: float = Field(0.05, gt=0, le=10, description="Standard deviation of each mode.")
    scale: float = Field(
        1.0, gt=0, le=100, description="Multiplies centres and std (1/2.828: igul222's gan_toy)."
    )


class GaussianGrid(Block):
    """25-Gaussians grid: 25 equal modes on {−4,−2,0,2,4}², std 0.05 (VEEGAN, PacGAN toy data).

    Centres are ``(k − (grid−1)/2)·spacing`` per axis, then centres and std are multiplied by
    ``scale``; ``scale = 1/2.828 ≈ 0.3536`` reproduces igul222/improved_wgan_training
    ``gan_toy.py`` (centres at ±0.707, ±1.414, std ≈ 0.0177). ``value_range`` is the bounding box
    of the centres widened by 3 mode std.
    """

    type = "data.gaussian_grid"
    title = "25-Gaussians grid"
    paper = "Srivastava et al., VEEGAN, NeurIPS 2017; Lin et al., PacGAN, NeurIPS 2018"
    Params = GaussianGridParams
    outputs = REAL_OUT
    #: read by the compiler: metric.modes needs a source with known modes
    has_modes: ClassVar[bool] = True
    params: GaussianGridParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"real": (2,)}

    def build(self, ctx: BuildContext) -> MixtureSource:
        p = self.params
        key = f"gaussian_grid:grid={p.grid}:spacing={p.spacing!r}:std={p.std!r}:scale={p.scale!r}"
        centres = grid_centres(p.grid, p.spacing) * p.scale
        return MixtureSource(centres, p.std * p.scale, ctx.device, key)


class GaussianRingParams(BlockParams):
    n_modes: int = Field(8, ge=2, le=64, description="Number of modes on the circle.")
    radius: float = Field(2.0, gt=0, le=100, description="Radius of the circle of centres.")
    std: float = Field(0.02, gt=0, le=10, description="Standard deviation of each mode.")


class GaussianRing(Block):
    """8-Gaussians ring: 8 equal modes on a circle of radius 2, std 0.02 (Unrolled GAN toy data).

    The defaults are the Unrolled GAN paper's (radius 2.0, std 0.02; its public notebook uses the
    same ratio at radius 1, std 0.01). VEEGAN/PacGAN use a ring too, with other constants: set
    ``radius``/``std`` to match them. Centres sit at angles 2πk/K, the first at (radius, 0).
    """

    type = "data.gaussian_ring"
    title = "8-Gaussians ring"
    paper = "Metz, Poole, Pfau, Sohl-Dickstein, Unrolled GANs, ICLR 2017"
    Params = GaussianRingParams
    outputs = REAL_OUT
    #: read by the compiler: metric.modes needs a source with known modes
    has_modes: ClassVar[bool] = True
    params: GaussianRingParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"real": (2,)}

    def build(self, ctx: BuildContext) -> MixtureSource:
        p = self.params
        key = f"gaussian_ring:n_modes={p.n_modes}:radius={p.radius!r}:std={p.std!r}"
        return MixtureSource(ring_centres(p.n_modes, p.radius), p.std, ctx.device, key)


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
    """

    type = "data.digits"
    title = "Digits 8×8 (scikit-learn)"
    paper = "Alpaydin & Kaynak, UCI Optical Recognition of Handwritten Digits, 1998"
    Params = DigitsParams
    outputs = REAL_OUT
    params: DigitsParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        s = self.params.resize or 8
        return {"real": (1, s, s)}

    def build(self, ctx: BuildContext) -> TensorSource:
        from sklearn.datasets import load_digits

        images = load_digits().images  # float64 [1797, 8, 8] in 0..16
        x = torch.from_numpy(images).float().unsqueeze(1).to(ctx.device).div_(8.0).sub_(1.0)
        if self.params.resize:
            x = resize_images(x, self.params.resize).clamp_(-1.0, 1.0)
        return TensorSource(x, ctx.run.seed, f"digits:resize={self.params.resize or 8}")


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
    outputs = REAL_OUT
    params: AnimalMNISTParams

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
        images, _ = load_animal_mnist()
        x = torch.from_numpy(images).unsqueeze(1).to(ctx.device)
        if self.params.resize:
            x = resize_images(x, self.params.resize)
        return TensorSource(x, ctx.run.seed, f"animal_mnist:resize={self.params.resize or 28}")


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


def list_images(root: Path) -> list[str]:
    """Every image under ``root`` (recursively), relative paths, sorted."""
    return sorted(_walk_images(root))


def load_image(path: Path, size: int, channels: int) -> Tensor:
    """One image → uint8 ``[channels, size, size]``: shorter side resized to size, centre crop."""
    import torchvision.transforms.v2.functional as TF
    from PIL import Image

    try:
        with Image.open(path) as opened:
            im = opened.convert("L" if channels == 1 else "RGB")
            im = TF.resize(im, size, interpolation=TF.InterpolationMode.BILINEAR, antialias=True)
            im = TF.center_crop(im, [size, size])
            return TF.pil_to_tensor(im)
    except OSError as e:
        raise ValueError(f"cannot read image {path}: {e}") from e


class ImageFolderParams(BlockParams):
    root: str = Field("data/images", description="Folder of images (relative: from the cwd).")
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
        root = resolve_root(self.params.root)
        exts = ", ".join(IMG_EXTENSIONS)
        if not root.is_dir():
            return [
                BlockProblem(
                    "root",
                    "missing_data",
                    f"no folder at {root}: put the images there (root/<class>/<image>.png as for"
                    f" torchvision ImageFolder, or directly in root; extensions {exts}) or point"
                    " root at the folder that holds them",
                )
            ]
        if next(_walk_images(root), None) is None:
            return [BlockProblem("root", "missing_data", f"no image files ({exts}) under {root}")]
        return []

    def build(self, ctx: BuildContext) -> TensorSource:
        p = self.params
        root = resolve_root(p.root)
        problems = self.check()
        if problems:
            raise FileNotFoundError(problems[0].message)
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
    parts = []
    for path in paths:
        with open(path, "rb") as f:
            entry = safe_pickle_load(f, encoding="latin1")
        data = entry["data"] if "data" in entry else entry[b"data"]
        parts.append(
            torch.from_numpy(np.ascontiguousarray(data, dtype=np.uint8)).view(-1, 3, 32, 32)
        )
    return torch.cat(parts)


def _download(root: Path, dataset: str, split: str) -> None:
    import torchvision.datasets as tvd

    cls = {"mnist": tvd.MNIST, "fashion_mnist": tvd.FashionMNIST, "cifar10": tvd.CIFAR10}[dataset]
    cls(str(root), train=split == "train", download=True)  # writes only under root


class TorchvisionParams(BlockParams):
    dataset: TorchvisionName = Field("mnist", description="Which dataset (torchvision's files).")
    root: str = Field("data", description="Folder of torchvision's files (relative: from the cwd).")
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
    outputs = REAL_OUT
    params: TorchvisionParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        c, h, w = _TV_NATIVE[self.params.dataset]
        if self.params.resize:
            h = w = self.params.resize
        return {"real": (c, h, w)}

    def check(self) -> list[BlockProblem]:
        p = self.params
        bad = root_problem("root", p.root)
        if bad:
            return [bad]
        root = resolve_root(p.root)
        missing = missing_files(root, p.dataset, p.split)
        if not missing or p.download:
            return []
        sub, _ = expected_files(p.dataset, p.split)
        gz = " (each may also end in .gz)" if p.dataset != "cifar10" else ""
        listed = ", ".join(m.name for m in missing)
        return [
            BlockProblem(
                "root",
                "missing_data",
                f"{p.dataset} {p.split} files not found: expected {listed}{gz} in {root / sub}."
                f" Copy torchvision's {p.dataset} files there (torchvision's layout under root"
                f" {root}), or set download: true to fetch them (needs internet)",
            )
        ]

    def build(self, ctx: BuildContext) -> TensorSource:
        p = self.params
        problems = self.check()
        if problems:
            raise FileNotFoundError(problems[0].message)
        root = resolve_root(p.root)
        if missing_files(root, p.dataset, p.split):
            _download(root, p.dataset, p.split)
        sub, names = expected_files(p.dataset, p.split)
        if p.dataset == "cifar10":
            x = read_cifar_batches([root / sub / n for n in names])
        else:
            found = _find(root / sub, names[0], gz=True)
            assert found is not None  # missing_files said it is there
            x = read_idx_images(found)
        x = x.to(ctx.device)
        if p.resize:
            x = resize_images(x, p.resize)
        key = f"torchvision:{p.dataset}:{p.split}:resize={p.resize or 'native'}"
        return TensorSource(x, ctx.run.seed, key)


#: the blocks of this module, for the registry
DATA_BLOCKS: tuple[type[Block], ...] = (
    GaussianGrid,
    GaussianRing,
    Digits,
    AnimalMNIST,
    ImageFolder,
    TorchvisionData,
)
