"""Streaming data blocks: datasets read from disk batch by batch (image folder, ZIP, LMDB, HDF5).

Unlike ``data.image_folder`` (everything loaded once onto the device), these keep only the
file list in memory and decode each batch in ``DataLoader`` worker processes (``workers``),
pinned when the run is on a GPU. Every resize/crop/flip option is a param, so it is recorded
in the graph and in the data cache key (metrics re-extract real features when one changes).
Batches are deterministic given ``run.seed`` and the step, whatever ``workers`` is, and resume
exactly from a checkpoint taken mid-epoch (``blocks.data.stream``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar, Literal

import torch
from pydantic import Field

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, Shape
from blocks.data.common import LABELLED_OUT, locate_root, resolve_root, root_problem
from blocks.data.folders import holds_images, list_images
from blocks.data.readers import (
    DataError,
    FolderReader,
    Hdf5Reader,
    LmdbReader,
    Reader,
    ZipReader,
    folder_classes,
    parse_labels,
    safe_relative,
)
from blocks.data.stream import CropMode, ResizeMode, StreamDataset, StreamSource, Transform
from schemas.datapaths import describe_places, is_relative


class StreamParams(BlockParams):
    root: str = Field("images", description="Where the dataset is (relative: data folder first).")
    height: int = Field(64, ge=4, le=2048, description="Height of the images given to the run.")
    width: int = Field(64, ge=4, le=2048, description="Width of the images given to the run.")
    channels: Literal[1, 3] = Field(3, description="1: grayscale, 3: RGB.")
    resize: ResizeMode = Field(
        "cover",
        description="cover: keep the aspect, shorter side fits, then crop; stretch: to H×W;"
        " none: crop only.",
    )
    crop: CropMode = Field("center", description="Crop to H×W at the centre or at random.")
    hflip: bool = Field(False, description="Flip each image horizontally with probability 1/2.")
    labels: Literal["none", "folders", "file", "array"] = Field(
        "none", description="Where the class labels come from."
    )
    labels_file: str = Field(
        "dataset.json",
        description='Labels file inside the dataset: {"labels": [[name, class], ...]}.',
    )
    n_classes: int = Field(
        0, ge=0, le=100_000, description="Classes of the labels (labels in [0, n_classes))."
    )
    max_images: int = Field(0, ge=0, le=100_000_000, description="Use at most this many (0: all).")
    workers: int = Field(2, ge=0, le=64, description="DataLoader worker processes (0: inline).")
    prefetch: int = Field(2, ge=1, le=64, description="Batches each worker decodes ahead.")


class StreamBlock(Block):
    """Base of the streaming blocks (not registered): params, checks and the source."""

    Params: ClassVar[type[BlockParams]] = StreamParams
    outputs = LABELLED_OUT
    params: StreamParams
    #: the root is a folder (image folder, LMDB) or a file (ZIP, HDF5)
    root_is_file: ClassVar[bool] = False
    what: ClassVar[str] = ""

    def n_classes(self) -> int:
        return self.params.n_classes if self.params.labels != "none" else 0

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        p = self.params
        return {"real": (p.channels, p.height, p.width)}

    def holds(self, path: Path) -> bool:
        raise NotImplementedError

    def reader(self, path: Path) -> Reader:
        raise NotImplementedError

    def _root_problem(self) -> BlockProblem | None:
        root = self.params.root
        if not self.root_is_file:
            return root_problem("root", root)
        if not root.strip():
            return BlockProblem("root", "bad_path", f"root is empty: give the {self.what}")
        if "\x00" in root:
            return BlockProblem("root", "bad_path", "root contains a NUL character")
        path = resolve_root(root)
        if not is_relative(root) and path.is_dir():
            return BlockProblem("root", "bad_path", f"root {path} is a folder, not {self.what}")
        return None

    def check(self) -> list[BlockProblem]:
        p = self.params
        problems = []
        if p.labels != "none" and p.n_classes == 0:
            why = f"labels '{p.labels}' need n_classes >= 1"
            problems.append(BlockProblem("n_classes", "bad_value", why))
        if p.labels == "file":
            try:
                safe_relative("", p.labels_file)
            except DataError as e:
                problems.append(BlockProblem("labels_file", "bad_path", str(e)))
        bad = self._root_problem()
        if bad:
            return [bad, *problems]
        root, places = locate_root(p.root, self.holds)
        if root is None:
            where = describe_places(places)
            why = f"no {self.what} for root '{p.root}': looked in {where}"
            problems.insert(0, BlockProblem("root", "missing_data", why))
        return problems

    def _labels(self, reader: Reader) -> list[int] | None:
        p = self.params
        if p.labels == "folders":
            return folder_classes(reader.names, "params.labels")
        if p.labels == "file":
            raw = reader.read_extra(safe_relative("params.labels_file", p.labels_file))
            return parse_labels(raw, "params.labels_file", reader.names)
        if p.labels == "array":
            if reader.labels is None:
                raise DataError("params.labels_key: the file has no label array")
            return reader.labels
        return None

    def build(self, ctx: BuildContext) -> StreamSource:
        p = self.params
        problems = self.check()
        if problems:
            raise FileNotFoundError(f"params.{problems[0].field}: {problems[0].message}")
        root, _ = locate_root(p.root, self.holds)
        assert root is not None  # check() found it
        reader = self.reader(root)
        if len(reader) == 0:
            raise DataError(f"params.root: no images in {root}")
        labels = self._labels(reader)
        if labels is not None and max(labels) >= p.n_classes:
            raise DataError(
                f"params.n_classes: the labels go up to {max(labels)}, but n_classes is"
                f" {p.n_classes}"
            )
        items = list(range(len(reader)))
        if 0 < p.max_images < len(items):  # a fixed subset (seed 0, whatever the run seed)
            keep = torch.randperm(len(items), generator=torch.Generator().manual_seed(0))
            items = sorted(keep[: p.max_images].tolist())
        if labels is not None:
            labels = [labels[i] for i in items]
        transform = Transform(p.height, p.width, p.resize, p.crop, p.hflip)
        dataset = StreamDataset(reader, transform, items, labels)
        dataset[(0, None)]  # fail at build, naming the param, if the data is not images at all
        reader.close()  # no handle crosses into the workers
        return StreamSource(
            dataset,
            ctx.run.seed,
            self.cache_key(reader, len(items)),
            ctx.device,
            n_classes=self.n_classes(),
            workers=p.workers,
            prefetch=p.prefetch,
        )

    def cache_key(self, reader: Reader, n: int) -> str:
        """The dataset's fingerprint plus every param that changes what an image looks like."""
        p = self.params
        opts = (
            f"{p.height}x{p.width}:c{p.channels}:resize={p.resize}:crop={p.crop}:hflip={p.hflip}"
            f":labels={p.labels}:max={p.max_images}"
        )
        tag = self.type.split(".", 1)[1]
        digest = hashlib.sha1(f"{reader.fingerprint()}\0{opts}".encode()).hexdigest()[:8]
        return f"{tag}:{reader.fingerprint()}:n={n}:{opts}:{digest}"


class ImageStreamParams(StreamParams):
    labels: Literal["none", "folders", "file"] = Field(
        "none", description="none; folders: class = top folder; file: labels_file (dataset.json)."
    )


class ImageStream(StreamBlock):
    """A folder of images streamed from disk by DataLoader workers (large image datasets).

    Images under ``root`` recursively (hidden entries skipped, sorted), as torchvision's
    ``ImageFolder``; labels from the top folder (``root/<class>/...``) or a ``dataset.json``.
    """

    type = "data.image_stream"
    title = "Image folder (streaming)"
    paper = "torchvision ImageFolder + torch.utils.data.DataLoader"
    Params = ImageStreamParams
    params: ImageStreamParams
    what = "image folder"

    def holds(self, path: Path) -> bool:
        return holds_images(path)

    def reader(self, path: Path) -> Reader:
        return FolderReader(path, self.params.channels, list_images(path))


class ZipParams(StreamParams):
    root: str = Field("dataset.zip", description="ZIP archive (relative: data folder first).")
    labels: Literal["none", "folders", "file"] = Field(
        "none", description="none; folders: class = top folder; file: labels_file (dataset.json)."
    )


class ZipImages(StreamBlock):
    """A ZIP archive in StyleGAN's dataset layout, streamed (Karras et al. 2020, dataset_tool).

    Image members in name order plus an optional ``dataset.json``
    (``{"labels": [[name, class], ...]}``); members with absolute or ``..`` names are refused.
    """

    type = "data.zip"
    title = "ZIP archive (StyleGAN layout)"
    paper = "Karras et al. 2020, StyleGAN2-ADA dataset_tool.py"
    Params = ZipParams
    params: ZipParams
    root_is_file = True
    what = "ZIP archive"

    def holds(self, path: Path) -> bool:
        return path.is_file()

    def reader(self, path: Path) -> Reader:
        return ZipReader(path, self.params.channels)


class LmdbParams(StreamParams):
    root: str = Field("lmdb", description="LMDB folder holding data.mdb (data folder first).")
    labels: Literal["none", "file"] = Field(
        "none", description="none; file: labels_file beside data.mdb (names = the keys)."
    )


class LmdbImages(StreamBlock):
    """An LMDB environment of encoded images (one per key), streamed (Yu et al. 2015, LSUN).

    Every key in byte order except metadata keys (``length``, ``__keys__`` …) is an image
    (PNG/JPEG/WebP bytes); labels from a ``dataset.json`` beside ``data.mdb`` naming the keys.
    """

    type = "data.lmdb"
    title = "LMDB images"
    paper = "Yu et al. 2015, LSUN (LMDB release)"
    Params = LmdbParams
    params: LmdbParams
    what = "LMDB environment (a folder with data.mdb)"

    def holds(self, path: Path) -> bool:
        return (path / "data.mdb").is_file()

    def reader(self, path: Path) -> Reader:
        return LmdbReader(path, self.params.channels)


class Hdf5Params(StreamParams):
    root: str = Field("dataset.h5", description="HDF5 file (relative: data folder first).")
    labels: Literal["none", "array"] = Field(
        "none", description="none; array: the integer array labels_key."
    )
    images_key: str = Field("images", min_length=1, description="uint8 image array in the file.")
    labels_key: str = Field("labels", min_length=1, description="Integer label array [N].")


class Hdf5Images(StreamBlock):
    """An HDF5 file of uint8 images ([N,H,W], [N,H,W,C] or [N,C,H,W]), streamed (h5py).

    Labels from an integer array of the same length (``labels_key``).
    """

    type = "data.hdf5"
    title = "HDF5 images"
    paper = "The HDF Group, HDF5 (h5py)"
    Params = Hdf5Params
    params: Hdf5Params
    root_is_file = True
    what = "HDF5 file"

    def holds(self, path: Path) -> bool:
        return path.is_file()

    def reader(self, path: Path) -> Reader:
        p = self.params
        return Hdf5Reader(
            path, p.channels, p.images_key, p.labels_key if p.labels == "array" else None
        )


STREAM_BLOCKS: tuple[type[Block], ...] = (ImageStream, ZipImages, LmdbImages, Hdf5Images)
