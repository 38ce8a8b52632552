"""GA-NTK: a closed-form infinite-width discriminator (techniques-1.md §8).

Zhang, Su, Chou, Wu, "Single-level Adversarial Data Synthesis based on Neural Tangent Kernels"
(arXiv 2204.04090); official code ga-ntk/ga-ntk (`ga-ntk/loss_fn.py`, `model.py`), which uses
neural-tangents (`predict.gradient_descent_mse`).

The discriminator is an infinitely wide network trained by gradient flow on the MSE loss for a
time t, starting from f₀ = 0. On its own training set X = [x_r; x_g] its prediction is closed-form:

    f_t(X) = (I − exp(−η·t·K̃ / N)) Y,   K̃ = K + δ·(tr K / |X|)·I,   N = Y.numel()

with K the NTK Gram matrix, Y the one-hot labels (column 1 = real, as the code's `get_labels`) and
η·t the "absolute time". The generator then minimises the cross-entropy that asks D to call *every*
point real. Everything is differentiable in x_g, so a generator (or free particles) gets ∇ directly.

The kernel: for the 2-D toy data, the analytic NTK of a ReLU MLP (§8.2, the spec's recommendation)
in the neural-tangents "ntk" parameterisation; an empirical NTK of a small torch network is also
given (`empirical_ntk`) — it needs double backward for the G-step and is for small networks only.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, cast

import torch
import torch.nn.functional as F
from torch import Tensor, autograd, nn
from torch.autograd.function import once_differentiable
from torch.func import functional_call

REAL, FAKE = 1, 0  # label columns: the code one-hot encodes reals as class 1, generated as 0


@dataclass(frozen=True)
class GANTKDefaults:
    """The authors' settings ([code] ga-ntk: `model.py`, `loss_fn.py`, `GAN_t_model.py`, readme)."""

    w_var: float = 1.4615  # W_std² (Model.__init__: W_std = sqrt(1.4615))
    b_var: float = 0.1  # b_std² (b_std = sqrt(0.1))
    depth: int = 2  # hidden ReLU layers of the `fnn` kernel (Dense-Relu-Dense-Relu-Dense)
    ntk_lr: float = 1e-2  # LossFn.NTK_LEARNING_RATE: t is measured in units of this
    t_unit: float = 65536.0  # GAN_t_model: t = 65536 · train_t_rate
    train_t_rate: float = 2.0  # readme: 2 for MNIST / CIFAR-10, 4 for CelebA
    diag_reg: float = 1e-5  # LossFn.DIAG_REG, relative to the mean diagonal of K
    lr: float = 1000.0  # particle update X_g ← clip(X_g − lr·∇L, 0, 1), data in [0, 1]
    n_real: int = 256  # train_size: a fresh real minibatch per step
    n_fake: int = 256  # noise_size: the particles, initialised U[0, 1]

    @property
    def eta_t(self) -> float:
        """η·t, the absolute training time of the kernel machine (1310.72 at rate 2)."""
        return self.ntk_lr * self.t_unit * self.train_t_rate


# --------------------------------------------------------------------------- analytic kernel


def relu_moments(
    cross: Tensor, diag1: Tensor, diag2: Tensor, same: bool = False, eps: float = 1e-6
) -> tuple[Tensor, Tensor]:
    """Arc-cosine moments of (u, v) ~ N(0, [[Σ₁₁, Σ₁₂], [Σ₁₂, Σ₂₂]]), elementwise over [n1, n2].

    E[relu(u)relu(v)] = √(Σ₁₁Σ₂₂)·(sin θ + (π − θ) cos θ)/(2π),  E[relu′(u)relu′(v)] = (π − θ)/(2π),
    with cos θ = Σ₁₂/√(Σ₁₁Σ₂₂). cos θ is clamped to [−1 + eps, 1 − eps] so that arccos has a finite
    gradient; with ``same`` (a Gram matrix of one set) the diagonal uses θ = 0 exactly — its value
    depends on the norm only, so no gradient is lost there.
    """
    norm = torch.sqrt(diag1[:, None] * diag2[None, :])
    cos = (cross / norm).clamp(-1.0 + eps, 1.0 - eps)
    theta = torch.arccos(cos)
    if same:
        eye = torch.eye(cross.shape[0], dtype=torch.bool, device=cross.device)
        cos = torch.where(eye, torch.ones_like(cos), cos)
        theta = torch.where(eye, torch.zeros_like(theta), theta)
    e_relu = norm * (torch.sin(theta) + (math.pi - theta) * cos) / (2 * math.pi)
    e_drelu = (math.pi - theta) / (2 * math.pi)
    return e_relu, e_drelu


def relu_mlp_ntk(
    x1: Tensor,
    x2: Tensor | None = None,
    depth: int = GANTKDefaults.depth,
    w_var: float = GANTKDefaults.w_var,
    b_var: float = GANTKDefaults.b_var,
) -> tuple[Tensor, Tensor]:
    """(NNGP, NTK) Gram matrices [n1, n2] of an infinitely wide ReLU MLP, NT parameterisation.

    Σ¹ = w_var·x·x′/d + b_var, Θ¹ = Σ¹; per hidden layer (``depth`` of them):
    Σ ← w_var·E[relu·relu] + b_var,  Θ ← Σ + w_var·E[relu′·relu′]·Θ. The output layer is one more
    Dense, so the kernel of stax `Dense-Relu-(Dense-Relu)^(depth−1)-Dense` is returned (the widths
    do not matter in the limit). ``x2=None`` means the Gram matrix of ``x1`` with itself.
    Differentiable in both inputs (create the graph as usual).
    """
    same = x2 is None
    a = x1.flatten(1)
    b = a if x2 is None else x2.flatten(1)
    d = a.shape[1]
    cross = w_var * (a @ b.T) / d + b_var
    diag1 = w_var * a.square().sum(1) / d + b_var
    diag2 = diag1 if same else w_var * b.square().sum(1) / d + b_var
    ntk = cross
    for _ in range(depth):
        e_relu, e_drelu = relu_moments(cross, diag1, diag2, same)
        # on the diagonal, E[relu(u)²] = Σ/2: the per-point variances follow in closed form
        cross = w_var * e_relu + b_var
        diag1 = w_var * diag1 / 2 + b_var
        diag2 = diag1 if same else w_var * diag2 / 2 + b_var
        ntk = cross + w_var * e_drelu * ntk
    return cross, ntk


# -------------------------------------------------------------------------- empirical kernel


class NTKMLP(nn.Module):
    """A ReLU MLP in the NT parameterisation: h = (σ_w/√fan_in)·W·x + σ_b·b, W, b ~ N(0, 1).

    Its empirical NTK converges to `relu_mlp_ntk` as the width grows (the test checks this).
    """

    def __init__(
        self,
        d_in: int,
        width: int,
        depth: int = GANTKDefaults.depth,
        d_out: int = 1,
        w_var: float = GANTKDefaults.w_var,
        b_var: float = GANTKDefaults.b_var,
    ) -> None:
        super().__init__()
        sizes = [d_in] + [width] * depth + [d_out]
        self.weights = nn.ParameterList(
            nn.Parameter(torch.randn(o, i)) for i, o in itertools.pairwise(sizes)
        )
        self.biases = nn.ParameterList(nn.Parameter(torch.randn(o)) for o in sizes[1:])
        self.w_std, self.b_std = math.sqrt(w_var), math.sqrt(b_var)

    def forward(self, x: Tensor) -> Tensor:
        h = x.flatten(1)
        for i, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            h = self.w_std / math.sqrt(w.shape[1]) * (h @ w.T) + self.b_std * b
            if i < len(self.weights) - 1:
                h = torch.relu(h)
        return h


def empirical_ntk(net: nn.Module, x1: Tensor, x2: Tensor | None = None) -> Tensor:
    """Θ̂(x, x′) = Σ_p ∂f(x)/∂p · ∂f(x′)/∂p for a scalar-output ``net`` (output summed if not).

    J = ∂f/∂params one sample at a time (plain autograd: torch.func's first call imports dynamo,
    seconds on a small CPU); K = J·J′ᵀ. When an input requires grad the Jacobian keeps its graph,
    so a G-step through K is a double backward. Memory ~ (n1 + n2)·#params: small networks only.
    """
    params = {k: v.detach().requires_grad_(True) for k, v in net.named_parameters()}

    def jacobian(x: Tensor) -> Tensor:
        rows = []
        for xi in x:
            out = functional_call(net, params, (xi.unsqueeze(0),)).sum()
            grads = autograd.grad(out, list(params.values()), create_graph=xi.requires_grad)
            rows.append(torch.cat([g.flatten() for g in grads]))
        return torch.stack(rows)

    with torch.enable_grad():
        j1 = jacobian(x1)
        j2 = j1 if x2 is None else jacobian(x2)
    return j1 @ j2.T


# ------------------------------------------------------------------------ closed-form predictor


def regularize_diag(k: Tensor, diag_reg: float = GANTKDefaults.diag_reg) -> Tensor:
    """K̃ = K + δ·(tr K / n)·I (neural-tangents `_add_diagonal_regularizer`, relative scale)."""
    n = k.shape[0]
    return k + diag_reg * torch.diagonal(k).mean() * torch.eye(n, dtype=k.dtype, device=k.device)


class _FlowDecay(torch.autograd.Function):
    """exp(−c·K) of a symmetric PSD K via `eigh`, eigenvalues clipped ≥ 0 (NT's `expm1_fn`).

    Backward by the Daleckii–Krein formula, ∂ = V·(Γ ∘ VᵀḠV)·Vᵀ with Γ_ij the divided difference
    (g(λ_i) − g(λ_j))/(λ_i − λ_j) of g(λ) = exp(−cλ), written as e^max·expm1(−|Δ|)/(−|Δ|) so it is
    bounded and exact at repeated eigenvalues (where `eigh`'s own backward divides by zero).
    Several times cheaper than `matrix_exp`'s backward on CPU (a 2n×2n block exponential).
    """

    @staticmethod
    def forward(ctx: Any, k: Tensor, c: float) -> Tensor:
        evals, vecs = torch.linalg.eigh(k)
        a = -c * evals.clamp(min=0)
        ctx.save_for_backward(a, vecs)
        ctx.c = c
        return (vecs * a.exp()) @ vecs.T

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad: Tensor) -> tuple[Tensor, None]:
        a, vecs = ctx.saved_tensors
        diff = (a[:, None] - a[None, :]).abs().neg()  # −|a_i − a_j| ≤ 0
        safe = torch.where(diff < 0, diff, torch.ones_like(diff))
        ratio = torch.where(diff < 0, torch.expm1(safe) / safe, torch.ones_like(diff))
        gamma = -ctx.c * torch.maximum(a[:, None], a[None, :]).exp() * ratio
        return vecs @ (gamma * (vecs.T @ grad @ vecs)) @ vecs.T, None


Expm = Literal["eigh", "matrix_exp"]


def flow_decay(k: Tensor, c: float, method: Expm = "eigh") -> Tensor:
    """exp(−c·K) for a symmetric PSD K, differentiable in K (both methods agree on PSD K)."""
    if method == "matrix_exp":
        return torch.linalg.matrix_exp(-c * k)
    return cast(Tensor, _FlowDecay.apply(k, c))


def ntk_train_prediction(
    k: Tensor,
    y: Tensor,
    eta_t: float,
    diag_reg: float = GANTKDefaults.diag_reg,
    method: Expm = "eigh",
) -> Tensor:
    """f_t(X) = (I − exp(−η·t·K̃/N))·Y on the training set, f₀ = 0, N = Y.numel().

    NT's `gradient_descent_mse(...)(t)` with `fx_train_0=0`: the eigenbasis of K̃ with eigenvalues
    clipped ≥ 0 (``eigh``, default); ``matrix_exp`` is the plain alternative §8.2 mentions.
    """
    decay = flow_decay(regularize_diag(k, diag_reg), eta_t / y.numel(), method)
    return y - decay @ y


def ntk_test_prediction(
    k: Tensor,
    k_test_train: Tensor,
    y: Tensor,
    eta_t: float,
    diag_reg: float = GANTKDefaults.diag_reg,
    method: Expm = "eigh",
) -> Tensor:
    """f_t(x*) = Θ(x*, X)·K̃⁻¹·(I − exp(−η·t·K̃/N))·Y (NT's `inv_expm1_fn`; → Θ(x*, X)K̃⁻¹Y as t→∞).

    For scoring points that are not in the kernel machine's training set (logging D(x) on a fresh
    batch); GA-NTK's own loss only needs `ntk_train_prediction`.
    """
    kt = regularize_diag(k, diag_reg)
    decay = flow_decay(kt, eta_t / y.numel(), method)
    return k_test_train @ torch.linalg.solve(kt, y - decay @ y)


def ga_ntk_labels(n_real: int, n_fake: int, like: Tensor) -> Tensor:
    """Y = one-hot [real (n); fake (m)], shape [n + m, 2], column 1 = real (`get_labels`)."""
    y = torch.zeros(n_real + n_fake, 2, dtype=like.dtype, device=like.device)
    y[:n_real, REAL] = 1.0
    y[n_real:, FAKE] = 1.0
    return y


Kernel = Callable[[Tensor], Tensor]


def relu_mlp_kernel(
    depth: int = GANTKDefaults.depth,
    w_var: float = GANTKDefaults.w_var,
    b_var: float = GANTKDefaults.b_var,
) -> Kernel:
    """X ↦ Θ(X, X) of the analytic ReLU MLP (the default GA-NTK kernel for vector data)."""
    return lambda x: relu_mlp_ntk(x, None, depth, w_var, b_var)[1]


def ga_ntk_predict(
    real: Tensor,
    fake: Tensor,
    kernel: Kernel | None = None,
    eta_t: float = GANTKDefaults().eta_t,
    diag_reg: float = GANTKDefaults.diag_reg,
    dtype: torch.dtype = torch.float64,
    method: Expm = "eigh",
) -> Tensor:
    """The discriminator's outputs f_t(X) [n + m, 2] on X = [real; fake], fitted to real/fake.

    ``real`` is a constant (detached: no gradient flows into the data); gradients flow into
    ``fake``. Computed in ``dtype`` and cast back: the authors enable jax_enable_x64, and with
    η·t·λ_max/N ~ 10³ float32 loses ~1e-4 of f_t (measured at n = m = 256).
    """
    kernel = kernel or relu_mlp_kernel()
    x = torch.cat([real.detach(), fake]).to(dtype)
    k = kernel(x)
    y = ga_ntk_labels(real.shape[0], fake.shape[0], like=k)
    return ntk_train_prediction(k, y, eta_t, diag_reg, method).to(fake.dtype)


def ntk_logits(f: Tensor) -> Tensor:
    """Logits[B] = f[:, real] − f[:, fake]: log softmax(f)[real] = −softplus(−logit)."""
    return f[:, REAL] - f[:, FAKE]


def g_all_real_ce(f: Tensor) -> Tensor:
    """L = −(1/|X|) Σ_{all x} log softmax(f_t(x))[real] (loss_type 'origin', the default)."""
    return -F.log_softmax(f, dim=1)[:, REAL].mean()


def g_all_real_mse(f: Tensor) -> Tensor:
    """L = (1/|X|) Σ_{all x} ‖f_t(x) − onehot(real)‖² (loss_type 'mse', `__mse`)."""
    target = torch.zeros_like(f)
    target[:, REAL] = 1.0
    return (f - target).square().sum(1).mean()


def ga_ntk_g_loss(
    real: Tensor,
    fake: Tensor,
    kernel: Kernel | None = None,
    eta_t: float = GANTKDefaults().eta_t,
    diag_reg: float = GANTKDefaults.diag_reg,
    loss: Callable[[Tensor], Tensor] = g_all_real_ce,
    method: Expm = "eigh",
) -> Tensor:
    """The single-level GA-NTK objective L(X_g) = loss(f_t([x_r; x_g])), over all n + m points."""
    return loss(ga_ntk_predict(real, fake, kernel, eta_t, diag_reg, method=method))


def particle_step(
    x: Tensor, grad: Tensor, lr: float = GANTKDefaults.lr, lo: float = 0.0, hi: float = 1.0
) -> Tensor:
    """X_g ← clip(X_g − lr·∇L, lo, hi): base GA-NTK's generator, particles as parameters."""
    return (x - lr * grad).clamp(lo, hi)
