"""Readers of on-disk datasets that are too large for memory: one image at a time, by index.

Four layouts: an image folder, a ZIP archive in StyleGAN's dataset layout (images plus an
optional ``dataset.json`` ``{"labels": [[name, label], ...]}``), an LMDB environment (one encoded
image per key) and an HDF5 file (a uint8 image array and an optional label array). A reader
lists its items once (names in sorted order, labels) and then reads item ``i`` as uint8
``[C, H, W]``. Handles (the archive, the environment, the file) are opened lazily in each
process, so a reader crosses into ``DataLoader`` worker processes without an open handle. No
reader unpickles anything: images are decoded by PIL, labels are JSON or numeric arrays.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from blocks.data.common import IMG_EXTENSIONS
from schemas.io import open_regular

#: most bytes of a labels file read (a JSON list of 10M entries is ~300 MB; refuse beyond)
MAX_LABELS_BYTES = 1 << 30
#: LMDB keys that hold metadata, not images (rosinality's ``length``, our ``dataset.json``)
LMDB_RESERVED = {b"length", b"__len__", b"__keys__", b"dataset.json"}


#: handles a forked worker inherited from its parent (LMDB and HDF5 forbid using or closing
#: them in the child; kept referenced so they are never closed there)
_INHERITED: list[Any] = []


class DataError(ValueError):
    """A dataset that cannot be read; the message names the param (``root``, ``labels`` …)."""


def is_image_name(name: str) -> bool:
    base = posixpath.basename(name)
    return base.lower().endswith(IMG_EXTENSIONS) and not base.startswith(".")


def unsafe_member(name: str) -> bool:
    """True for an archive member that would land outside the dataset (zip-slip).

    Absolute names (``/etc/x``, ``\\x``, ``C:x``) and names with a ``..`` component are unsafe."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return True
    return ".." in norm.split("/")


def safe_relative(field: str, name: str) -> str:
    """A path inside the dataset given by the user (a labels file): refused if it escapes."""
    if not name.strip() or unsafe_member(name) or os.path.isabs(name):
        why = f"'{name}' must be a relative path inside the dataset, no '..'"
        raise DataError(f"{field}: {why}" if field else why)
    return name.replace("\\", "/")


def decode_image(data: bytes, channels: int, where: str) -> Tensor:
    """Encoded image bytes (PNG, JPEG, …) → uint8 ``[channels, H, W]``."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            arr = np.asarray(im.convert("L" if channels == 1 else "RGB"))
    except (OSError, ValueError, SyntaxError) as e:
        raise DataError(f"params.root: cannot decode image {where}: {e}") from e
    t = torch.from_numpy(arr.copy())
    return t.unsqueeze(0) if t.ndim == 2 else t.permute(2, 0, 1).contiguous()


def to_channels(x: Tensor, channels: int) -> Tensor:
    """uint8 ``[C, H, W]`` with C in 1, 3, 4 → ``channels`` (1: ITU-R 601 luma, 3: grey copied)."""
    c = x.shape[0]
    if c == 4:
        x, c = x[:3], 3
    if c == channels:
        return x
    if channels == 3:
        return x.expand(3, -1, -1).contiguous()
    w = torch.tensor([0.299, 0.587, 0.114]).view(3, 1, 1)
    return (x.float() * w).sum(0, keepdim=True).round_().clamp_(0, 255).to(torch.uint8)


def parse_labels(raw: bytes, field: str, names: list[str]) -> list[int]:
    """``dataset.json`` → one label per name (StyleGAN's ``{"labels": [[name, label], ...]}``)."""
    try:
        doc = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DataError(f"{field}: the labels file is not valid JSON: {e}") from e
    entries = doc.get("labels") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise DataError(f'{field}: the labels file needs {{"labels": [[name, label], ...]}}')
    table: dict[str, int] = {}
    for entry in entries:
        ok = isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
        label = entry[1] if ok else None
        if not isinstance(label, int) or isinstance(label, bool) or label < 0:
            raise DataError(f"{field}: bad entry {str(entry)[:80]}: want [name, class >= 0]")
        table[entry[0].replace("\\", "/")] = label
    missing = [n for n in names if n not in table]
    if missing:
        raise DataError(
            f"{field}: {len(missing)} images have no label in the labels file, e.g. {missing[0]}"
        )
    return [table[n] for n in names]


def folder_classes(names: list[str], field: str) -> list[int]:
    """Class = the top-level folder (sorted folder names → 0, 1, …), as torchvision ImageFolder."""
    tops = []
    for n in names:
        if "/" not in n:
            raise DataError(f"{field}: labels from folders, but {n} is not in a class folder")
        tops.append(n.split("/", 1)[0])
    index = {c: i for i, c in enumerate(sorted(set(tops)))}
    return [index[t] for t in tops]


class Reader:
    """A dataset's items by index: ``names``, optional ``labels``, ``read(i)``, a fingerprint."""

    names: list[str]
    labels: list[int] | None = None

    def __init__(self, path: Path, channels: int):
        self.path = path
        self.channels = channels
        self._handle: Any = None
        self._pid = -1

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_handle"], state["_pid"] = None, -1  # reopened in the worker
        return state

    def handle(self) -> Any:
        if self._handle is None or self._pid != os.getpid():
            if self._handle is not None:  # inherited through fork: never closed in the child
                _INHERITED.append(self._handle)
            self._handle, self._pid = self._open(), os.getpid()
        return self._handle

    def close(self) -> None:
        if self._handle is not None and self._pid == os.getpid():
            self._handle.close()
        self._handle = None

    def _open(self) -> Any:
        return None

    def read(self, i: int) -> Tensor:
        raise NotImplementedError

    def read_extra(self, name: str) -> bytes:
        """A labels file inside the dataset (``name`` already checked by ``safe_relative``)."""
        raise DataError(f"params.labels_file: {type(self).__name__} has no labels file")

    def fingerprint(self) -> str:
        raise NotImplementedError


class FolderReader(Reader):
    """Images under a folder (recursively, hidden entries skipped), read one file at a time."""

    def __init__(self, path: Path, channels: int, names: list[str]):
        super().__init__(path, channels)
        self.names = names

    def read(self, i: int) -> Tensor:
        p = self.path / self.names[i]
        try:
            with open_regular(p) as f:
                data = f.read()
        except OSError as e:
            raise DataError(f"params.root: cannot read image {p}: {e}") from e
        return decode_image(data, self.channels, str(p))

    def read_extra(self, name: str) -> bytes:
        p = self.path / name
        if not p.is_file():
            raise DataError(f"params.labels_file: no file {p}")
        with open_regular(p) as f:
            return f.read(MAX_LABELS_BYTES)

    def fingerprint(self) -> str:
        digest = hashlib.sha1()
        for f in self.names:
            digest.update(f"{f}\0{(self.path / f).stat().st_size}\n".encode())
        return digest.hexdigest()[:16]


class ZipReader(Reader):
    """A ZIP archive in StyleGAN's layout; members with absolute or ``..`` names are refused."""

    def __init__(self, path: Path, channels: int):
        super().__init__(path, channels)
        try:
            with open_regular(path) as f, zipfile.ZipFile(f) as z:
                infos = z.infolist()
        except (OSError, zipfile.BadZipFile) as e:
            raise DataError(f"params.root: cannot open ZIP archive {path}: {e}") from e
        bad = [i.filename for i in infos if unsafe_member(i.filename)]
        if bad:
            raise DataError(
                f"params.root: ZIP archive {path} has a member outside the archive ('{bad[0]}'):"
                " absolute names and '..' are refused (zip-slip)"
            )
        self._infos = {i.filename: i for i in infos if not i.is_dir()}
        self.names = sorted(n for n in self._infos if is_image_name(n))
        parts = [f"{n}\0{self._infos[n].CRC}\0{self._infos[n].file_size}" for n in self.names]
        self._fp = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]

    def _open(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(open_regular(self.path))

    def read(self, i: int) -> Tensor:
        name = self.names[i]
        try:
            data = self.handle().read(name)
        except (OSError, zipfile.BadZipFile) as e:
            raise DataError(f"params.root: cannot read {name} from {self.path}: {e}") from e
        return decode_image(data, self.channels, f"{name} in {self.path}")

    def read_extra(self, name: str) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise DataError(f"params.labels_file: no member {name} in {self.path}")
        if info.file_size > MAX_LABELS_BYTES:
            raise DataError(f"params.labels_file: {name} is larger than {MAX_LABELS_BYTES} bytes")
        return self.handle().read(name)

    def fingerprint(self) -> str:
        return self._fp


#: this process's open LMDB environments by path: LMDB allows one per path and process, and
#: none may cross a fork (``close_lmdb`` runs before DataLoader workers start)
_LMDB_ENVS: dict[str, tuple[int, Any]] = {}


def lmdb_env(path: Path) -> Any:
    """The read-only environment at ``path``, shared by every reader of this process."""
    import lmdb

    key = str(path)
    held = _LMDB_ENVS.get(key)
    if held is not None and held[0] == os.getpid():
        return held[1]
    try:
        env = lmdb.open(key, readonly=True, lock=False, readahead=False, meminit=False)
    except lmdb.Error as e:
        raise DataError(f"params.root: cannot open LMDB environment {path}: {e}") from e
    _LMDB_ENVS[key] = (os.getpid(), env)
    return env


def close_lmdb() -> None:
    """Close this process's LMDB environments (readers reopen them on their next read)."""
    for key, (pid, env) in list(_LMDB_ENVS.items()):
        if pid == os.getpid():
            env.close()
        del _LMDB_ENVS[key]


class LmdbReader(Reader):
    """An LMDB environment (a folder with ``data.mdb``): every key but metadata keys is an image."""

    def __init__(self, path: Path, channels: int):
        super().__init__(path, channels)
        with self.handle().begin() as txn:
            keys = [bytes(k) for k in txn.cursor().iternext(keys=True, values=False)]
        self._keys = sorted(k for k in keys if k not in LMDB_RESERVED)
        try:
            self.names = [k.decode() for k in self._keys]
        except UnicodeDecodeError:
            self.names = [k.hex() for k in self._keys]
        size = (path / "data.mdb").stat().st_size
        digest = hashlib.sha1(b"\n".join(self._keys) + f"\0{size}".encode())
        self._fp = digest.hexdigest()[:16]

    def handle(self) -> Any:
        return lmdb_env(self.path)

    def close(self) -> None:
        close_lmdb()

    def read(self, i: int) -> Tensor:
        with self.handle().begin(buffers=False) as txn:
            data = txn.get(self._keys[i])
        if data is None:
            raise DataError(f"params.root: key {self.names[i]} vanished from {self.path}")
        return decode_image(data, self.channels, f"key {self.names[i]} in {self.path}")

    def read_extra(self, name: str) -> bytes:
        p = self.path / name
        if not p.is_file():
            raise DataError(f"params.labels_file: no file {p} beside data.mdb")
        with open_regular(p) as f:
            return f.read(MAX_LABELS_BYTES)

    def fingerprint(self) -> str:
        return self._fp


def _layout(shape: tuple[int, ...], where: str) -> str:
    """``NHW``, ``NHWC`` or ``NCHW`` of an image array."""
    if len(shape) == 3:
        return "NHW"
    if len(shape) == 4 and shape[3] in (1, 3, 4):
        return "NHWC"
    if len(shape) == 4 and shape[1] in (1, 3, 4):
        return "NCHW"
    raise DataError(
        f"params.images_key: {where} has shape {list(shape)}; want [N,H,W(,C)] or [N,C,H,W]"
    )


class Hdf5Reader(Reader):
    """An HDF5 file: a uint8 image array (``[N,H,W]``, ``[N,H,W,C]`` or ``[N,C,H,W]``), labels."""

    def __init__(self, path: Path, channels: int, images_key: str, labels_key: str | None):
        super().__init__(path, channels)
        self.images_key = images_key
        f = self._open()
        try:
            if images_key not in f or not hasattr(f[images_key], "shape"):
                raise DataError(f"params.images_key: no array '{images_key}' in {path}")
            ds = f[images_key]
            if ds.dtype != np.uint8:
                raise DataError(
                    f"params.images_key: '{images_key}' in {path} is {ds.dtype}, not uint8"
                )
            self.layout = _layout(tuple(ds.shape), f"'{images_key}' in {path}")
            n = int(ds.shape[0])
            self._shape = tuple(int(s) for s in ds.shape)
            if labels_key is not None:
                self.labels = self._read_labels(f, labels_key, n)
        finally:
            f.close()
        self.names = [str(i) for i in range(n)]
        st = path.stat()
        self._fp = hashlib.sha1(f"{self._shape}\0{st.st_size}\0{st.st_mtime_ns}".encode())

    def _read_labels(self, f: Any, key: str, n: int) -> list[int]:
        if key not in f or not hasattr(f[key], "shape"):
            raise DataError(f"params.labels_key: no array '{key}' in {self.path}")
        y = np.asarray(f[key][()])
        if y.ndim == 2 and y.shape[1] == 1:
            y = y[:, 0]
        if y.ndim != 1 or y.shape[0] != n or not np.issubdtype(y.dtype, np.integer):
            raise DataError(
                f"labels_key: '{key}' in {self.path} is {y.dtype} {list(y.shape)};"
                f" want {n} integer class labels"
            )
        if n and int(y.min()) < 0:
            raise DataError(f"params.labels_key: '{key}' in {self.path} has a negative label")
        return [int(v) for v in y]

    def _open(self) -> Any:
        import h5py

        try:
            return h5py.File(self.path, "r")
        except OSError as e:
            raise DataError(f"params.root: cannot open HDF5 file {self.path}: {e}") from e

    def read(self, i: int) -> Tensor:
        x = torch.from_numpy(np.ascontiguousarray(self.handle()[self.images_key][i]))
        if self.layout == "NHW":
            x = x.unsqueeze(0)
        elif self.layout == "NHWC":
            x = x.permute(2, 0, 1)
        return to_channels(x.contiguous(), self.channels)

    def fingerprint(self) -> str:
        return self._fp.hexdigest()[:16]
