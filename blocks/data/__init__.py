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
- **Streaming datasets** (``data.image_stream``, ``data.zip``, ``data.lmdb``, ``data.hdf5``)
  for data larger than memory: only the item list is kept, batches are decoded by
  ``DataLoader`` workers; order and crops come from (seed, epoch, position), the whole state
  (``blocks.data.stream``), so they are as deterministic and resumable as the tensor sources.

Paths. A relative ``root`` is looked up in the data folder (``--data-dir``, ``$GANCANVAS_DATA``,
default ``./data``), then in the graph file's folder, then in the working directory
(``schemas.datapaths``), so a shared graph finds its data on another machine; the first place
that holds the data wins and a missing-data message names every place looked. ``~`` is expanded,
and absolute roots (``/data/cifar``) and ``..`` are allowed, because a graph file is as trusted
as the training script it replaces and datasets often live outside the project. Reading never
changes anything on disk; the only write is ``data.torchvision`` with ``download: true``, and
torchvision then writes only inside ``root`` (``root/MNIST/raw``, ``root/cifar-10-batches-py``;
a relative root not found anywhere downloads into the data folder). A root that is empty or an
absolute root that names a file is a ``bad_path`` problem; a missing root or missing files is
``missing_data``, with the exact paths looked in and how to get the data. CIFAR-10 batches are
Python pickles: they are read with an unpickler that rebuilds numpy arrays and plain containers
only, so a data file can never run code.
"""

from blocks.base import Block
from blocks.data.common import (
    LABELLED_OUT,
    REAL_OUT,
    MixtureSource,
    TensorSource,
    locate_root,
    resize_images,
    resolve_root,
    root_problem,
    to_unit_range,
)
from blocks.data.folders import (
    ImageFolder,
    ImageFolderParams,
    TorchvisionData,
    TorchvisionParams,
    expected_files,
    list_images,
    load_image,
    missing_files,
    read_cifar_batches,
    read_idx_images,
)
from blocks.data.packaged import (
    AnimalMNIST,
    AnimalMNISTParams,
    Digits,
    DigitsParams,
    animal_mnist_root,
    load_animal_mnist,
    safe_pickle_load,
)
from blocks.data.stream import StreamDataset, StreamSource, Transform
from blocks.data.stream_blocks import (
    STREAM_BLOCKS,
    Hdf5Images,
    ImageStream,
    LmdbImages,
    ZipImages,
)
from blocks.data.toy import (
    GaussianGrid,
    GaussianGridParams,
    GaussianRing,
    GaussianRingParams,
    grid_centres,
    ring_centres,
)

DATA_BLOCKS: tuple[type[Block], ...] = (
    GaussianGrid,
    GaussianRing,
    Digits,
    AnimalMNIST,
    ImageFolder,
    *STREAM_BLOCKS,
    TorchvisionData,
)


__all__ = [
    "DATA_BLOCKS",
    "LABELLED_OUT",
    "REAL_OUT",
    "STREAM_BLOCKS",
    "AnimalMNIST",
    "AnimalMNISTParams",
    "Digits",
    "DigitsParams",
    "GaussianGrid",
    "GaussianGridParams",
    "GaussianRing",
    "GaussianRingParams",
    "Hdf5Images",
    "ImageFolder",
    "ImageFolderParams",
    "ImageStream",
    "LmdbImages",
    "MixtureSource",
    "StreamDataset",
    "StreamSource",
    "TensorSource",
    "TorchvisionData",
    "TorchvisionParams",
    "Transform",
    "ZipImages",
    "animal_mnist_root",
    "expected_files",
    "grid_centres",
    "list_images",
    "load_animal_mnist",
    "load_image",
    "locate_root",
    "missing_files",
    "read_cifar_batches",
    "read_idx_images",
    "resize_images",
    "resolve_root",
    "ring_centres",
    "root_problem",
    "safe_pickle_load",
    "to_unit_range",
]
