"""Overhead of the compiled loop against a hand-written PyTorch loop of the same networks.

Both sides train the same architectures with the same optimizers, loss and batch size, in one
process, alternating in rounds so machine noise hits both alike. Prints steps/s of each per case
and, as the last line, ``overhead ratio: X`` = median over rounds of (our time / hand time);
X ≤ 1.05 is the target on CPU.

    python bench/overhead.py [--rounds 7] [--steps 100] [--threads 1] [--device cpu]
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from pathlib import Path

import torch
from torch.nn import functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import dcgan32_graph  # noqa: E402
from gancanvas.compiler import Program, compile_graph  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402


def case_graph(name: str, device: str) -> dict:
    """grid25 MLP GAN (batch 256) or DCGAN at 32×32, width 32 (batch 64), NS loss, Adam."""
    if name == "grid25_mlp":
        g = json.loads((ROOT / "examples" / "grid25_vanilla.json").read_text())
        g["nodes"] = [n for n in g["nodes"] if n["type"] != "metric.modes"]
        g["edges"] = [e for e in g["edges"] if not e["to"].startswith("modes.")]
    else:
        g = dcgan32_graph()
    g["run"].update(device=device, log_every=50)
    return g


class HandLoop:
    """The loop people write by hand: same modules (fresh copies), Adam, NS loss."""

    def __init__(self, prog: Program):
        self.G, self.D = copy.deepcopy(prog.G), copy.deepcopy(prog.D)
        self.data, self.latent, self.dev = prog.data, prog.latent, prog.device
        self.B = prog.graph.run.batch_size
        pg, pd = prog.opt_G.param_groups[0], prog.opt_D.param_groups[0]
        self.opt_G = torch.optim.Adam(self.G.parameters(), lr=pg["lr"], betas=pg["betas"])
        self.opt_D = torch.optim.Adam(self.D.parameters(), lr=pd["lr"], betas=pd["betas"])
        self.log: list[torch.Tensor] = []

    def step(self) -> None:
        real = self.data.next(self.B)
        z = torch.randn(self.B, self.latent.dim, device=self.dev)
        with torch.no_grad():
            fake = self.G(z)
        d_loss = F.softplus(-self.D(real)).mean() + F.softplus(self.D(fake)).mean()
        self.opt_D.zero_grad(set_to_none=True)
        d_loss.backward()
        self.opt_D.step()
        z = torch.randn(self.B, self.latent.dim, device=self.dev)
        g_loss = F.softplus(-self.D(self.G(z))).mean()
        self.opt_G.zero_grad(set_to_none=True)
        g_loss.backward()
        self.opt_G.step()
        self.log.append(torch.stack([d_loss.detach(), g_loss.detach()]))
        if len(self.log) == 50:  # read losses once per 50 steps, as our loop does
            torch.stack(self.log).mean(0).tolist()
            self.log.clear()


def timed(fn, steps: int, device: torch.device) -> float:  # type: ignore[no-untyped-def]
    if device.type == "cuda":
        torch.cuda.synchronize()
    t = time.perf_counter()
    for i in range(steps):
        fn(i)
    if device.type == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - t


def run_case(name: str, rounds: int, steps: int, device: str) -> tuple[float, float, float]:
    torch.manual_seed(0)
    prog = compile_graph(load_graph_dict(case_graph(name, device)), device)
    ours = StepRunner(prog)
    hand = HandLoop(prog)
    counter = [0]

    def our_step(i: int) -> None:
        ours.iteration(counter[0])
        counter[0] += 1
        if counter[0] % 50 == 0:
            ours.flush(counter[0] - 50, counter[0])

    def hand_step(i: int) -> None:
        hand.step()

    timed(our_step, 20, prog.device)  # warm-up both
    timed(hand_step, 20, prog.device)
    ratios, t_ours, t_hand = [], [], []
    for r in range(rounds):
        order = [(our_step, t_ours), (hand_step, t_hand)]
        for fn, out in order if r % 2 == 0 else reversed(order):
            out.append(timed(fn, steps, prog.device))
        ratios.append(t_ours[-1] / t_hand[-1])
    ours_sps = steps / statistics.median(t_ours)
    hand_sps = steps / statistics.median(t_hand)
    ratio = statistics.median(ratios)
    print(
        f"{name:12s} ours {ours_sps:8.1f} steps/s   hand {hand_sps:8.1f} steps/s   "
        f"ratio {ratio:.3f}"
    )
    return ours_sps, hand_sps, ratio


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--steps", type=int, default=100, help="steps per side per round")
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (both sides)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--cases", default="grid25_mlp,dcgan32")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, device {args.device}, threads {args.threads}")
    ratios = []
    for case in args.cases.split(","):
        steps = args.steps if case == "grid25_mlp" else max(10, args.steps // 10)
        ratios.append(run_case(case, args.rounds, steps, args.device)[2])
    print(f"overhead ratio: {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
