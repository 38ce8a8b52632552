"""Data-parallel training on ``torch.distributed`` for any graph (StyleGAN3's training loop).

Launch with ``torchrun --standalone --nproc_per_node=N --no-python gancanvas run FILE`` (more
nodes: ``--nnodes`` with a c10d rendezvous), or ``srun`` under Slurm: without ``RANK`` in the
environment the ``SLURM_*`` variables give rank, world size and the master host. The backend is
nccl on GPUs, gloo on the CPU.

What makes every rank train one model (see ``docs/contract.md``, "Distributed training"):

- every rank builds the program from ``run.seed``, then rank 0's parameters and buffers are
  broadcast (identical initialisation whatever a block draws); after that the global RNG is
  seeded per rank (``rank_seed``: latents, toy mixtures, augmentations differ per rank), and a
  dataset shards its permutation (``DataSource.shard``: disjoint batches);
- each phase averages its networks' gradients in one flat ``all_reduce`` after backward and
  before the gradient hooks and the step (``average_gradients``): clipping and gradient
  transforms see the averaged gradient, and parameters stay bit-identical on every rank without
  DDP, whose reducer assumes one backward per forward (lazy R1 with LeCam broke it);
- statistics are read globally (``blocks.stats``: a collector sums over the ranks);
- buffers (BatchNorm's running statistics) are broadcast from rank 0 before anything reads them
  outside training: a log, sample, evaluation or checkpoint step (``sync_buffers``);
- the stop and NaN decisions are agreed by all ranks (``agree``, ``ranks_with``);
- only rank 0 writes MLflow, events, samples and checkpoints (``NullTracker`` elsewhere); a
  checkpoint holds the global state plus every rank's RNG (``gather_rng``), and resumes on
  another world size with per-rank RNG derived again from the seed, rank and step.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import torch
import torch.distributed as dist
from torch import Tensor, nn

if TYPE_CHECKING:
    from gancanvas.compiler import Program

#: how long a rank waits in a collective for the others (a crashed peer ends it sooner)
TIMEOUT_S = int(os.environ.get("GANCANVAS_DIST_TIMEOUT", "1800"))
#: the stop flag (SIGINT/SIGTERM on some rank) is agreed every this many steps
STOP_POLL = 10


@dataclass(frozen=True)
class World:
    """This process's place in the process group (rank 0 of 1 without one)."""

    rank: int = 0
    size: int = 1
    local_rank: int = 0
    #: whether ``init`` created the process group (and ``finish`` ends it)
    owned: bool = False

    @property
    def active(self) -> bool:
        return self.size > 1

    @property
    def main(self) -> bool:
        return self.rank == 0


def slurm_first_host(nodelist: str) -> str:
    """The first host of a Slurm node list: ``gpu[03-05,9],cpu1`` → ``gpu03``."""
    m = re.match(r"([^,\[]+)(\[([^\]]+)\])?", nodelist.strip())
    if m is None:
        raise ValueError(f"cannot read the Slurm node list {nodelist!r}")
    prefix, ranges = m.group(1), m.group(3)
    if not ranges:
        return prefix
    return prefix + ranges.split(",")[0].split("-")[0]


def launch_env(env: Mapping[str, str]) -> dict[str, str] | None:
    """Rank, world size, local rank and master of a launcher (torchrun, then Slurm), or None."""
    if "RANK" in env and "WORLD_SIZE" in env:
        return {
            "RANK": env["RANK"],
            "WORLD_SIZE": env["WORLD_SIZE"],
            "LOCAL_RANK": env.get("LOCAL_RANK", "0"),
        }
    if "SLURM_PROCID" in env and int(env.get("SLURM_NTASKS", "1")) > 1:
        nodes = (
            env.get("SLURM_STEP_NODELIST")
            or env.get("SLURM_JOB_NODELIST")
            or env.get("SLURM_NODELIST", "127.0.0.1")
        )
        job = int(env.get("SLURM_JOB_ID", "0") or 0)
        return {
            "RANK": env["SLURM_PROCID"],
            "WORLD_SIZE": env["SLURM_NTASKS"],
            "LOCAL_RANK": env.get("SLURM_LOCALID", "0"),
            "MASTER_ADDR": env.get("MASTER_ADDR") or slurm_first_host(nodes),
            "MASTER_PORT": env.get("MASTER_PORT") or str(20000 + job % 20000),
        }
    return None


def init(device: torch.device) -> tuple[World, torch.device]:
    """Join the process group the environment describes; this rank's device.

    A group that already exists (a test that made one) is used as it is and left open.
    """
    if dist.is_available() and dist.is_initialized():
        rank, size = dist.get_rank(), dist.get_world_size()
        local = int(os.environ.get("LOCAL_RANK", rank))
        return World(rank, size, local), _rank_device(device, local)
    found = launch_env(os.environ)
    if found is None or int(found["WORLD_SIZE"]) <= 1:
        return World(), device
    os.environ.update({k: v for k, v in found.items() if k.startswith("MASTER_")})
    rank, size, local = int(found["RANK"]), int(found["WORLD_SIZE"]), int(found["LOCAL_RANK"])
    dev = _rank_device(device, local)
    dist.init_process_group(
        "nccl" if dev.type == "cuda" else "gloo",
        rank=rank,
        world_size=size,
        timeout=timedelta(seconds=TIMEOUT_S),
    )
    return World(rank, size, local, owned=True), dev


def _rank_device(device: torch.device, local_rank: int) -> torch.device:
    if device.type != "cuda":
        return device
    index = local_rank % max(torch.cuda.device_count(), 1)
    torch.cuda.set_device(index)
    return torch.device("cuda", index)


def finish(world: World) -> None:
    if world.owned and dist.is_initialized():
        dist.destroy_process_group()


def rank_seed(seed: int, rank: int, step: int) -> int:
    """A 63-bit seed of rank ``rank``'s RNG from step ``step`` on (SHA-256: no overlaps)."""
    digest = hashlib.sha256(f"gancanvas:{seed}:{rank}:{step}".encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


def seed_rank(seed: int, world: World, step: int) -> None:
    """Seed the global RNGs (CPU and every GPU) of this rank."""
    torch.manual_seed(rank_seed(seed, world.rank, step))


def _modules(objects: Iterable[Any]) -> list[nn.Module]:
    return [o for o in objects if isinstance(o, nn.Module)]


def _unique(tensors: Iterable[Tensor]) -> list[Tensor]:
    seen: dict[int, Tensor] = {}
    for t in tensors:
        seen.setdefault(id(t), t)
    return list(seen.values())


def broadcast_modules(objects: Iterable[Any]) -> None:
    """Rank 0's parameters and buffers on every rank (identical initialisation)."""
    mods = _modules(objects)
    tensors = _unique([t for m in mods for t in (*m.parameters(), *m.buffers())])
    with torch.no_grad():
        for t in tensors:
            dist.broadcast(t.data, src=0)


def sync_buffers(objects: Iterable[Any]) -> None:
    """Rank 0's buffers (BatchNorm running statistics, …) on every rank.

    Rank 0's running averages estimate the statistics from its share of the data; what the other
    ranks accumulated is dropped. Training forwards never read them (batch statistics), so this
    runs only before a log, sample, evaluation or checkpoint step.
    """
    for t in _unique(b for m in _modules(objects) for b in m.buffers()):
        dist.broadcast(t.data, src=0)


def average_gradients(params: list[Tensor]) -> Tensor | None:
    """Every rank's mean gradient of ``params`` in one flat ``all_reduce`` (StyleGAN3).

    A parameter without a gradient on every rank keeps none (the optimizer skips it, as in a
    single process); one with a gradient on some ranks gets the mean with zeros elsewhere.
    Returns whether this rank's own gradient was non-finite (a 0-d device tensor, no sync): the
    origin of a NaN that the average then spreads to every rank.
    """
    if not params:
        return None
    ref = params[0]
    present = torch.tensor([p.grad is not None for p in params], dtype=ref.dtype, device=ref.device)
    flat = torch.cat(
        [
            *(
                (p.grad if p.grad is not None else torch.zeros_like(p)).reshape(-1).to(ref.dtype)
                for p in params
            ),
            present,
        ]
    )
    bad = flat.isfinite().all().logical_not()
    dist.all_reduce(flat)
    flat /= dist.get_world_size()
    seen = flat[-len(params) :].tolist()
    offset = 0
    for p, had in zip(params, seen, strict=True):
        n = p.numel()
        if had > 0:
            g = flat[offset : offset + n].view_as(p).to(p.dtype)
            if p.grad is None:
                p.grad = g.clone()
            else:
                p.grad.copy_(g)
        offset += n
    return bad


def agree(flag: bool, device: torch.device) -> bool:
    """True on every rank when ``flag`` is true on any rank."""
    t = torch.tensor([1.0 if flag else 0.0], device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return bool(t.item() > 0)


def ranks_with(flag: bool, device: torch.device) -> list[int]:
    """The ranks on which ``flag`` is true (every rank gets the list)."""
    t = torch.tensor([1.0 if flag else 0.0], device=device)
    parts = [torch.zeros_like(t) for _ in range(dist.get_world_size())]
    dist.all_gather(parts, t)
    return [r for r, p in enumerate(parts) if p.item() > 0]


def gather_values(value: Tensor, device: torch.device) -> list[float]:
    """A 0-d tensor of every rank, in rank order (every rank gets the list)."""
    t = value.detach().reshape(1).to(device=device, dtype=torch.float64)
    parts = [torch.zeros_like(t) for _ in range(dist.get_world_size())]
    dist.all_gather(parts, t)
    return [float(p.item()) for p in parts]


def broadcast_object(value: Any) -> Any:
    box = [value]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def gather_rng(world: World, device: torch.device) -> list[dict[str, Tensor]]:
    """Every rank's RNG states, in rank order (collective)."""
    state = {"cpu": torch.get_rng_state()}
    if device.type == "cuda":
        state["cuda"] = torch.cuda.get_rng_state(device)
    parts: list[Any] = [None] * world.size
    dist.all_gather_object(parts, state)
    return parts


def restore_rng(saved: Any, seed: int, world: World, step: int, device: torch.device) -> None:
    """This rank's RNG from a checkpoint saved on as many ranks; otherwise derived again."""
    ranks = saved.get("ranks") if isinstance(saved, dict) else None
    own = ranks[world.rank] if isinstance(ranks, list) and len(ranks) == world.size else None
    if isinstance(own, dict) and isinstance(own.get("cpu"), Tensor):
        torch.set_rng_state(own["cpu"])
        if device.type == "cuda" and isinstance(own.get("cuda"), Tensor):
            torch.cuda.set_rng_state(own["cuda"], device)
        return
    seed_rank(seed, world, step)


def per_rank_batch(batch_size: int, batch_per: str, world: World) -> int:
    """Samples per step on this rank; ``ValueError`` when a global batch does not split evenly."""
    if batch_per == "rank" or not world.active:
        return batch_size
    if batch_size % world.size:
        raise ValueError(
            f"batch_size {batch_size} (batch_per: global) does not split over {world.size} ranks"
        )
    return batch_size // world.size


class NullTracker:
    """The tracker of a rank other than 0: the same calls, nothing written, no MLflow opened."""

    def __init__(self, run_id: str):
        self.run_id = run_id
        self.resumed_from: str | None = None
        self.failure: str | None = None  # no store of its own, so never a storage failure
        self.status = "RUNNING"
        self.reason: str | None = None

    def close(self, status: str, reason: str | None = None) -> list[str]:
        self.status, self.reason = status, reason
        return []

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None


def join(prog: Program, world: World, seed: int) -> None:
    """A freshly built program on this rank: rank 0's weights, a data shard, this rank's RNG."""
    if not world.active:
        return
    broadcast_modules(prog.built.values())
    prog.data.shard(world.rank, world.size)
    seed_rank(seed, world, 0)


def after_restore(prog: Program, state: dict[str, Any], world: World, seed: int) -> None:
    """A checkpoint (rank 0's global state) loaded on this rank: RNG and statistics of its own."""
    if not world.active:
        return
    restore_rng(state.get("rng"), seed, world, int(state["step"]), prog.device)
    if not world.main:  # rank 0 holds the pending windows of every rank (``Stats.merge_ranks``)
        prog.stats.drop_pending()


def before_checkpoint(prog: Program, world: World) -> list[dict[str, Tensor]] | None:
    """Collective work of a checkpoint step: global statistics on rank 0, rank 0's buffers
    everywhere, every rank's RNG (returned on all ranks; None in one process)."""
    if not world.active:
        return None
    prog.stats.merge_ranks()
    sync_buffers([*prog.built.values(), prog.sampler])
    return gather_rng(world, prog.device)
