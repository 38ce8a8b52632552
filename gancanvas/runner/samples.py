"""Sample pictures: a scatter plot over the real modes for 2-D data, an image grid otherwise."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import Tensor, nn

from blocks.runtime import DataSource
from schemas.png import png_info


@torch.no_grad()
def generate(G: nn.Module, z: Tensor, batch: int = 512) -> Tensor:
    """G(z) in eval mode (restored after), in batches, on CPU as float32."""
    was_training = G.training
    G.eval()
    try:
        return torch.cat([G(z[i : i + batch]).float().cpu() for i in range(0, len(z), batch)])
    finally:
        G.train(was_training)


@torch.no_grad()
def generate_by_class(
    G: nn.Module, z: Tensor, n_classes: int, batch: int = 512
) -> tuple[Tensor, int]:
    """A class-conditional grid: one row per class, ``m = len(z) // n_classes`` columns (at
    least 1); column j uses the same latent ``z[j]`` in every row, so a row shows one class and
    a column one latent. Labels go in as ``G(z, y=c)`` (contract v2), through samplers too.
    Returns (images ``[n_classes·m, …]`` row by row, m)."""
    from blocks.metrics_image.sampling import with_labels

    m = max(1, len(z) // n_classes)
    zs = z[:m].repeat(n_classes, *([1] * (z.dim() - 1)))
    ys = torch.arange(n_classes, device=z.device).repeat_interleave(m)
    holder: list[Tensor] = []
    was_training = G.training
    G.eval()
    try:
        with with_labels(G, holder):
            out = []
            for i in range(0, len(zs), batch):
                holder[:] = [ys[i : i + batch]]
                out.append(G(zs[i : i + batch]).float().cpu())
    finally:
        G.train(was_training)
    return torch.cat(out), m


def save_picture(
    samples: Tensor,
    data: DataSource,
    path: Path,
    title: str = "",
    nrow: int = 0,
    text: dict[str, str] | None = None,
) -> Path:
    """Write ``samples`` as a PNG: scatter for vector data, a grid for images.

    ``nrow``: images per row (a class-conditional grid: ``m`` per class, one row per class,
    ``generate_by_class``); 0: square.
    ``text``: PNG text chunks (iTXt) to carry, e.g. the graph and run id (``schemas.png``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    pnginfo = png_info(text) if text else None
    if samples.dim() == 4:
        from PIL import Image
        from torchvision.utils import make_grid

        lo, hi = data.value_range
        grid = make_grid((samples - lo) / (hi - lo), nrow=nrow or max(1, int(len(samples) ** 0.5)))
        pixels = grid.mul(255).add_(0.5).clamp_(0, 255).permute(1, 2, 0).to(torch.uint8).numpy()
        Image.fromarray(pixels).save(path, format="PNG", pnginfo=pnginfo)  # as save_image does
        return path
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4, 4), dpi=100)
    pts = samples.flatten(1)[:, :2].numpy()
    ax.scatter(pts[:, 0], pts[:, 1], s=3, alpha=0.5, color="#1f77b4", label="generated")
    modes = getattr(data, "modes", None)
    if modes is not None:
        m = modes.cpu().numpy()
        ax.scatter(m[:, 0], m[:, 1], s=40, marker="x", color="#d62728", label="real modes")
    if modes is not None:
        span = float(modes.abs().max()) * 1.5 + 0.5
        ax.set_xlim(-span, span)
        ax.set_ylim(-span, span)
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=9)
    ax.legend(loc="upper right", fontsize=7)
    fig.tight_layout()
    fig.savefig(path, pil_kwargs={"pnginfo": pnginfo} if pnginfo else None)
    plt.close(fig)
    return path
