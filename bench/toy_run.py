"""Train one toy example for N steps (compiled loop, 1 thread); print its ``metric.modes`` values.

    python bench/toy_run.py EXAMPLE STEPS SEED ['{"node": {"param": value}}']

A node's ``"type"`` in the overrides swaps the block and starts its params from the defaults,
e.g. ``'{"data": {"type": "data.gaussian_ring", "std": 0.2}}'`` (the ICMN paper's 2-D ring).

The README's toy rows of contract v2 (modes by PacGAN's rule, HQ fraction, reverse KL): the
example graph as it is, on its own data, with ``run.steps`` and ``run.seed`` replaced.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import example_args, example_graph  # noqa: E402
from bench.toy_table import METRICS, train  # noqa: E402


def main() -> None:
    name, steps, seed, extra = example_args()
    torch.set_num_threads(1)
    g = example_graph(name, steps, seed, extra)
    t0 = time.process_time()
    values, _ = train(g)
    print(
        f"{name} steps={steps} seed={seed} "
        + " ".join(f"{m}={values[m]:.4f}" for m in METRICS)
        + f" cpu_s={time.process_time() - t0:.0f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
