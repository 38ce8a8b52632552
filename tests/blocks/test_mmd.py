"""MMD GAN kernels, estimators, losses and penalties against techniques-2.md §4.4."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor, nn

from blocks.mmd import (
    RQ_ALPHAS,
    Estimator,
    dot_kernel,
    feature_l2_penalty,
    make_kernel,
    mmd2,
    mmd2_from_kernels,
    mmd_d_loss,
    mmd_g_loss,
    mmd_gradient_penalty,
    mmd_witness,
    polynomial_kernel,
    rbf_kernel,
    rq_kernel,
    squared_distances,
)

KERNEL_NAMES = ["rq", "rq_dot", "rbf", "poly", "dot"]


# ---- scalar reference kernels, written from the formulas, one pair at a time ----


def rq_scalar(a: list[float], b: list[float], alphas=RQ_ALPHAS, add_dot=0.0) -> float:  # type: ignore[no-untyped-def]
    d2 = sum((u - v) ** 2 for u, v in zip(a, b, strict=True))
    dot = sum(u * v for u, v in zip(a, b, strict=True))
    return sum((1 + d2 / (2 * al)) ** (-al) for al in alphas) + add_dot * dot


def mmd2_loop(x: Tensor, y: Tensor, k, estimator: str) -> float:  # type: ignore[no-untyped-def]
    """Brute-force double loops over the pairs, straight from the definitions."""
    xs, ys = x.tolist(), y.tolist()
    m, n = len(xs), len(ys)
    if estimator == "biased":
        sxx = sum(k(a, b) for a in xs for b in xs) / (m * m)
        syy = sum(k(a, b) for a in ys for b in ys) / (n * n)
        return sxx + syy - 2 * sum(k(a, b) for a in xs for b in ys) / (m * n)
    sxx = sum(k(xs[i], xs[j]) for i in range(m) for j in range(m) if i != j) / (m * (m - 1))
    syy = sum(k(ys[i], ys[j]) for i in range(n) for j in range(n) if i != j) / (n * (n - 1))
    if estimator == "unbiased":
        return sxx + syy - 2 * sum(k(a, b) for a in xs for b in ys) / (m * n)
    sxy = sum(k(xs[i], ys[j]) for i in range(m) for j in range(n) if i != j) / (m * (m - 1))
    return sxx + syy - 2 * sxy


# ---- kernels ----


def test_rq_kernel_at_known_points() -> None:
    x = torch.tensor([[0.0, 0.0], [1.0, 0.0]], dtype=torch.float64)
    y = torch.tensor([[0.0, 0.0], [0.0, 2.0]], dtype=torch.float64)
    k = rq_kernel(x, y)
    # d² = 0 → each of the three terms is 1
    assert k[0, 0].item() == pytest.approx(3.0, abs=1e-12)
    # d² = 1: (1 + 1/0.2)^-0.1 + (1 + 1/2)^-1 + (1 + 1/20)^-10
    assert k[1, 0].item() == pytest.approx(6**-0.1 + 2 / 3 + 1.05**-10, abs=1e-12)
    # d² = 5 (from (1,0) to (0,2)): (1 + 25)^-0.1 + (3.5)^-1 + (1.25)^-10
    assert k[1, 1].item() == pytest.approx(26**-0.1 + 1 / 3.5 + 1.25**-10, abs=1e-12)
    # the linear term of rq*: ⟨(1,0), (0,2)⟩ = 0, ⟨(1,0), (1,0)⟩ = 1
    k_dot = rq_kernel(x, x, add_dot=1.0)
    assert k_dot[1, 1].item() == pytest.approx(3.0 + 1.0, abs=1e-12)
    assert k_dot[0, 0].item() == pytest.approx(3.0, abs=1e-12)


def test_rq_single_alpha_and_weights() -> None:
    x = torch.tensor([[0.0]], dtype=torch.float64)
    y = torch.tensor([[2.0]], dtype=torch.float64)
    # α = 2, d² = 4: (1 + 4/4)^-2 = 1/4; weight 3 → 3/4
    assert rq_kernel(x, y, alphas=(2.0,), weights=(3.0,)).item() == pytest.approx(0.75)
    with pytest.raises(ValueError, match="one weight per"):
        rq_kernel(x, y, alphas=(1.0, 2.0), weights=(1.0,))


def test_rbf_polynomial_dot_at_known_points() -> None:
    x = torch.tensor([[1.0, 2.0]], dtype=torch.float64)
    y = torch.tensor([[3.0, 2.0]], dtype=torch.float64)  # d² = 4, ⟨x, y⟩ = 7
    assert rbf_kernel(x, y, sigmas=(1.0, 2.0)).item() == pytest.approx(
        math.exp(-2.0) + math.exp(-0.5)
    )
    assert rbf_kernel(x, x).item() == pytest.approx(6.0)  # six unit terms at d = 0
    assert dot_kernel(x, y).item() == pytest.approx(7.0)
    assert polynomial_kernel(x, y).item() == pytest.approx((7 / 2 + 1) ** 3)  # γ = 1/F = 1/2
    assert polynomial_kernel(x, y, degree=2, gamma=1.0, coef0=0.0).item() == pytest.approx(49.0)


def test_squared_distances_match_cdist_and_clamp() -> None:
    g = torch.Generator().manual_seed(0)
    x, y = torch.randn(6, 3, generator=g), torch.randn(4, 3, generator=g)
    torch.testing.assert_close(squared_distances(x, y), torch.cdist(x, y) ** 2, atol=1e-5, rtol=0)
    big = torch.full((3, 4), 1e4)  # identical rows: round-off must not go below 0
    assert (squared_distances(big, big) >= 0).all()


@pytest.mark.parametrize("name", KERNEL_NAMES)
def test_kernels_symmetric(name: str) -> None:
    k = make_kernel(name)  # type: ignore[arg-type]
    g = torch.Generator().manual_seed(1)
    x, y = torch.randn(5, 4, generator=g).double(), torch.randn(7, 4, generator=g).double()
    torch.testing.assert_close(k(x, y), k(y, x).T)
    kxx = k(x, x)
    torch.testing.assert_close(kxx, kxx.T)


def test_rq_and_rbf_diagonal_is_the_sum_of_weights() -> None:
    x = torch.randn(9, 16)
    torch.testing.assert_close(rq_kernel(x, x).diagonal(), torch.full((9,), 3.0))
    torch.testing.assert_close(rbf_kernel(x, x).diagonal(), torch.full((9,), 6.0))


def test_make_kernel_names() -> None:
    x = torch.randn(3, 2, dtype=torch.float64)
    y = torch.randn(4, 2, dtype=torch.float64)
    torch.testing.assert_close(make_kernel("rq")(x, y), rq_kernel(x, y))
    torch.testing.assert_close(make_kernel("rq_dot")(x, y), rq_kernel(x, y) + x @ y.T)
    torch.testing.assert_close(
        make_kernel("rq_dot", alphas=(0.5,), add_dot=0.1)(x, y),
        rq_kernel(x, y, alphas=(0.5,)) + 0.1 * (x @ y.T),
    )
    torch.testing.assert_close(make_kernel("rbf", sigmas=(1.0,))(x, y), rbf_kernel(x, y, (1.0,)))
    torch.testing.assert_close(make_kernel("dot")(x, y), x @ y.T)
    with pytest.raises(ValueError, match="unknown kernel"):
        make_kernel("laplace")  # type: ignore[arg-type]


# ---- estimators ----


@pytest.mark.parametrize("estimator", ["unbiased", "biased", "ustat"])
def test_mmd2_matches_a_double_loop(estimator: Estimator) -> None:
    g = torch.Generator().manual_seed(2)
    m, n = 5, (5 if estimator == "ustat" else 7)
    x = torch.randn(m, 3, generator=g, dtype=torch.float64)
    y = torch.randn(n, 3, generator=g, dtype=torch.float64) + 0.7
    for add_dot in (0.0, 1.0):  # with the dot term the diagonal is not constant
        got = mmd2(x, y, make_kernel("rq_dot", add_dot=add_dot), estimator).item()

        def k(a: list[float], b: list[float], d: float = add_dot) -> float:
            return rq_scalar(a, b, add_dot=d)

        assert got == pytest.approx(mmd2_loop(x, y, k, estimator), rel=1e-12, abs=1e-12)


def test_mmd2_of_a_set_with_itself_by_hand() -> None:
    # X = {0, 1} in 1-D, RQ mixture: k(0, 1) = κ, k(x, x) = 3.
    x = torch.tensor([[0.0], [1.0]], dtype=torch.float64)
    kappa = 6**-0.1 + 2 / 3 + 1.05**-10
    # unbiased: κ + κ − 2(2κ + 6)/4 = κ − 3 ; biased: exactly 0 ; u-statistic: κ + κ − 2κ = 0
    assert mmd2(x, x, make_kernel("rq")).item() == pytest.approx(kappa - 3.0, abs=1e-12)
    assert mmd2(x, x, make_kernel("rq"), "biased").item() == pytest.approx(0.0, abs=1e-12)
    assert mmd2(x, x, make_kernel("rq"), "ustat").item() == pytest.approx(0.0, abs=1e-12)


def test_mmd2_with_the_dot_kernel_is_the_mean_gap() -> None:
    # biased MMD² with k = ⟨·,·⟩ is ‖mean x − mean y‖² (an independent closed form)
    g = torch.Generator().manual_seed(3)
    x = torch.randn(10, 4, generator=g, dtype=torch.float64)
    y = torch.randn(6, 4, generator=g, dtype=torch.float64)
    gap = (x.mean(0) - y.mean(0)).square().sum()
    torch.testing.assert_close(mmd2(x, y, dot_kernel, "biased"), gap)


def test_mmd2_permutation_invariant_and_symmetric() -> None:
    g = torch.Generator().manual_seed(4)
    x = torch.randn(8, 3, generator=g, dtype=torch.float64)
    y = torch.randn(8, 3, generator=g, dtype=torch.float64) * 2
    ref = mmd2(x, y)
    torch.testing.assert_close(mmd2(x[torch.randperm(8, generator=g)], y.flip(0)), ref)
    torch.testing.assert_close(mmd2(y, x), ref)


def test_mmd2_same_distribution_is_zero_in_expectation() -> None:
    # §4.4: MMD²_u(X, X') with X' an independent copy has mean ≈ 0; a shift makes it large.
    g = torch.Generator().manual_seed(5)
    same, shifted = [], []
    for _ in range(60):
        x, x2 = torch.randn(64, 8, generator=g), torch.randn(64, 8, generator=g)
        same.append(mmd2(x, x2).item())
        shifted.append(mmd2(x, x2 + 0.5).item())
    s = torch.tensor(same)
    assert abs(s.mean().item()) < 3 * s.std().item() / math.sqrt(len(same))
    assert min(shifted) > s.mean().item() + 5 * s.std().item()


def test_estimator_errors() -> None:
    x = torch.randn(3, 2)
    with pytest.raises(ValueError, match="equal set sizes"):
        mmd2(x, torch.randn(4, 2), estimator="ustat")
    with pytest.raises(ValueError, match="at least 2"):
        mmd2(x[:1], x)
    with pytest.raises(ValueError, match="unknown estimator"):
        mmd2_from_kernels(x @ x.T, x @ x.T, x @ x.T, "plugin")  # type: ignore[arg-type]


# ---- losses ----


def test_losses_are_opposite_and_train_the_right_side() -> None:
    g = torch.Generator().manual_seed(6)
    h_real = torch.randn(16, 4, generator=g).requires_grad_(True)
    h_fake = (torch.randn(16, 4, generator=g) + 1).requires_grad_(True)
    lg, ld = mmd_g_loss(h_real, h_fake), mmd_d_loss(h_real, h_fake)
    torch.testing.assert_close(ld, -lg)
    torch.testing.assert_close(lg, mmd2(h_fake, h_real))
    # a G step along −∇L_G lowers MMD²
    (gf,) = torch.autograd.grad(lg, h_fake)
    assert mmd2(h_fake - 0.05 * gf, h_real).item() < lg.item()


def test_gradients_finite_at_coincident_features() -> None:
    h = torch.zeros(4, 3, requires_grad=True)  # all pairwise distances 0
    for name in KERNEL_NAMES:
        (g,) = torch.autograd.grad(mmd2(h, h.detach() + 0.0, make_kernel(name)), h)  # type: ignore[arg-type]
        assert torch.isfinite(g).all(), name


# ---- penalties ----


def linear_features(dim_in: int, dim_out: int) -> nn.Linear:
    torch.manual_seed(7)
    return nn.Linear(dim_in, dim_out).double()


def test_witness_by_hand() -> None:
    # dot kernel: f(t) = ⟨t, mean h_r⟩ − ⟨t, mean h_f⟩
    t = torch.tensor([[3.0, 1.0], [2.0, 4.0]], dtype=torch.float64)
    hr = torch.tensor([[1.0, 0.0], [3.0, 0.0]], dtype=torch.float64)  # mean (2, 0)
    hf = torch.tensor([[0.0, 1.0]], dtype=torch.float64)  # mean (0, 1)
    assert mmd_witness(t, hr, hf, dot_kernel).tolist() == pytest.approx([6.0 - 1.0, 4.0 - 4.0])
    # RQ mixture in 1-D: at t = 0 with h_r = {0}, h_f = {1}: 3 − κ
    zero, one = torch.zeros(1, 1, dtype=torch.float64), torch.ones(1, 1, dtype=torch.float64)
    kappa = 6**-0.1 + 2 / 3 + 1.05**-10
    assert mmd_witness(zero, zero, one, make_kernel("rq")).item() == pytest.approx(3 - kappa)


def test_gp_exact_for_linear_features_and_dot_kernel() -> None:
    # h(x) = Ax + b, k = dot → f(x̂) = ⟨Ax̂ + b, μ_r − μ_f⟩, ∇f = Aᵀ(μ_r − μ_f) at every x̂
    net = linear_features(3, 5)
    g = torch.Generator().manual_seed(8)
    real = torch.randn(12, 3, generator=g, dtype=torch.float64)
    fake = torch.randn(12, 3, generator=g, dtype=torch.float64) + 1.0
    with torch.no_grad():
        grad = net.weight.T @ (net(real).mean(0) - net(fake).mean(0))
        want = ((grad.square().sum() + 1e-5).sqrt() - 1.0) ** 2
    got = mmd_gradient_penalty(net, real, fake, dot_kernel)
    assert got.item() == pytest.approx(want.item(), rel=1e-10)
    no_eps = mmd_gradient_penalty(net, real, fake, dot_kernel, eps=0.0, center=0.0)
    assert no_eps.item() == pytest.approx(grad.square().sum().item(), rel=1e-10)


def test_gp_norm_is_over_all_data_dims() -> None:
    # the same linear map applied to [B, 1, 2, 2] images: the norm runs over C·H·W
    net = linear_features(4, 3)
    critic = lambda x: net(x.flatten(1))  # noqa: E731
    g = torch.Generator().manual_seed(9)
    real = torch.randn(6, 1, 2, 2, generator=g, dtype=torch.float64)
    fake = torch.randn(6, 1, 2, 2, generator=g, dtype=torch.float64)
    flat = mmd_gradient_penalty(net, real.flatten(1), fake.flatten(1), dot_kernel)
    torch.testing.assert_close(mmd_gradient_penalty(critic, real, fake, dot_kernel), flat)


def test_gp_trains_the_critic_only_and_uses_given_features() -> None:
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 4)).double()
    g = torch.Generator().manual_seed(10)
    real = torch.randn(10, 2, generator=g, dtype=torch.float64).requires_grad_(True)
    fake = torch.randn(8, 2, generator=g, dtype=torch.float64).requires_grad_(True)
    torch.manual_seed(0)
    gp = mmd_gradient_penalty(net, real, fake)
    gp.backward()
    assert real.grad is None and fake.grad is None  # inputs are detached
    grads = [p.grad for p in net.parameters()]
    assert all(gr is not None and torch.isfinite(gr).all() for gr in grads)
    assert any(gr.abs().sum() > 0 for gr in grads if gr is not None)
    # passing the loss's features gives the same value (same ε draws), cut to the smaller batch
    torch.manual_seed(0)
    again = mmd_gradient_penalty(net, real, fake, h_real=net(real), h_fake=net(fake))
    torch.testing.assert_close(again, gp)


def test_gp_witness_by_finite_differences() -> None:
    # an independent gradient: central differences of the witness at one x̂, RQ* kernel
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 4)).double()
    g = torch.Generator().manual_seed(11)
    real = torch.randn(1, 2, generator=g, dtype=torch.float64)
    fake = torch.randn(1, 2, generator=g, dtype=torch.float64) + 2
    torch.manual_seed(1)
    gp = mmd_gradient_penalty(net, real, fake, eps=0.0, center=0.0).item()
    torch.manual_seed(1)
    e = torch.rand(1, 1, dtype=torch.float64)
    x_hat = (1 - e) * real + e * fake
    with torch.no_grad():
        hr, hf = net(real), net(fake)

        def f(x: Tensor) -> float:
            return mmd_witness(net(x), hr, hf).item()

        h = 1e-6
        fd = [(f(x_hat + h * d) - f(x_hat - h * d)) / (2 * h) for d in torch.eye(2).double()]
    assert gp == pytest.approx(sum(v * v for v in fd), rel=1e-6)


def test_feature_l2_penalty_by_hand() -> None:
    a = torch.tensor([[1.0, 3.0], [0.0, 2.0]])  # per-sample mean squares 5, 2 → 3.5
    b = torch.ones(2, 1, 2, 2) * 2  # 4 for every sample
    assert feature_l2_penalty([a, b]).item() == pytest.approx(7.5)
    with pytest.raises(ValueError):
        feature_l2_penalty([])


# ---- a tiny MMD GAN: D maximises, G minimises ----


def test_tiny_mmd_gan_closes_a_mean_gap() -> None:
    """G(z) = z + b against N(μ, I) in 2-D, h an MLP with 16 features, rq* kernel, GP λ = 1.

    A sign slip in either loss or the GP makes b drift away from μ or stall.
    """
    torch.manual_seed(12)
    mu = torch.tensor([2.0, -1.0])
    b = torch.zeros(2, requires_grad=True)
    h = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 16))
    opt_d = torch.optim.Adam(h.parameters(), 1e-3, betas=(0.5, 0.9))
    opt_g = torch.optim.Adam([b], 2e-2, betas=(0.5, 0.9))
    start = (b - mu).norm().item()
    for _ in range(150):
        for _ in range(2):
            real, fake = torch.randn(64, 2) + mu, (torch.randn(64, 2) + b).detach()
            hr, hf = h(real), h(fake)
            loss_d = mmd_d_loss(hr, hf) + mmd_gradient_penalty(h, real, fake, h_real=hr, h_fake=hf)
            opt_d.zero_grad()
            loss_d.backward()
            opt_d.step()
        real, fake = torch.randn(64, 2) + mu, torch.randn(64, 2) + b
        h.requires_grad_(False)
        loss_g = mmd_g_loss(h(real), h(fake))
        h.requires_grad_(True)
        opt_g.zero_grad()
        loss_g.backward()
        opt_g.step()
    assert (b - mu).norm().item() < 0.25 * start


# ---- blocks (contract v2): feature critics, loss.mmd, regularizer.grad_clip ----

from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from blocks.base import BuildContext  # noqa: E402
from blocks.mmd import (  # noqa: E402
    ACTIVATION_L2,
    FEATURES,
    FeatureDCGAN,
    FeatureMLP,
    MMDLoss,
    MMDLossBlock,
    MMDLossParams,
    activation_l2,
    clip_grads_,
)
from blocks.runtime import Batch, CriticOutput, Phase  # noqa: E402
from gancanvas.compiler import validate  # noqa: E402
from gancanvas.runner.loop import StepRunner  # noqa: E402
from schemas import RunConfig, load_graph_dict  # noqa: E402
from tests.steps import (  # noqa: E402
    compiled_example,
    edited,
    resume_exactly,
    same,
    sample_after_a_step,
    snapshot,
)


def test_activation_l2_is_the_per_sample_share_of_the_penalty() -> None:
    g = torch.Generator().manual_seed(30)
    real = [torch.randn(6, 5, generator=g), torch.randn(6, 2, 3, 3, generator=g)]
    fake = [torch.randn(6, 5, generator=g), torch.randn(6, 2, 3, 3, generator=g)]
    per = activation_l2(real)
    assert per.shape == (6,)
    torch.testing.assert_close(per[2], real[0][2].square().mean() + real[1][2].square().mean())
    both = activation_l2(real).mean() + activation_l2(fake).mean()
    torch.testing.assert_close(both, feature_l2_penalty(real + fake))


def test_feature_mlp_outputs_features_l2_of_its_layers_and_mean_logits() -> None:
    torch.manual_seed(31)
    net = FeatureMLP(2, [8, 8], 16, "leaky_relu")
    x = torch.randn(5, 2)
    out = net(x)
    assert isinstance(out, CriticOutput) and set(out.extras) == {FEATURES, ACTIVATION_L2}
    lin = [m for m in net.net if isinstance(m, nn.Linear)]
    a1 = F_leaky(lin[0](x))
    a2 = F_leaky(lin[1](a1))
    h = lin[2](a2)
    torch.testing.assert_close(out.extras[FEATURES], h)
    torch.testing.assert_close(out.logits, h.mean(1))
    torch.testing.assert_close(out.extras[ACTIVATION_L2], activation_l2([a1, a2, h]))


def F_leaky(x: Tensor) -> Tensor:
    return torch.nn.functional.leaky_relu(x, 0.2)


def test_feature_dcgan_shapes_and_layers() -> None:
    torch.manual_seed(32)
    net = FeatureDCGAN((1, 16, 16), 4, 16, "none", "leaky_relu")
    assert not any(isinstance(m, nn.BatchNorm2d) for m in net.modules())
    x = torch.randn(3, 1, 16, 16)
    out = net(x)
    assert out.logits.shape == (3,) and out.extras[FEATURES].shape == (3, 16)
    layers, h = [], x
    for stage in net.stages:
        h = stage(h)
        layers.append(h)
    f = net.head(h.flatten(1))
    torch.testing.assert_close(out.extras[ACTIVATION_L2], activation_l2([*layers, f]))


def _fixed(net: nn.Module, seed: int = 33) -> Batch:
    g = torch.Generator().manual_seed(seed)
    real = torch.randn(8, 2, generator=g) + 1.0
    fake = torch.randn(8, 2, generator=g) - 1.0
    return Batch.fixed(real=real, fake=fake, critic=net)


@pytest.mark.parametrize("kernel", ["rq_dot", "rbf", "dot"])
def test_mmd_loss_block_terms_by_hand(kernel: str) -> None:
    torch.manual_seed(34)
    net = FeatureMLP(2, [8], 16, "leaky_relu")
    k = make_kernel(kernel)  # type: ignore[arg-type]
    bare = MMDLoss(MMDLossParams(kernel=kernel, gp_weight=0.0, l2_weight=0.0))  # type: ignore[arg-type]
    batch = _fixed(net)
    h_r, h_f = net(batch.real).extras[FEATURES], net(batch.fake).extras[FEATURES]
    torch.testing.assert_close(bare.d_loss(batch), -mmd2(h_f, h_r, k))
    torch.testing.assert_close(bare.g_loss(_fixed(net)), mmd2(h_f, h_r, k))
    full = MMDLoss(MMDLossParams(kernel=kernel, gp_weight=2.0, l2_weight=0.5))  # type: ignore[arg-type]
    torch.manual_seed(35)
    got = full.d_loss(_fixed(net))
    torch.manual_seed(35)
    gp = mmd_gradient_penalty(lambda x: net(x).extras[FEATURES], batch.real, batch.fake, k)
    l2 = net(batch.real).extras[ACTIVATION_L2].mean() + net(batch.fake).extras[ACTIVATION_L2].mean()
    torch.testing.assert_close(got, -mmd2(h_f, h_r, k) + 2.0 * gp + 0.5 * l2)


def _ctx(critic: nn.Module) -> BuildContext:
    return BuildContext(
        "loss", torch.device("cpu"), RunConfig(), (2,), 2, inputs={"critic": [critic]}
    )


def test_mmd_loss_refuses_critics_it_cannot_penalise() -> None:
    no_l2 = nn.Linear(2, 16)
    with pytest.raises(ValueError, match="activation_l2"):
        MMDLossBlock("loss", MMDLossParams()).build(_ctx(no_l2))
    MMDLossBlock("loss", MMDLossParams(l2_weight=0.0)).build(_ctx(no_l2))
    with pytest.raises(ValueError, match="batch norm"):
        bn = nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4))
        MMDLossBlock("loss", MMDLossParams(l2_weight=0.0)).build(_ctx(bn))
    MMDLossBlock("loss", MMDLossParams(l2_weight=0.0, gp_weight=0.0)).build(_ctx(bn))


def test_clip_grads_per_tensor_and_global_by_hand() -> None:
    big, small = torch.tensor([3.0, 4.0]), torch.tensor([0.3, 0.4])
    gs = [big.clone(), small.clone()]
    clip_grads_(gs, 1.0)
    torch.testing.assert_close(gs[0], big / 5)  # ‖g‖ = 5 → unit norm, same direction
    torch.testing.assert_close(gs[1], small)  # ‖g‖ = 0.5 ≤ 1 → untouched
    gs = [big.clone(), small.clone()]
    clip_grads_(gs, 1.0, per_tensor=False)  # global norm √(25 + 0.25)
    scale = 1 / math.sqrt(25.25)
    torch.testing.assert_close(gs[0], big * scale)
    torch.testing.assert_close(gs[1], small * scale)


# ---- the compiled example ----


#: the example, tiny, with node params updated (``mmd_graph(D={...})``) or a node dropped (None)
mmd_graph = partial(edited, "grid25_mmd")
compiled = partial(compiled_example, "grid25_mmd")


def test_example_validates_and_mmd_needs_a_feature_critic() -> None:
    assert validate(load_graph_dict(mmd_graph())) == []
    g = mmd_graph()
    next(n for n in g["nodes"] if n["id"] == "D").update(type="discriminator.mlp", params={})
    issues = validate(load_graph_dict(g))
    assert any(i.code == "missing_critic_output" and "features" in i.message for i in issues)


def test_five_critic_steps_per_generator_step_each_training_its_own_net() -> None:
    prog = compiled()
    runner = StepRunner(prog)
    ran: list[str] = []
    run = runner.run

    def counting(phase: Phase | str, step: int | None = None) -> Batch | None:
        name = phase if isinstance(phase, str) else phase.name
        g0, d0 = snapshot(prog.G), snapshot(prog.D)
        out = run(phase, step)
        moved = "G" if not same(g0, prog.G) else ""
        moved += "D" if not same(d0, prog.D) else ""
        ran.append(f"{name}:{moved}")
        return out

    runner.run = counting  # type: ignore[method-assign]
    for step in range(2):
        runner.iteration(step)
    assert ran == (["Dmain:D"] * 5 + ["Gmain:G"]) * 2
    values = runner.flush(0, 2)
    for key in ("mmd/mmd2", "mmd/gp", "loss/Dmain/loss", "loss/Gmain/loss", "D/real"):
        assert math.isfinite(values[key]), key
    assert "mmd/l2" not in values  # the toy example runs without the L2 penalty


def recorder(out: list[Tensor]) -> Any:
    """An optimizer step pre-hook that appends the gradients the optimizer is about to use."""

    def hook(opt: torch.optim.Optimizer, args: Any, kwargs: Any) -> None:
        out.extend(p.grad.clone() for p in opt.param_groups[0]["params"] if p.grad is not None)

    return hook


def test_grad_clip_hooks_clip_every_tensor_the_optimizers_see() -> None:
    """Same seed with and without the clip blocks: Adam sees g·c/max(‖g‖, c) per tensor."""
    for phase, c in (("Dmain", 1.0), ("Gmain", 0.01)):  # each from the same start
        seen: dict[str, list[Tensor]] = {}
        clipped = compiled(clipG={"max_norm": 0.01})  # G's raw gradients are small at init
        for name, prog in (("clip", clipped), ("raw", compiled(clipD=None, clipG=None))):
            grads: list[Tensor] = []
            for opt in (prog.opt_D, prog.opt_G):
                assert opt is not None
                opt.register_step_pre_hook(recorder(grads))
            torch.manual_seed(36)
            StepRunner(prog).run(phase, 0)
            seen[name] = grads
        assert len(seen["clip"]) == len(seen["raw"]) > 0
        for got, raw in zip(seen["clip"], seen["raw"], strict=True):
            torch.testing.assert_close(got, raw * c / raw.norm().clamp_min(c))
        assert any(raw.norm() > c for raw in seen["raw"]), phase  # the clip did something
        assert all(got.norm() <= c * (1 + 1e-5) for got in seen["clip"])


def test_resume_is_exact(tmp_path: Path) -> None:
    resume_exactly(lambda seed: compiled(seed), tmp_path, at=3, until=5)


def test_sampling_path_under_no_grad() -> None:
    assert sample_after_a_step(compiled()).shape == (32, 2)
