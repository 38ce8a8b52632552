"""The README's diagnostics rows: a collapsing vs a healthy 8-Gaussians run, and an invertible G.

    python bench/diagnostics_rows.py {collapsing|healthy|coupling} SEED STEPS [--out DIR]

``collapsing`` is ``examples/ring8_diagnostics.json`` as shipped (the Unrolled-GAN "standard GAN"
setting: D lr 1e-4); ``healthy`` the same graph with D lr 1e-3; ``coupling`` is
``examples/grid25_coupling.json``. Prints the first collapse warning and one table row per
evaluation (every 250 steps; 500 for coupling) of the failure-mode, Lipschitz and NTK metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gancanvas.runner.train import RunOptions, run_graph  # noqa: E402
from schemas import load_graph_dict  # noqa: E402

KEYS = (
    "modes_with_mass",
    "modes_covered",
    "diversity_ratio",
    "d_gap",
    "grad_ratio",
    "G_lip_max",
    "G_inv_lip_lower",
    "G_jac_sigma_max",
    "G_jac_sigma_min",
    "G_kappa_max",
    "G_recon_err",
    "D_lip_max",
    "D_grad_norm_max",
    "eig_1",
    "trace",
    "rank",
    "eff_rank",
)


def graph_for(which: str, seed: int, steps: int) -> dict:
    name = "grid25_coupling" if which == "coupling" else "ring8_diagnostics"
    g = json.loads((ROOT / "examples" / f"{name}.json").read_text())
    for n in g["nodes"]:
        if which == "healthy" and n["id"] == "optD":
            n["params"]["lr"] = 1e-3
    g["run"].update(
        steps=steps,
        seed=seed,
        device="cpu",
        sample_every=0,
        checkpoint_every=0,
        eval_every=500 if which == "coupling" else 250,
    )
    return g


def table(events: list[dict]) -> list[str]:
    rows = [e for e in events if e["event"] == "eval"]
    present = [k for k in KEYS if any(any(x.endswith("/" + k) for x in r["values"]) for r in rows)]
    lines = ["| step | " + " | ".join(present) + " |", "|" + "---|" * (len(present) + 1)]
    for r in rows:
        v = {x.rsplit("/", 1)[1]: y for x, y in r["values"].items()}
        lines.append(f"| {r['step']} | " + " | ".join(f"{v[k]:.3g}" for k in present) + " |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("which", choices=("collapsing", "healthy", "coupling"))
    ap.add_argument("seed", type=int)
    ap.add_argument("steps", type=int)
    ap.add_argument("--out", default="/tmp/gancanvas-diagnostics")
    args = ap.parse_args()
    torch.set_num_threads(1)
    out = Path(args.out) / f"{args.which}{args.seed}"
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    opts = RunOptions(
        tracking_uri=f"sqlite:///{out / 'mlflow.db'}",
        quiet=True,
        device="cpu",
        runs_root=out / "runs",
    )
    res = run_graph(load_graph_dict(graph_for(args.which, args.seed, args.steps)), opts)
    lines = (res.run_dir / "events.jsonl").read_text().splitlines()
    events = [json.loads(line) for line in lines]
    warns = [
        e["step"] for e in events if e["event"] == "warning" and e["name"].endswith("collapse")
    ]
    print(f"{args.which} seed {args.seed}: {res.status} in {time.perf_counter() - t0:.0f} s")
    print(f"first collapse warning: step {warns[0]}" if warns else "no collapse warning")
    print(f"evaluations warned: {len(warns)}")
    print("\n".join(table(events)))


if __name__ == "__main__":
    main()
