"""Sample pictures: a scatter plot over the real modes for 2-D data, an image grid otherwise."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import Tensor, nn

from blocks.runtime import DataSource


@torch.no_grad()
def generate(G: nn.Module, z: Tensor, batch: int = 512) -> Tensor:
    """G(z) in eval mode (restored after), in batches, on CPU as float32."""
    was_training = G.training
    G.eval()
    try:
        return torch.cat([G(z[i : i + batch]).float().cpu() for i in range(0, len(z), batch)])
    finally:
        G.train(was_training)


def save_picture(
    samples: Tensor, data: DataSource, path: Path, title: str = "", nrow: int = 0
) -> Path:
    """Write ``samples`` as a PNG: scatter for vector data, a grid for images.

    ``nrow``: images per row (a class-conditional grid: one class per column); 0: square.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if samples.dim() == 4:
        from torchvision.utils import save_image

        lo, hi = data.value_range
        save_image((samples - lo) / (hi - lo), path, nrow=nrow or max(1, int(len(samples) ** 0.5)))
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
    fig.savefig(path)
    plt.close(fig)
    return path
