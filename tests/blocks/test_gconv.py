"""GConv layer and the DCGAN generator's ``conv: gconv`` option (techniques-2.md §9.1 checks)."""

from __future__ import annotations

import pytest
import torch
from torch.nn import functional as F

from blocks.generators import DCGANGenerator
from blocks.layers import GConv
from blocks.stats import Stats


@pytest.mark.parametrize("transposed", [True, False])
def test_shapes_match_the_convolution_it_replaces(transposed: bool) -> None:
    torch.manual_seed(0)
    layer = GConv(6, 5, 4, 2, 1, z_dim=8, transposed=transposed)
    ref = (torch.nn.ConvTranspose2d if transposed else torch.nn.Conv2d)(6, 5, 4, 2, 1)
    x, z = torch.randn(3, 6, 7, 7), torch.randn(3, 8)
    assert layer(x, z).shape == ref(x).shape


@pytest.mark.parametrize("transposed", [True, False])
def test_equal_kernels_give_the_standard_conv(transposed: bool) -> None:
    """Check 1: all Wₙ equal (or a constant) → exactly the standard conv with that kernel."""
    torch.manual_seed(1)
    layer = GConv(4, 3, 4, 2, 1, z_dim=8, n_kernels=4, transposed=transposed)
    w = layer.kernels[0].detach().clone()
    with torch.no_grad():
        layer.kernels.copy_(w.expand_as(layer.kernels))
    x, z = torch.randn(5, 4, 6, 6), torch.randn(5, 8)
    conv = F.conv_transpose2d if transposed else F.conv2d
    expected = conv(x, w, layer.bias, 2, 1)
    assert torch.allclose(layer(x, z), expected, atol=1e-5)


@pytest.mark.parametrize("top_k", [0, 2])
def test_grouped_implementation_equals_the_per_sample_loop(top_k: int) -> None:
    """Check 2, and W(z) = Σ aₙ(z) Wₙ applied per sample with a plain conv."""
    torch.manual_seed(2)
    layer = GConv(4, 3, 4, 2, 1, z_dim=8, n_kernels=4, top_k=top_k)
    x, z = torch.randn(6, 4, 5, 5), torch.randn(6, 8)
    grouped = layer(x, z)
    layer.impl = "loop"
    assert torch.allclose(grouped, layer(x, z), atol=1e-5)
    a = layer.mixing(z)
    for i in range(6):
        w = sum(a[i, n] * layer.kernels[n] for n in range(4))
        ref = F.conv_transpose2d(x[i : i + 1], w, layer.bias, 2, 1)  # type: ignore[arg-type]
        assert torch.allclose(grouped[i : i + 1], ref, atol=1e-5)


def test_mixing_is_a_distribution_over_the_selected_kernels() -> None:
    torch.manual_seed(3)
    layer = GConv(2, 2, 3, 1, 1, z_dim=8, n_kernels=6, top_k=2, temperature=0.5)
    z = torch.randn(32, 8)
    a = layer.mixing(z)
    assert torch.allclose(a.sum(1), torch.ones(32)) and bool((a >= 0).all())
    assert bool(((a > 0).sum(1) == 2).all())
    scores = layer.selector(z)
    assert torch.equal(
        (a > 0),
        torch.zeros_like(a, dtype=torch.bool).scatter(1, scores.topk(2, dim=1).indices, True),
    )
    assert not torch.allclose(a[0], a[1])  # check 4: two latents, two different kernels


def test_gradients_reach_z_the_kernels_and_the_selector() -> None:
    """Check 3: ∂out/∂z ≠ 0 (through the selected kernel mixture), and every parameter learns."""
    torch.manual_seed(4)
    layer = GConv(3, 2, 4, 2, 1, z_dim=8, n_kernels=4)
    x, z = torch.randn(4, 3, 4, 4), torch.randn(4, 8, requires_grad=True)
    layer(x, z).square().sum().backward()
    assert z.grad is not None and z.grad.abs().sum() > 0
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in layer.parameters())


def test_dcgan_generator_with_gconv_reports_the_mixture_entropy() -> None:
    torch.manual_seed(5)
    stats = Stats(torch.device("cpu"))
    G = DCGANGenerator(16, (1, 8, 8), 8, torch.nn.Tanh(), gconv={"n_kernels": 4}, stats=stats)
    assert sum(isinstance(m, GConv) for m in G.convs) == 1  # 4×4 → 8×8: one up-sampling
    z = torch.randn(10, 16, requires_grad=True)
    out = G(z)
    assert out.shape == (10, 1, 8, 8)
    entropy = stats.sums["G/G/gconv_entropy"].item()
    assert 0 < entropy <= torch.log(torch.tensor(4.0)).item() + 1e-6
    (grad,) = torch.autograd.grad(out.sum(), z)
    assert grad.abs().sum() > 0
    standard = DCGANGenerator(16, (1, 8, 8), 8, torch.nn.Tanh())
    assert not any(isinstance(m, GConv) for m in standard.convs)
