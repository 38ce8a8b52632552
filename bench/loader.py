"""Images/s of the streaming data blocks against the images/s one DCGAN training step consumes.

Writes a synthetic dataset (``--images`` random-texture PNGs at each resolution) as an image
folder, a StyleGAN-layout ZIP, an LMDB and an HDF5 file in a temporary folder, then times
``source.next(batch)`` of ``data.image_stream`` / ``data.zip`` / ``data.lmdb`` / ``data.hdf5``
(horizontal flip on, so every image goes through the transform) with 0 and 2 workers after two
warm-up batches. The step side times ``StepRunner.iteration`` of a DCGAN (Radford et al. 2016;
``generator.dcgan`` / ``discriminator.dcgan``, non-saturating loss, Adam, n_dis = 1) on the
same images held in memory (``data.image_folder``) at the same batch: one iteration consumes
one real batch, so ``step img/s = batch / step time``. ``ratio`` > 1: the loader keeps up
with training.

    python bench/loader.py [--res 32 64] [--workers 0 2] [--batch 64] [--batches 20]
                           [--images 512] [--steps 5] [--width 64] [--device cpu] [--threads 1]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np
import torch
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import dcgan32_graph  # noqa: E402
from blocks.base import BuildContext  # noqa: E402
from blocks.data import Hdf5Images, ImageStream, LmdbImages, ZipImages  # noqa: E402
from blocks.data.stream_blocks import StreamBlock  # noqa: E402
from gancanvas.compiler import compile_graph  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import RunConfig, load_graph_dict  # noqa: E402


def synthetic(n: int, res: int, seed: int = 0) -> np.ndarray:
    """``n`` smooth random RGB textures ``[n, res, res, 3]`` (PNG-compressible, like photos)."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (n, max(2, res // 4), max(2, res // 4), 3), dtype=np.uint8)
    t = torch.from_numpy(small).permute(0, 3, 1, 2).float()
    up = torch.nn.functional.interpolate(t, size=(res, res), mode="bilinear", align_corners=False)
    noise = torch.from_numpy(rng.normal(0, 8, (n, 3, res, res))).float()
    return (up + noise).clamp(0, 255).round().to(torch.uint8).permute(0, 2, 3, 1).numpy()


def write_all(tmp: Path, images: np.ndarray) -> dict[str, tuple[type[StreamBlock], Path]]:
    """The same images in the four layouts; returns format → (block class, root)."""
    import h5py
    import lmdb

    pngs = []
    for img in images:
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, format="PNG")
        pngs.append(buf.getvalue())
    names = [f"{i // 1000:05d}/img{i:08d}.png" for i in range(len(pngs))]
    folder = tmp / "folder"
    for name, data in zip(names, pngs, strict=True):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(tmp / "d.zip", "w", compression=zipfile.ZIP_STORED) as z:
        for name, data in zip(names, pngs, strict=True):
            z.writestr(name, data)
        z.writestr("dataset.json", json.dumps({"labels": None}))
    env = lmdb.open(str(tmp / "lmdb"), map_size=1 << 32)
    with env.begin(write=True) as txn:
        for name, data in zip(names, pngs, strict=True):
            txn.put(name.encode(), data)
    env.close()
    with h5py.File(tmp / "d.h5", "w") as f:
        f["images"] = images
    return {
        "folder": (ImageStream, folder),
        "zip": (ZipImages, tmp / "d.zip"),
        "lmdb": (LmdbImages, tmp / "lmdb"),
        "hdf5": (Hdf5Images, tmp / "d.h5"),
    }


def loader_rate(
    cls: type[StreamBlock], root: Path, res: int, workers: int, batch: int, batches: int
) -> float:
    opts = {"root": str(root), "height": res, "width": res, "hflip": True, "workers": workers}
    params = cls.Params.model_validate(opts)
    block = cls("data", params)
    ctx = BuildContext("data", torch.device("cpu"), RunConfig(seed=0), (3, res, res), 2)
    src = block.build(ctx)
    for _ in range(2):  # warm-up: workers started, first batches decoded
        src.next(batch)
    t = time.perf_counter()
    for _ in range(batches):
        src.next(batch)
    rate = batch * batches / (time.perf_counter() - t)
    src.close()
    return rate


def dcgan_graph(folder: Path, res: int, batch: int, width: int, device: str) -> dict:
    """The digits DCGAN without augmenter and EMA (``dcgan32_graph``), on the same images."""
    g = dcgan32_graph()
    for n in g["nodes"]:
        if n["id"] == "data":
            n["type"], n["params"] = "data.image_folder", {"root": str(folder), "size": res}
        if n["id"] in ("G", "D"):
            n["params"] = {"width": width}
    g["run"].update(device=device, batch_size=batch, log_every=1000)
    return g


def step_rate(folder: Path, res: int, batch: int, width: int, device: str, steps: int) -> float:
    torch.manual_seed(0)
    graph = load_graph_dict(dcgan_graph(folder, res, batch, width, device))
    prog = compile_graph(graph, device)
    runner = StepRunner(prog)
    for i in range(2):
        runner.iteration(i)
    sync = torch.cuda.synchronize if prog.device.type == "cuda" else (lambda: None)
    sync()
    t = time.perf_counter()
    for i in range(steps):
        runner.iteration(2 + i)
    sync()
    return batch * steps / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--res", type=int, nargs="+", default=[32, 64])
    ap.add_argument("--workers", type=int, nargs="+", default=[0, 2])
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--batches", type=int, default=20)
    ap.add_argument("--images", type=int, default=512)
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--width", type=int, default=64, help="DCGAN width (channels of G/D)")
    ap.add_argument("--device", default="cpu", help="device of the training step")
    ap.add_argument("--threads", type=int, default=1, help="torch threads of the main process")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    rows = []
    for res in args.res:
        with tempfile.TemporaryDirectory() as d:
            formats = write_all(Path(d), synthetic(args.images, res))
            step = step_rate(formats["folder"][1], res, args.batch, args.width, args.device,
                             args.steps)  # fmt: skip
            for fmt, (cls, root) in formats.items():
                for w in args.workers:
                    rate = loader_rate(cls, root, res, w, args.batch, args.batches)
                    rows.append((fmt, w, res, rate, step))
    print(f"batch {args.batch}, DCGAN width {args.width}, step on {args.device}")
    print("| format | workers | res | loader img/s | DCGAN step img/s | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for fmt, w, res, rate, step in rows:
        print(f"| {fmt} | {w} | {res}×{res} | {rate:,.0f} | {step:,.0f} | {rate / step:.2f} |")


if __name__ == "__main__":
    main()
