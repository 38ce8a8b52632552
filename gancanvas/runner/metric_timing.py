"""One metric evaluation, timed: the values plus ``perf/eval/<node>/seconds`` (the whole evaluation)
and, for metrics that count what they embedded (``eval_stats``: images, feature_seconds,
real_cache_hit), ``perf/eval/<node>/images_per_s`` (images through the extractor per second of
feature extraction) and those counts as ``perf/eval/<node>/<name>``."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from blocks.metrics_image.stats_cache import STATS_SUBDIR


def timed_compute(
    nid: str,
    metric: Any,
    gen: Any,
    prog: Any,
    runs_root: Path | None,
    quiet: bool = True,
) -> tuple[dict[str, float], dict[str, float]]:
    """(result, eval values) of ``metric.compute``; real statistics cached under
    ``<runs_root>/fid_stats`` (the run store, not the repository) unless the metric says where.
    Progress lines go to stderr unless ``quiet`` (they are always logged at INFO)."""
    if hasattr(metric, "stats_dir") and metric.stats_dir is None and runs_root is not None:
        metric.stats_dir = Path(runs_root) / STATS_SUBDIR
    if hasattr(metric, "report") and not quiet:
        metric.report = _say
    t0 = time.perf_counter()
    result = metric.compute(gen, prog.latent, prog.data, prog.device)
    seconds = time.perf_counter() - t0
    out = {f"perf/eval/{nid}/seconds": seconds}
    stats = dict(getattr(metric, "eval_stats", None) or {})
    if "images" in stats:  # through the extractor (model load and Fréchet step not counted)
        busy = stats.get("feature_seconds", seconds)
        out[f"perf/eval/{nid}/images_per_s"] = stats["images"] / max(busy, 1e-9)
    out.update({f"perf/eval/{nid}/{k}": float(v) for k, v in stats.items()})
    if not quiet:
        _say(f"{nid}: evaluated in {seconds:.1f} s")
    return result, out


def _say(line: str) -> None:
    """A line on stderr that does not break the training progress bar."""
    from tqdm import tqdm

    tqdm.write(line, file=sys.stderr)
