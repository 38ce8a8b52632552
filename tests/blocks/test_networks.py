"""Generators and discriminators adapt to the data shape, or say why they cannot."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from blocks.base import UnsupportedShape
from blocks.discriminators import DCGANDiscriminator, MLPDiscriminator
from blocks.generators import DCGANGenerator, MLPGenerator
from blocks.layers import dcgan_plan


@pytest.mark.parametrize(
    ("size", "plan"),
    [(8, (4, 1)), (14, (7, 1)), (16, (4, 2)), (28, (7, 2)), (32, (4, 3)), (64, (4, 4))],
)
def test_dcgan_plan(size: int, plan: tuple[int, int]) -> None:
    assert dcgan_plan((1, size, size)) == plan


@pytest.mark.parametrize("shape", [(2,), (3, 30, 30), (3, 32, 16), (1, 6, 6), (1, 9, 9)])
def test_dcgan_refuses_what_it_cannot_make(shape: tuple[int, ...]) -> None:
    with pytest.raises(UnsupportedShape):
        dcgan_plan(shape)


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28), (3, 32, 32)])
def test_dcgan_pair_shapes_and_timestep(shape: tuple[int, int, int]) -> None:
    G = DCGANGenerator(16, shape, 8, nn.Tanh())
    x = G(torch.randn(3, 16))
    assert x.shape == (3, *shape) and x.abs().max() <= 1
    D = DCGANDiscriminator(shape, 8, "layer", "leaky_relu", t_max=1000)
    out = D(x, torch.randint(0, 1000, (3,)))
    assert out.shape == (3,)
    out.sum().backward()
    assert all(p.grad is not None for p in G.parameters())


def test_mlp_timestep_changes_the_output() -> None:
    torch.manual_seed(0)
    D = MLPDiscriminator(2, [16], "leaky_relu", t_max=100, t_dim=8)
    x = torch.randn(4, 2)
    a = D(x, torch.zeros(4, dtype=torch.long))
    b = D(x, torch.full((4,), 90))
    assert not torch.allclose(a, b)
    G = MLPGenerator(4, [8], "relu", nn.Identity(), (2,))
    assert G(torch.randn(5, 4)).shape == (5, 2)


def test_timestep_embedding_stays_small_for_wide_features() -> None:
    from blocks.layers import TimestepEmbedding

    emb = TimestepEmbedding(6272, t_max=1000)  # a DCGAN critic's features at 28×28, width 32
    assert sum(p.numel() for p in emb.parameters()) == 6272 * 17 + 6272
    assert emb(torch.tensor([0, 500, 1000])).shape == (3, 6272)
