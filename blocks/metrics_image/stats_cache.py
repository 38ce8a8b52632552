"""Real-image statistics as papers compute them: streamed Gaussian fits, cached on disk.

TTUR (Heusel et al. 2017) and torch-fidelity compute the real (μ, Σ) once per dataset and reuse
them for every evaluation (TTUR ships them as ``fid_stats_<dataset>.npz``). Here they are
computed from batches on the evaluation device (running sums in float64, shifted by the first
batch's mean for accuracy), and written to ``<stats_dir>/<hash>.npz`` together with the key that
made them: the data node's ``cache_key``, the transform, the extractor, its weights' sha256, the
number of real images and the draw's seed (and the class, for intra-class FID). A different key
is a different file; a file whose stored key differs (or that cannot be read) is recomputed and
replaced. Files are read with ``numpy.load(allow_pickle=False)``: nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from blocks.metrics_image.fid import GaussianStats

log = logging.getLogger("gancanvas.metrics")

#: environment variable naming the statistics folder when the runner gives none
STATS_DIR_ENV = "GANCANVAS_STATS_DIR"
#: the folder the runner uses, under its runs folder (the run store), never the repository
STATS_SUBDIR = "fid_stats"


class StatsAccumulator:
    """Mean and unbiased covariance of ``[N, D]`` features fed in batches (float64 sums)."""

    def __init__(self) -> None:
        self.n = 0
        self._shift: Tensor | None = None
        self._s1: Tensor | None = None
        self._s2: Tensor | None = None

    def add(self, features: Tensor) -> None:
        f = features.detach().to(torch.float64)
        if self._shift is None:
            self._shift = f.mean(0)
            d = f.shape[1]
            self._s1 = torch.zeros(d, dtype=torch.float64, device=f.device)
            self._s2 = torch.zeros(d, d, dtype=torch.float64, device=f.device)
        c = f - self._shift
        assert self._s1 is not None and self._s2 is not None
        self._s1 += c.sum(0)
        self._s2 += c.T @ c
        self.n += int(f.shape[0])

    def stats(self) -> GaussianStats:
        """The Gaussian fit (``np.cov`` convention, N − 1), as ``feature_stats`` would give."""
        if self.n < 2 or self._shift is None or self._s1 is None or self._s2 is None:
            raise ValueError(f"need at least 2 feature vectors, got {self.n}")
        mean_c = self._s1 / self.n
        sigma = (self._s2 - self.n * torch.outer(mean_c, mean_c)) / (self.n - 1)
        return GaussianStats(self._shift + mean_c, sigma, self.n)


class Progress:
    """Counts images through an evaluation; logs a line at every tenth and says the rate."""

    def __init__(self, name: str, total: int, report: Callable[[str], None] | None = None):
        self.name, self.total, self.done = name, max(1, int(total)), 0
        self.t0 = time.perf_counter()
        self._next = 0.1
        self.report = report or log.info

    def add(self, n: int, what: str) -> None:
        self.done += int(n)
        if self.done / self.total >= self._next or self.done >= self.total:
            while self._next <= self.done / self.total:
                self._next += 0.1
            dt = time.perf_counter() - self.t0
            self.report(
                f"{self.name}: {self.done}/{self.total} images ({what}), {dt:.1f} s, "
                f"{self.done / max(dt, 1e-9):.1f} images/s"
            )

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.t0


def stats_dir(explicit: str | os.PathLike[str] | None) -> Path | None:
    """The statistics folder: ``explicit``, else ``$GANCANVAS_STATS_DIR``, else None (no disk)."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get(STATS_DIR_ENV)
    return Path(env) if env else None


def cache_key(**parts: Any) -> str:
    """The key as canonical JSON (sorted keys): what a cached file must have been made from."""
    return json.dumps(parts, sort_keys=True, default=str)


def cache_path(folder: Path, key: str) -> Path:
    return folder / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.npz"


def load_stats(folder: Path | None, key: str) -> GaussianStats | None:
    """The cached fit made from exactly ``key``; None when absent, stale or unreadable."""
    if folder is None:
        return None
    path = cache_path(folder, key)
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as f:
            if str(f["key"]) != key:
                log.info("real statistics %s: stored key differs, recomputing", path.name)
                return None
            return GaussianStats(
                torch.from_numpy(f["mu"].astype(np.float64)),
                torch.from_numpy(f["sigma"].astype(np.float64)),
                int(f["n"]),
            )
    except (
        OSError,
        ValueError,
        KeyError,
        EOFError,
        zipfile.BadZipFile,
    ) as err:  # truncated or foreign file: recompute
        log.warning("real statistics %s unreadable (%s), recomputing", path, err)
        return None


def save_stats(folder: Path | None, key: str, stats: GaussianStats) -> Path | None:
    """Write the fit atomically (temporary file, then rename); None without a folder."""
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = cache_path(folder, key)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".npz.tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(
                f,
                mu=stats.mu.cpu().numpy(),
                sigma=stats.sigma.cpu().numpy(),
                n=np.int64(stats.n),
                key=np.array(key),
            )
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the store may be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def cached_stats(
    folder: Path | None, key: str, compute: Callable[[], GaussianStats]
) -> tuple[GaussianStats, bool]:
    """(fit, hit): the cached fit for ``key``, else ``compute()`` stored under ``key``."""
    hit = load_stats(folder, key)
    if hit is not None:
        return hit, True
    stats = compute()
    save_stats(folder, key, stats)
    return stats, False


def stream_stats(
    batches: Iterable[Tensor], embed: Callable[[Tensor], Tensor], progress: Progress, what: str
) -> GaussianStats:
    """Gaussian fit of ``embed(batch)`` over ``batches`` (features never all held at once)."""
    acc = StatsAccumulator()
    for x in batches:
        acc.add(embed(x))
        progress.add(x.shape[0], what)
    return acc.stats()
