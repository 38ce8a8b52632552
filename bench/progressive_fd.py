"""Progressive growing on Animal-MNIST vs DCGAN baselines: domain FD at a fixed budget.

Trains ``examples/animal_progressive.json`` (7 → 14 → 28) and the image table's DCGAN graphs
(``bench/image_table.py``: plain NS loss, and WGAN-GP with 5 critic steps) with the same seed, and
reports the domain Fréchet distance (2000 + 2000, the image table's protocol) of G and, where the
graph has one, of its EMA, with the steps, wall time and CPU time of each run.

    python bench/progressive_fd.py progressive --steps 3000
    python bench/progressive_fd.py dcgan --steps 3000
    python bench/progressive_fd.py wgan_gp --steps 3000
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from image_table import DATASETS, base, variant  # noqa: E402

from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from gancanvas.runner.samples import generate, save_picture  # noqa: E402
from schemas import load_graph_dict  # noqa: E402


def progressive_graph(n_domain: int) -> dict[str, Any]:
    g = json.loads((ROOT / "examples" / "animal_progressive.json").read_text())
    g["nodes"] += [
        {
            "id": "dfd",
            "type": "metric.domain_fd",
            "params": {"n_real": n_domain, "n_fake": n_domain},
        },
        {
            "id": "dfdG",
            "type": "metric.domain_fd",
            "params": {"n_real": n_domain, "n_fake": n_domain},
        },
    ]
    g["edges"] += [
        {"from": "G_ema.ema", "to": "dfd.generator"},
        {"from": "data.real", "to": "dfd.real"},
        {"from": "G.net", "to": "dfdG.generator"},
        {"from": "data.real", "to": "dfdG.real"},
    ]
    g["run"]["device"] = "cpu"
    return g


def baseline_graph(name: str, n_domain: int) -> dict[str, Any]:
    g = base(DATASETS["animal_mnist"], n_fid=2, n_domain=n_domain)
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "fid"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("fid.")]
    return variant("plain" if name == "dcgan" else name, g)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", choices=["progressive", "dcgan", "wgan_gp"])
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--n-domain", type=int, default=2000)
    ap.add_argument("--set", action="append", default=[], help="node.param=json (progressive)")
    ap.add_argument("--samples", default="", help="write a grid of 64 samples of each metric's G")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.graph == "progressive":
        g = progressive_graph(args.n_domain)
    else:
        g = baseline_graph(args.graph, args.n_domain)
    for item in args.set:
        key, value = item.split("=", 1)
        nid, param = key.split(".", 1)
        node = next(n for n in g["nodes"] if n["id"] == nid)
        node.setdefault("params", {})[param] = json.loads(value)
    g = copy.deepcopy(g)
    g["run"].update(steps=args.steps, seed=args.seed)
    torch.manual_seed(args.seed)
    prog = compile_graph(load_graph_dict(g), "cpu")
    runner = StepRunner(prog)
    grow = dict(prog.schedulers).get("grow")
    wall0, cpu0 = time.perf_counter(), time.process_time()
    seg_start, seg_key = 0, None
    for step in range(args.steps):
        key = None if grow is None else (grow.stage, grow.alpha_value < 1)  # type: ignore[attr-defined]
        if key != seg_key:
            if seg_key is not None:
                print(f"  segment {seg_key}: steps {seg_start}..{step - 1}", flush=True)
            seg_start, seg_key = step, key
        runner.iteration(step)
        if (step + 1) % 100 == 0:
            vals = runner.flush(step - 99, step + 1)
            loss = {k: round(v, 3) for k, v in vals.items() if k.startswith(("loss/", "sched/"))}
            print(
                f"step {step + 1} wall {time.perf_counter() - wall0:.0f}s "
                f"cpu {time.process_time() - cpu0:.0f}s {loss}",
                flush=True,
            )
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    out: dict[str, Any] = {"graph": args.graph, "steps": args.steps, "seed": args.seed}
    out.update(set=args.set, train_wall_s=round(wall, 1), train_cpu_s=round(cpu, 1))
    for nid, metric, gen in prog.metrics:
        for k, v in metric.compute(gen, prog.latent, prog.data, prog.device).items():
            out[f"{nid}:{k}"] = round(v, 2)
        if args.samples:
            torch.manual_seed(0)
            x = generate(gen, prog.latent.sample(64, prog.device))
            out_png = Path(f"{args.samples}_{nid}.png")
            save_picture(x, prog.data, out_png, title=f"{args.graph} {nid}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
