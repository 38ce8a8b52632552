"""Train a digits example for N steps (compiled loop, 1 thread); print domain FD of G (and G_ema).

    python bench/digits_fd.py EXAMPLE STEPS SEED ['{"node": {"param": value}}']

The README's digits table: 1,500 steps, seeds 0, 1, 2; domain FD on 2,000 generated images
against the real digits (drawn without replacement, so all 1,797 of them).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import example_args, example_graph  # noqa: E402
from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402

METRIC = {"n_real": 2000, "n_fake": 2000}


def with_metrics(g: dict) -> dict:
    """The graph with ``metric.domain_fd`` on G and, when the graph has one, on G_ema."""
    sources = {"dfd_G": "G.net"}
    if any(n["id"] == "G_ema" for n in g["nodes"]):
        sources["dfd_ema"] = "G_ema.ema"
    for nid, src in sources.items():
        g["nodes"].append({"id": nid, "type": "metric.domain_fd", "params": dict(METRIC)})
        g["edges"] += [
            {"from": src, "to": f"{nid}.generator"},
            {"from": "data.real", "to": f"{nid}.real"},
        ]
    return g


def main() -> None:
    name, steps, seed, extra = example_args()
    torch.set_num_threads(1)
    g = example_graph(name, steps, seed, extra)
    torch.manual_seed(seed)
    prog = compile_graph(load_graph_dict(with_metrics(g)), "cpu")
    runner = StepRunner(prog)
    t0 = time.perf_counter()
    for step in range(steps):
        runner.iteration(step)
        if (step + 1) % max(steps // 5, 1) == 0:
            v = runner.flush(0, step + 1)
            print(step + 1, {k: round(x, 3) for k, x in v.items() if k.startswith("loss/")})
    out: dict = {"example": name, "steps": steps, "seed": seed, "extra": extra}
    out["train_s"] = round(time.perf_counter() - t0, 1)
    for nid, metric, gen in prog.metrics:
        for k, v in metric.compute(gen, prog.latent, prog.data, prog.device).items():
            out[f"{nid}/{k}"] = round(v, 3)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
