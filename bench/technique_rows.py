"""README rows for chosen toy examples: modes, high-quality fraction and reverse KL per seed.

Trains each named example graph (as it is, on its own dataset) for ``--steps`` steps per seed on
the CPU, evaluates its metrics (``metric.modes`` with the graph's params: PacGAN's rule, ≥ 1 of
2,500 samples within 3σ), and writes one markdown row per example (mean ± std over seeds, and the
per-seed values) to ``bench/results/technique_rows.md`` (or ``--out``). Each finished run is kept
in ``bench/results/technique_runs/<example>_<steps>_s<seed>.json`` and read back instead of
retrained (``--fresh`` retrains), so seeds can be run one by one and gathered in a last call.

    python bench/technique_rows.py grid25_vanilla grid25_gran --steps 8000 --seeds 0,1,2
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.toy_table import fmt, train  # noqa: E402

RUNS = ROOT / "bench" / "results" / "technique_runs"


def run_example(name: str, steps: int, seed: int, fresh: bool) -> tuple[dict[str, float], float]:
    """Metrics and CPU seconds of one run (from its stored result unless ``fresh``)."""
    stored = RUNS / f"{name}_{steps}_s{seed}.json"
    if stored.exists() and not fresh:
        saved = json.loads(stored.read_text())
        return saved["metrics"], saved["cpu_s"]
    g = json.loads((ROOT / "examples" / f"{name}.json").read_text())
    g = copy.deepcopy(g)
    g["run"].update(steps=steps, seed=seed, device="cpu")
    t0 = time.process_time()
    values, _ = train(g)
    seconds = time.process_time() - t0
    RUNS.mkdir(parents=True, exist_ok=True)
    stored.write_text(json.dumps({"metrics": values, "cpu_s": seconds}, indent=1) + "\n")
    return values, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("examples", nargs="+", help="example names (examples/<name>.json)")
    ap.add_argument("--steps", type=int, default=8000)
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--fresh", action="store_true", help="retrain runs already stored")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "technique_rows.md"))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    seeds = [int(s) for s in args.seeds.split(",")]
    lines = [
        f"Command: `python bench/technique_rows.py {' '.join(args.examples)} --steps {args.steps}"
        f" --seeds {args.seeds}` (CPU, {args.threads} thread).",
        "",
        "| example | budget, seeds | modes / 25 | HQ | rKL | per seed (modes / HQ / rKL) "
        "| CPU s per run |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in args.examples:
        per: dict[str, list[float]] = {"modes_covered": [], "hq_fraction": [], "reverse_kl": []}
        cpu: list[float] = []
        for seed in seeds:
            values, seconds = run_example(name, args.steps, seed, args.fresh)
            for k in per:
                per[k].append(values[k])
            cpu.append(seconds)
            print(
                f"{name} seed {seed}: "
                + ", ".join(f"{k}={values[k]:.3f}" for k in per)
                + f" ({seconds:.0f} CPU s)",
                flush=True,
            )
        seeds_col = " · ".join(
            f"{m:.0f} / {h:.3f} / {r:.2f}"
            for m, h, r in zip(*per.values(), strict=True)  # type: ignore[call-overload]
        )
        lines.append(
            f"| `{name}` | {args.steps // 1000}k steps, seeds {args.seeds} | "
            f"{fmt(per['modes_covered'], 1)} | {fmt(per['hq_fraction'], 3)} | "
            f"{fmt(per['reverse_kl'], 2)} | {seeds_col} | {sum(cpu) / len(cpu):.0f} |"
        )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
