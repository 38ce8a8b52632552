"""What each rank of a 2-process gloo group runs for ``test_distributed`` (one spawn for all).

Scenarios, in order, each rank writing its findings to ``<out>/rank<r>.json``:

1. ``consistency``: every example, a few steps through the compiled loop; a digest of every
   parameter, buffer and block state on each rank (equal digests: bit-identical ranks).
2. ``equivalence``: the toy MLP graph with SGD on fed batches (rank r gets rows r·B…(r+1)·B of
   one global batch of 2B); rank 0 saves its parameters for the test to compare with one process.
3. ``nan``: a whole ``Run`` where rank 1's reals turn NaN at its 11th draw: both ranks must end
   FAILED with the reason (and the last good checkpoint, which the test resumes on one process).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist

ROOT = Path(__file__).resolve().parents[2]


def feed(prog: Any, full_batch: int, rank: int = 0, world: int = 1) -> None:
    """Replace the program's data and latent draws by two ``StepFeeder`` streams.

    A feeder refills with a whole step's batch (``full_batch`` rows per rank) and hands it out in
    the sizes asked for: micro-batches of one step split one batch (gradient accumulation).
    """
    data = StepFeeder(tuple(prog.data.shape), 1, full_batch, rank, world)
    z = StepFeeder((prog.latent.dim,), 2, full_batch, rank, world)
    prog.data.next = data
    prog.latent.sample = z


class StepFeeder:
    """Rank ``rank``'s rows of a global stream: each refill draws one step's batch of
    ``world·per_rank`` rows from a seeded generator and keeps rows r·per_rank…(r+1)·per_rank, then
    hands them out in the sizes asked for (so one process at world·per_rank sees the same rows,
    and micro-batches of a step split one batch)."""

    def __init__(self, shape: tuple[int, ...], seed: int, per_rank: int, rank: int, world: int):
        self.shape, self.per_rank, self.rank, self.world = shape, per_rank, rank, world
        self.gen = torch.Generator().manual_seed(seed)
        self.held = torch.zeros(0, *shape)

    def __call__(self, n: int, *_: Any) -> torch.Tensor:
        if self.held.shape[0] == 0:
            full = torch.randn(self.per_rank * self.world, *self.shape, generator=self.gen)
            self.held = full[self.rank * self.per_rank : (self.rank + 1) * self.per_rank]
        out, self.held = self.held[:n], self.held[n:]
        return out


def digest(value: Any, prefix: str, out: dict[str, str]) -> dict[str, str]:
    """SHA-1 of the bytes of every tensor in a (nested) state, by path."""
    if isinstance(value, torch.Tensor):
        t = value.detach().cpu().contiguous().reshape(-1)
        out[prefix] = hashlib.sha1(t.view(torch.uint8).numpy().tobytes()).hexdigest()
    elif isinstance(value, dict):
        for k, v in value.items():
            digest(v, f"{prefix}.{k}", out)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            digest(v, f"{prefix}.{i}", out)
    elif isinstance(value, int | float | bool | str):
        out[prefix] = repr(value)
    return out


def sgd_graph(batch: int, steps: int) -> Any:
    """The toy MLP graph (no BatchNorm, mean-reduced losses) with SGD on both networks."""
    from schemas import load_graph_dict
    from tests.graphs import tiny

    g = tiny("grid25_vanilla", steps=steps, batch=batch)
    for n in g["nodes"]:
        if n["type"] == "optimizer.adam":
            n["type"], n["params"] = "optimizer.sgd", {"lr": 0.05}
    return load_graph_dict(g)


def train_fed(
    graph: Any, steps: int, full_batch: int, rank: int = 0, world: int = 1, accumulate: int = 1
) -> dict[str, torch.Tensor]:
    """Parameters after ``steps`` iterations on fed batches (ranks joined when world > 1)."""
    from gancanvas.compiler import compile_graph
    from gancanvas.runner import distributed
    from gancanvas.runner.loop import StepRunner

    torch.manual_seed(graph.run.seed)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog, batch_size=full_batch, accumulate=accumulate)
    distributed.join(prog, distributed.World(rank, world), graph.run.seed)
    feed(prog, full_batch, rank, world)
    for step in range(steps):
        runner.iteration(step)
    return {
        f"{nid}.{k}": v.detach().clone()
        for nid, net in prog.nets.items()
        for k, v in net.state_dict().items()
    }


def consistency(rank: int, names: list[str], steps: int) -> dict[str, Any]:
    from gancanvas.compiler import compile_graph
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner import distributed
    from gancanvas.runner.loop import StepRunner
    from schemas import load_graph_dict
    from tests.graphs import tiny

    world = distributed.World(rank, 2)
    report: dict[str, Any] = {}
    for name in names:
        t0 = time.perf_counter()
        graph = load_graph_dict(tiny(name, steps=steps, batch=16))
        torch.manual_seed(graph.run.seed)
        prog = compile_graph(graph, "cpu")
        runner = StepRunner(prog)
        distributed.join(prog, world, graph.run.seed)
        for step in range(steps):
            runner.iteration(step, track=step == steps - 1)
        values = runner.flush(0, steps)
        distributed.before_checkpoint(prog, world)
        state = ckpt.capture(prog, runner, steps, None)
        sums = digest(state["blocks"], "blocks", {})
        digest(state["optimizers"], "optimizers", sums)
        digest(state["loop"], "loop", sums)
        report[name] = {
            "digest": sums,
            "loss": {k: v for k, v in values.items() if k.startswith("loss/")},
            "seconds": time.perf_counter() - t0,
        }
    return report


def stats_reads(rank: int) -> dict[str, Any]:
    """Global reads of ``Stats``, before and after ``merge_ranks``, and a resume on a rank."""
    from blocks.stats import Stats

    stats = Stats(torch.device("cpu"))
    reader = stats.collector(["x"])
    stats.report("x", torch.tensor([rank + 1.0, rank + 1.0]))  # rank 0: 1, 1; rank 1: 2, 2
    before = (float(reader.mean("x")), reader.count("x"), float(reader.sum("x")))
    stats.merge_ranks()
    after = (float(reader.mean("x")), reader.count("x"), float(reader.sum("x")))
    local = {k: float(v) for k, v in reader.means(local=True).items()}
    saved = (stats.state_dict(), reader.state_dict())
    loaded = Stats(torch.device("cpu"))
    again = loaded.collector(["x"])
    loaded.load_state_dict(saved[0])  # everyone loads rank 0's state, as a resume does
    again.load_state_dict(dist_broadcast(saved[1]))
    if rank != 0:
        loaded.drop_pending()
    resumed = (float(again.mean("x")), again.count("x"))
    return {"before": before, "after": after, "local": local, "resumed": resumed}


def dist_broadcast(value: Any) -> Any:
    box = [value]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def nan_run(rank: int, out: Path, uri: str) -> dict[str, Any]:
    from gancanvas.runner.train import Run, RunOptions
    from schemas import load_graph_dict
    from tests.graphs import tiny

    g = tiny("grid25_vanilla", steps=20)
    g["run"].update(log_every=2, checkpoint_every=4)
    run = Run(
        load_graph_dict(g),
        RunOptions(tracking_uri=uri, quiet=True, device="cpu", runs_root=out / "runs"),
    )
    if rank == 1:
        original, calls = run.prog.data.next, [0]

        def poisoned(n: int) -> torch.Tensor:
            calls[0] += 1
            x = original(n)
            return x * float("nan") if calls[0] >= 11 else x

        run.prog.data.next = poisoned  # type: ignore[method-assign]
    t0 = time.perf_counter()
    result = run.execute()
    return {
        "status": result.status,
        "step": result.step,
        "reason": result.reason,
        "checkpoint": str(result.checkpoint) if result.checkpoint else None,
        "run_id": result.run_id,
        "seconds": time.perf_counter() - t0,
        "tracker": type(run.tracker).__name__,
    }


def main(rank: int, out: str, init: str, examples: list[str], steps: int, uri: str | None) -> None:
    """One rank of every scenario (``uri`` None: the consistency scenario only)."""
    torch.set_num_threads(1)
    sys.path.insert(0, str(ROOT))
    os.environ.pop("MLFLOW_TRACKING_URI", None)
    dist.init_process_group("gloo", init_method=init, rank=rank, world_size=2)
    folder = Path(out)
    result: dict[str, Any] = {}
    try:
        result["stats"] = stats_reads(rank)
        result["consistency"] = consistency(rank, examples, steps)
        if uri is not None:
            params = train_fed(sgd_graph(8, 3), 3, 8, rank, 2)
            if rank == 0:
                torch.save(params, folder / "equivalence.pt")
            result["nan"] = nan_run(rank, folder, uri)
    finally:
        (folder / f"rank{rank}.json").write_text(json.dumps(result))
        if dist.is_initialized():
            dist.destroy_process_group()
