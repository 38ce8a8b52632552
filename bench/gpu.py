"""Steps/s of GAN architectures at 32×32 under the run settings' speed options, on 1 and 2 GPUs.

For each architecture (a line of ``ARCHS``; one whose blocks are not in the registry yet is
listed as skipped) and each setting of ``SETTINGS`` (eager fp32, bf16, fp16, each with
channels-last and ``torch.compile``), the compiled loop trains ``--steps`` timed iterations after
``--warmup`` ones; the table gives steps/s and the ratio to eager fp32. With two GPUs or more,
eager fp32 and the fastest setting also run data-parallel on 2 (nccl; batch per GPU as on one):
images/s and the ratio to one GPU. Prints Markdown.

    python bench/gpu.py [--steps 200] [--warmup 30] [--batch 64] [--width 64]
    python bench/gpu.py --cpu-smoke          # tiny sizes on the CPU (compile: Dynamo "eager")
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
import torch.multiprocessing as mp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import dcgan32_graph  # noqa: E402
from blocks.registry import block_types  # noqa: E402
from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.runner import distributed, speed  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import load_graph_dict  # noqa: E402

#: architecture → (generator block, discriminator block, params of both); one line each
ARCHS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "DCGAN": ("generator.dcgan", "discriminator.dcgan", {}),
    "ResNet-SNGAN": ("generator.resnet", "discriminator.resnet", {}),
    "BigGAN": ("generator.biggan", "discriminator.biggan", {}),
}

#: setting → the run settings it changes
SETTINGS: dict[str, dict[str, Any]] = {
    "eager fp32": {},
    "bf16": {"precision": "bf16"},
    "fp16": {"precision": "fp16"},
    "bf16 + channels_last + compile": {
        "precision": "bf16",
        "channels_last": True,
        "compile": True,
    },
    "fp16 + channels_last + compile": {
        "precision": "fp16",
        "channels_last": True,
        "compile": True,
    },
}


def arch_graph(arch: str, batch: int, width: int, device: str, run: dict[str, Any]) -> Any:
    """DCGAN's example graph at 32×32 (digits upsampled), G and D swapped for ``arch``'s."""
    gen, disc, params = ARCHS[arch]
    g = dcgan32_graph()
    for n in g["nodes"]:
        if n["id"] in ("G", "D"):
            n["type"] = gen if n["id"] == "G" else disc
            n["params"] = {"width": width, **params}
    g["run"].update(device=device, batch_size=batch, log_every=10_000, **run)
    return load_graph_dict(g)


def steps_per_s(graph: Any, steps: int, warmup: int) -> float:
    """Timed iterations of the compiled loop (this process's rank, if a group is active)."""
    torch.manual_seed(graph.run.seed)
    prog = compile_graph(graph, graph.run.device)
    speed.apply_speed_options(prog, graph.run)
    runner = StepRunner(prog, graph.run.precision)
    world = distributed.World()
    if dist.is_initialized():
        world = distributed.World(dist.get_rank(), dist.get_world_size())
    distributed.join(prog, world, graph.run.seed)
    sync = torch.cuda.synchronize if prog.device.type == "cuda" else (lambda: None)
    for step in range(warmup):
        runner.iteration(step)
    sync()
    if world.active:
        dist.barrier()
    t0 = time.perf_counter()
    for step in range(warmup, warmup + steps):
        runner.iteration(step)
    runner.flush(warmup, warmup + steps)  # a host read: every step has run
    sync()
    return steps / (time.perf_counter() - t0)


def _rank(rank: int, init: str, world: int, args: dict[str, Any], out: str) -> None:
    device = args["device"]
    speed.BACKEND = args["backend"]
    torch.set_num_threads(args["threads"])
    if device == "cuda":
        torch.cuda.set_device(rank)
    dist.init_process_group(
        "nccl" if device == "cuda" else "gloo", init_method=init, rank=rank, world_size=world
    )
    try:
        graph = arch_graph(args["arch"], args["batch"], args["width"], device, args["run"])
        rate = steps_per_s(graph, args["steps"], args["warmup"])
        if rank == 0:
            Path(out).write_text(json.dumps(rate))
    finally:
        dist.destroy_process_group()


def data_parallel(world: int, args: dict[str, Any]) -> float:
    """Steps/s of ``world`` processes (one GPU each; gloo processes on the CPU)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "rate.json")
        mp.spawn(_rank, args=(f"tcp://127.0.0.1:{port}", world, args, out), nprocs=world)
        return float(json.loads(Path(out).read_text()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--batch", type=int, default=64, help="samples per step (per GPU)")
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--ranks", type=int, default=2, help="data-parallel processes (1: none)")
    ap.add_argument("--cpu-smoke", action="store_true", help="tiny sizes on the CPU")
    args = ap.parse_args(argv)
    device = "cuda" if torch.cuda.is_available() and not args.cpu_smoke else "cpu"
    if args.cpu_smoke:
        args.steps, args.warmup, args.batch, args.width = 3, 1, 8, 8
        speed.BACKEND = "eager"  # Dynamo's tracing without a C++ toolchain
        torch.set_num_threads(1)
    if device == "cpu" and not args.cpu_smoke:
        print("no GPU: run with --cpu-smoke for the CPU version", file=sys.stderr)
        return 2
    name = torch.cuda.get_device_name() if device == "cuda" else "CPU (smoke sizes)"
    print(f"device: {name}; torch {torch.__version__}; batch {args.batch}, width {args.width},")
    print(f"{args.steps} timed steps after {args.warmup}; compile backend {speed.BACKEND}\n")
    print("| architecture | setting | steps/s | × eager fp32 |")
    print("|---|---|---:|---:|")
    types = set(block_types())
    best: dict[str, tuple[str, float]] = {}
    for arch, (gen, disc, _) in ARCHS.items():
        if gen not in types or disc not in types:
            print(f"| {arch} | skipped: no block `{gen}` / `{disc}` yet | | |")
            continue
        base = None
        for label, run in SETTINGS.items():
            graph = arch_graph(arch, args.batch, args.width, device, run)
            rate = steps_per_s(graph, args.steps, args.warmup)
            base = base or rate
            if arch not in best or rate > best[arch][1]:
                best[arch] = (label, rate)
            print(f"| {arch} | {label} | {rate:.1f} | {rate / base:.2f} |", flush=True)
    gpus = torch.cuda.device_count() if device == "cuda" else args.ranks
    if args.ranks < 2 or gpus < 2:
        print(f"\n(data parallel: skipped, {gpus} GPU(s) / --ranks {args.ranks})")
        return 0
    print("\n| architecture | setting | processes | steps/s | images/s | × 1 |")
    print("|---|---|---:|---:|---:|---:|")
    for arch, (label, _) in best.items():
        for setting in dict.fromkeys(["eager fp32", label]):
            job = {
                "arch": arch,
                "batch": args.batch,
                "width": args.width,
                "device": device,
                "run": SETTINGS[setting],
                "steps": args.steps,
                "warmup": args.warmup,
                "backend": speed.BACKEND,
                "threads": torch.get_num_threads(),
            }
            one = steps_per_s(
                arch_graph(arch, args.batch, args.width, device, SETTINGS[setting]),
                args.steps,
                args.warmup,
            )
            for n, rate in ((1, one), (2, data_parallel(2, job))):
                images = rate * args.batch * n
                ratio = images / (one * args.batch)
                print(f"| {arch} | {setting} | {n} | {rate:.1f} | {images:.0f} | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
