"""A data source that streams images from disk through a ``torch.utils.data.DataLoader``.

The order of the samples is decided in the main process, never in the workers: epoch ``e``
walks a permutation drawn from a ``torch.Generator`` seeded with ``mix(seed, e)``, and the
random crop and flip of the sample at position ``p`` of epoch ``e`` come from a generator
seeded with ``mix(seed, e, p)``. A batch therefore depends on the run seed and on how many
samples were drawn before it — not on the number of workers, their timing or the process that
decoded it — and the whole state is ``(seed, epoch, position)``: a checkpoint taken mid-epoch
resumes the exact stream. As ``TensorSource``, batches wrap across epochs and a sharded source
takes its rank's part of ``world·n`` indices. Workers decode ahead (``prefetch``), batches are
collated as uint8 in pinned memory when the run is on a GPU and copied without a host sync.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import torch
import torchvision.transforms.v2.functional as TF
from torch import Tensor
from torch.utils.data import DataLoader, Dataset

from blocks.data.common import to_unit_range
from blocks.data.readers import DataError, Reader, close_lmdb
from blocks.runtime import DataSource

ResizeMode = Literal["cover", "stretch", "none"]
CropMode = Literal["center", "random"]

_M64 = (1 << 64) - 1


def mix(*values: int) -> int:
    """SplitMix64 of a tuple of integers → a seed in [0, 2⁶³) (Steele et al. 2014)."""
    h = 0x9E3779B97F4A7C15
    for v in values:
        h = (h ^ (int(v) & _M64)) * 0xBF58476D1CE4E5B9 & _M64
        h = (h ^ (h >> 27)) * 0x94D049BB133111EB & _M64
        h ^= h >> 31
    return h >> 1


def resized_size(h: int, w: int, out_h: int, out_w: int, mode: ResizeMode) -> tuple[int, int]:
    """Size an ``h×w`` image is resized to before the crop to ``out_h×out_w``.

    ``cover``: the aspect kept, the smallest scale that covers the output (shorter side fits);
    ``stretch``: exactly the output size; ``none``: unchanged (the crop must fit inside).
    """
    if mode == "stretch":
        return out_h, out_w
    if mode == "none":
        return h, w
    s = max(out_h / h, out_w / w)
    return max(out_h, round(h * s)), max(out_w, round(w * s))


def crop_offset(
    h: int, w: int, out_h: int, out_w: int, mode: CropMode, gen: torch.Generator | None
) -> tuple[int, int]:
    """(top, left) of an ``out_h×out_w`` crop of ``h×w``: the centre, or uniform with ``gen``."""
    if mode == "random" and gen is not None:
        top = int(torch.randint(h - out_h + 1, (1,), generator=gen))
        left = int(torch.randint(w - out_w + 1, (1,), generator=gen))
        return top, left
    return (h - out_h) // 2, (w - out_w) // 2


class Transform:
    """Resize, crop and flip of one uint8 ``[C, H, W]`` image to ``[C, height, width]``."""

    def __init__(
        self, height: int, width: int, resize: ResizeMode, crop: CropMode, hflip: bool
    ) -> None:
        self.height, self.width = height, width
        self.resize, self.crop, self.hflip = resize, crop, hflip

    def __call__(self, x: Tensor, seed: int | None, where: str) -> Tensor:
        h, w = int(x.shape[1]), int(x.shape[2])
        rh, rw = resized_size(h, w, self.height, self.width, self.resize)
        if rh < self.height or rw < self.width:
            raise DataError(
                f"params.resize: image {where} is {h}×{w}, smaller than {self.height}×{self.width}"
                " (resize 'none' only crops): use resize 'cover' or 'stretch'"
            )
        if (rh, rw) != (h, w):
            x = TF.resize(x, [rh, rw], interpolation=TF.InterpolationMode.BILINEAR, antialias=True)
        gen = None if seed is None else torch.Generator().manual_seed(seed)
        top, left = crop_offset(rh, rw, self.height, self.width, self.crop, gen)
        x = x[:, top : top + self.height, left : left + self.width]
        if self.hflip and gen is not None and bool(torch.rand((), generator=gen) < 0.5):
            x = x.flip(-1)
        return x.contiguous()


class StreamDataset(Dataset):
    """``dataset[(index, seed)]`` → (uint8 image, label); ``seed`` None: centre crop, no flip.

    ``items`` are the reader's indices in use (all, or a ``max_images`` subset); ``labels`` has
    one class per item."""

    def __init__(
        self,
        reader: Reader,
        transform: Transform,
        items: list[int] | None = None,
        labels: list[int] | None = None,
    ):
        self.reader, self.transform = reader, transform
        self.items = list(range(len(reader))) if items is None else items
        self.labels = None if labels is None else torch.tensor(labels, dtype=torch.long)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, item: tuple[int, int | None]) -> tuple[Tensor, Tensor]:
        j, seed = item
        i = self.items[j]
        x = self.transform(self.reader.read(i), seed, self.reader.names[i])
        y = self.labels[j] if self.labels is not None else torch.tensor(-1)
        return x, y

    def get_or_error(self, item: tuple[int, int | None]) -> tuple[Tensor, Tensor, str]:
        """``self[item]`` plus "" — or a blank image and the message of an unreadable one.

        Workers return the message instead of raising, so the main process raises it as it
        is (a worker's exception would come back wrapped in its traceback)."""
        try:
            return (*self[item], "")
        except DataError as e:
            t = self.transform
            blank = torch.zeros((self.reader.channels, t.height, t.width), dtype=torch.uint8)
            return blank, torch.tensor(-1), str(e)


class _Checked(Dataset):
    """The dataset a DataLoader sees: items with their error message (see ``get_or_error``)."""

    def __init__(self, dataset: StreamDataset) -> None:
        self.dataset = dataset

    def __len__(self) -> int:
        return len(self.dataset)

    def __getitem__(self, item: tuple[int, int | None]) -> tuple[Tensor, Tensor, str]:
        return self.dataset.get_or_error(item)


class _Batches:
    """Infinite batch plan from (epoch, position): lists of ``(index, augmentation seed)``."""

    def __init__(self, src: StreamSource, n: int) -> None:
        self.seed, self.n, self.size = src.seed, n, src.size
        self.epoch, self.pos = src.epoch, src.pos
        self.rank, self.world = src.rank, src.world

    def __iter__(self) -> Iterator[list[tuple[int, int]]]:
        epoch, pos = self.epoch, self.pos
        perm = permutation(self.seed, epoch, self.size)
        while True:
            batch: list[tuple[int, int]] = []
            for _ in range(self.n * self.world):
                if pos == self.size:
                    epoch, pos = epoch + 1, 0
                    perm = permutation(self.seed, epoch, self.size)
                batch.append((int(perm[pos]), mix(self.seed, epoch, pos)))
                pos += 1
            yield batch[self.rank * self.n : (self.rank + 1) * self.n]


def permutation(seed: int, epoch: int, n: int) -> Tensor:
    """The order of epoch ``epoch``: ``randperm(n)`` from a generator seeded by (seed, epoch)."""
    return torch.randperm(n, generator=torch.Generator().manual_seed(mix(seed, epoch, -1)))


def _worker_init(_: int) -> None:
    torch.set_num_threads(1)  # each worker decodes one image at a time; no oversubscription


class StreamSource(DataSource):
    """Batches of a dataset on disk through a DataLoader; the state is (seed, epoch, position)."""

    def __init__(
        self,
        dataset: StreamDataset,
        seed: int,
        cache_key: str,
        device: torch.device,
        n_classes: int = 0,
        workers: int = 0,
        prefetch: int = 2,
    ) -> None:
        if len(dataset) == 0:
            raise DataError("params.root: the dataset is empty")
        self.dataset = dataset
        t = dataset.transform
        self.shape = (dataset.reader.channels, t.height, t.width)
        self.value_range = (-1.0, 1.0)
        self.cache_key = cache_key
        self.n_classes = n_classes
        self.last_labels: Tensor | None = None
        self.size = len(dataset)
        self.seed, self.epoch, self.pos = int(seed), 0, 0
        self.rank, self.world = 0, 1
        self.workers, self.prefetch = workers, prefetch
        self._device = device
        self._it: Iterator[Any] | None = None
        self._it_n = 0

    def __len__(self) -> int:
        return self.size

    def shard(self, rank: int, world: int) -> None:
        self.rank, self.world = int(rank), int(world)
        self.close()

    def _loader(self, n: int) -> DataLoader:
        extra: dict[str, Any] = {}
        if self.workers > 0:
            # no handle crosses the fork: LMDB refuses an environment its parent had open
            self.dataset.reader.close()
            close_lmdb()
            extra = {"prefetch_factor": self.prefetch, "worker_init_fn": _worker_init}
        return DataLoader(
            _Checked(self.dataset),
            batch_sampler=_Batches(self, n),  # type: ignore[arg-type]
            num_workers=self.workers,
            pin_memory=self._device.type == "cuda",
            # its own generator: a new iterator draws its workers' base seed from it, never
            # from the global RNG (a resumed run would otherwise shift the latents' stream)
            generator=torch.Generator().manual_seed(mix(self.seed, self.epoch, self.pos)),
            **extra,
        )

    def next(self, n: int) -> Tensor:
        if self._it is None or self._it_n != n:
            self.close()
            self._it, self._it_n = iter(self._loader(n)), n
        x, y, errors = next(self._it)
        bad = next((e for e in errors if e), None)
        if bad is not None:
            self.close()  # the position stays before this batch
            raise DataError(bad)
        self.pos += n * self.world
        self.epoch += self.pos // self.size
        self.pos %= self.size
        if self.n_classes:
            self.last_labels = y.to(self._device, non_blocking=True)
        return to_unit_range(x.to(self._device, non_blocking=True))

    def sample_without_replacement(self, n: int, generator: torch.Generator) -> Tensor:
        """``min(n, len)`` distinct images picked by ``generator``, centre-cropped, unflipped."""
        idx = torch.randperm(self.size, generator=generator)[: min(n, self.size)].tolist()
        with ThreadPoolExecutor(max_workers=max(1, min(8, self.workers or 1))) as pool:
            images = list(pool.map(lambda i: self.dataset[(i, None)][0], idx))
        return to_unit_range(torch.stack(images).to(self._device))

    def close(self) -> None:
        """Stop the worker processes (a new iterator starts on the next batch)."""
        it, self._it = self._it, None
        shutdown = getattr(it, "_shutdown_workers", None)
        if shutdown is not None:
            with contextlib.suppress(Exception):
                shutdown()

    def __del__(self) -> None:
        self.close()

    def state_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "epoch": self.epoch,
            "pos": self.pos,
            "n": self.size,
            "cache_key": self.cache_key,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if int(state["n"]) != self.size:
            raise ValueError(
                f"the checkpoint's data source had {state['n']} samples, this one has"
                f" {self.size}: the dataset changed since the run was saved"
            )
        where = (int(state["seed"]), int(state["epoch"]), int(state["pos"]))
        if where != (self.seed, self.epoch, self.pos):  # same place (after an eval): keep going
            self.close()
            self.seed, self.epoch, self.pos = where
