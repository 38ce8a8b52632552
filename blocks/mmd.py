"""MMD GAN (Bińkowski, Sutherland, Arbel, Gretton; "Demystifying MMD GANs", ICLR 2018).

Spec: techniques-2.md §4.1–4.2 and §4.5. Checked against the authors' code
(mbinkowski/MMD-GAN @678bb5e, ``gan/core/mmd.py`` and ``gan/core/model.py``).

The critic is a *feature* critic ``h(x) -> [B, F]`` (``dof_dim`` = 16 for MMD in ``cifar10.sh``);
the kernel acts on those features:

- kernels: rational-quadratic mixture (optionally + a linear term, the paper's rq*), mixed RBF,
  linear (dot) and polynomial, each ``k(X [m, F], Y [n, F]) -> [m, n]``;
- MMD² estimators: unbiased (within-set diagonals removed), biased (V-statistic) and the
  u-statistic (also drops the diagonal of K_XY, needs m = n);
- losses: L_G = MMD²_u(h(G(z)), h(x)), L_D = −L_G;
- D regularisers: the witness gradient penalty in data space and the L2 penalty on D's
  activations, as ``add_gradient_penalty`` / ``add_l2_penalty`` in ``model.py``.

Two departures from the code, both where it deviates from its own formulas:
- its unbiased estimator subtracts a constant diagonal Σ w_α per row (``const_diagonal``), which
  misses the dot term's ⟨h_i, h_i⟩ for rq*; here the actual traces are removed.
- its GP takes ``safer_norm(grad, axis=1)`` of an NHWC image gradient, a norm over the height
  axis only; here the norm is per sample over all data dims (the two agree for [B, F] data).

Blocks (end of the module): ``discriminator.mmd_mlp`` and ``discriminator.mmd_dcgan`` (feature
critics: extras ``features`` h(x) [B, F] and ``activation_l2``), ``loss.mmd`` (the code's
``set_loss``: −MMD² + λ_gp·witness GP + λ_L2·L2 for D, MMD² for G) and ``regularizer.grad_clip``
(the code clips every gradient tensor of G and D to norm 1 before Adam).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Annotated, Any, Literal

import torch
from pydantic import Field
from torch import Tensor, autograd, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle, samples
from blocks.discriminators import _norm
from blocks.layers import (
    Activation,
    Init,
    MLPActivation,
    Width,
    activation,
    dcgan_plan,
    init_linear,
    mlp,
)
from blocks.runtime import AdversarialLoss, Batch, CriticOutput, Regularizer, Stats
from schemas import PortType

Kernel = Callable[[Tensor, Tensor], Tensor]
KernelName = Literal["rq", "rq_dot", "rbf", "poly", "dot"]
Estimator = Literal["unbiased", "biased", "ustat"]

RQ_ALPHAS: tuple[float, ...] = (0.1, 1.0, 10.0)  # mmd.py ``_mix_rq_kernel`` default alphas
RQ_ADD_DOT = 1.0  # ``--kernel=mix_rq_1dot`` in cifar10.sh: RQ mixture + 1.0·⟨a, b⟩
RBF_SIGMAS: tuple[float, ...] = (2.0, 5.0, 10.0, 20.0, 40.0, 80.0)  # ``_mix_rbf_kernel`` default
SAFE_NORM_EPS = 1e-5  # ``ops.safer_norm``: ‖g‖ = sqrt(Σg² + 1e-5), finite gradient at g = 0


# --------------------------------------------------------------------------------------------
# Kernels
# --------------------------------------------------------------------------------------------


def squared_distances(x: Tensor, y: Tensor) -> Tensor:
    """D²_ij = ‖x_i‖² + ‖y_j‖² − 2⟨x_i, y_j⟩, clamped ≥ 0 (round-off can make it negative).

    The matmul form (as the authors' code) keeps the gradient defined at x_i = y_j, where the
    gradient of a Euclidean distance (``torch.cdist``) would be 0/0.
    """
    d2 = x.square().sum(1)[:, None] + y.square().sum(1)[None, :] - 2.0 * (x @ y.T)
    return d2.clamp_min(0.0)


def _weights(n: int, weights: Sequence[float] | None) -> Sequence[float]:
    if weights is None:
        return [1.0] * n
    if len(weights) != n:
        raise ValueError(f"need one weight per kernel component, got {len(weights)} for {n}")
    return weights


def rq_kernel(
    x: Tensor,
    y: Tensor,
    alphas: Sequence[float] = RQ_ALPHAS,
    weights: Sequence[float] | None = None,
    add_dot: float = 0.0,
) -> Tensor:
    """Σ_α w_α (1 + ‖x − y‖²/(2α))^(−α) + add_dot·⟨x, y⟩ (``_mix_rq_kernel``).

    Computed as exp(−α·log1p(d²/(2α))), the code's form; each RQ term is 1 at x = y, so the
    diagonal of the RQ part is Σ w_α.
    """
    d2 = squared_distances(x, y)
    k = torch.zeros_like(d2)
    for alpha, w in zip(alphas, _weights(len(alphas), weights), strict=True):
        k = k + w * torch.exp(-alpha * torch.log1p(d2 / (2.0 * alpha)))
    if add_dot != 0.0:
        k = k + add_dot * (x @ y.T)
    return k


def rbf_kernel(
    x: Tensor,
    y: Tensor,
    sigmas: Sequence[float] = RBF_SIGMAS,
    weights: Sequence[float] | None = None,
) -> Tensor:
    """Σ_σ w_σ exp(−‖x − y‖²/(2σ²)) (``_mix_rbf_kernel``)."""
    d2 = squared_distances(x, y)
    k = torch.zeros_like(d2)
    for sigma, w in zip(sigmas, _weights(len(sigmas), weights), strict=True):
        k = k + w * torch.exp(-d2 / (2.0 * sigma**2))
    return k


def dot_kernel(x: Tensor, y: Tensor) -> Tensor:
    """⟨x, y⟩ (``_dot_kernel``); MMD² with it is ‖mean x − mean y‖² (biased form)."""
    return x @ y.T


def polynomial_kernel(
    x: Tensor, y: Tensor, degree: int = 3, gamma: float | None = None, coef0: float = 1.0
) -> Tensor:
    """(γ⟨x, y⟩ + c)^d, γ = 1/F by default: KID's kernel (§4.3), offered as a loss kernel too."""
    g = 1.0 / x.shape[1] if gamma is None else gamma
    return (g * (x @ y.T) + coef0) ** degree


def make_kernel(
    name: KernelName = "rq_dot",
    *,
    alphas: Sequence[float] = RQ_ALPHAS,
    add_dot: float = RQ_ADD_DOT,
    sigmas: Sequence[float] = RBF_SIGMAS,
    degree: int = 3,
    gamma: float | None = None,
    coef0: float = 1.0,
) -> Kernel:
    """The kernel named in the ``MMDLoss`` params (§4.5); ``rq`` ignores ``add_dot``."""
    if name == "rq":
        return partial(rq_kernel, alphas=tuple(alphas), add_dot=0.0)
    if name == "rq_dot":
        return partial(rq_kernel, alphas=tuple(alphas), add_dot=add_dot)
    if name == "rbf":
        return partial(rbf_kernel, sigmas=tuple(sigmas))
    if name == "poly":
        return partial(polynomial_kernel, degree=degree, gamma=gamma, coef0=coef0)
    if name == "dot":
        return dot_kernel
    raise ValueError(f"unknown kernel {name!r}")


DEFAULT_KERNEL: Kernel = make_kernel("rq_dot")  # the paper's rq* as run on CIFAR-10


# --------------------------------------------------------------------------------------------
# MMD² estimators
# --------------------------------------------------------------------------------------------


def mmd2_from_kernels(
    k_xx: Tensor, k_xy: Tensor, k_yy: Tensor, estimator: Estimator = "unbiased"
) -> Tensor:
    """MMD² from the kernel blocks K_XX [m, m], K_XY [m, n], K_YY [n, n].

    - unbiased: Σ_{i≠j}K_XX/(m(m−1)) + Σ_{i≠j}K_YY/(n(n−1)) − 2ΣK_XY/(mn)  (``mmd._mmd2``)
    - biased:   ΣK_XX/m² + ΣK_YY/n² − 2ΣK_XY/(mn)
    - ustat:    [Σ_{i≠j}(K_XX + K_YY − K_XY − K_YX)]/(m(m−1)), m = n (torch-fidelity
      ``u-statistic``)

    The diagonals removed are the actual traces, so kernels with a non-constant diagonal (the
    dot term of rq*) are handled exactly; see the module notes for the authors' code.
    """
    m, n = k_xx.shape[0], k_yy.shape[0]
    if estimator == "biased":
        return k_xx.sum() / (m * m) + k_yy.sum() / (n * n) - 2.0 * k_xy.sum() / (m * n)
    if m < 2 or n < 2:
        raise ValueError(f"the {estimator} MMD² estimator needs at least 2 samples per set")
    xx = (k_xx.sum() - k_xx.diagonal().sum()) / (m * (m - 1))
    yy = (k_yy.sum() - k_yy.diagonal().sum()) / (n * (n - 1))
    if estimator == "unbiased":
        return xx + yy - 2.0 * k_xy.sum() / (m * n)
    if estimator == "ustat":
        if m != n:
            raise ValueError(f"the u-statistic MMD² needs equal set sizes, got {m} and {n}")
        return xx + yy - 2.0 * (k_xy.sum() - k_xy.diagonal().sum()) / (m * (m - 1))
    raise ValueError(f"unknown estimator {estimator!r}")


def mmd2(
    x: Tensor, y: Tensor, kernel: Kernel = DEFAULT_KERNEL, estimator: Estimator = "unbiased"
) -> Tensor:
    """MMD²(X, Y) of two feature sets [m, F], [n, F] under ``kernel``."""
    return mmd2_from_kernels(kernel(x, x), kernel(x, y), kernel(y, y), estimator)


def mmd_g_loss(
    h_real: Tensor,
    h_fake: Tensor,
    kernel: Kernel = DEFAULT_KERNEL,
    estimator: Estimator = "unbiased",
) -> Tensor:
    """L_G = MMD²(h(G(z)), h(x)): G moves its features' embedding onto the data's."""
    return mmd2(h_fake, h_real, kernel, estimator)


def mmd_d_loss(
    h_real: Tensor,
    h_fake: Tensor,
    kernel: Kernel = DEFAULT_KERNEL,
    estimator: Estimator = "unbiased",
) -> Tensor:
    """L_D = −MMD²(h(G(z)), h(x)): D learns the features under which the sets differ most.

    The penalties (``mmd_gradient_penalty``, ``feature_l2_penalty``) are added by the caller.
    """
    return -mmd2(h_fake, h_real, kernel, estimator)


# --------------------------------------------------------------------------------------------
# Critic regularisers
# --------------------------------------------------------------------------------------------


def mmd_witness(
    h_eval: Tensor, h_real: Tensor, h_fake: Tensor, kernel: Kernel = DEFAULT_KERNEL
) -> Tensor:
    """f(t) = mean_j k(t, h(x_j)) − mean_j k(t, h(G(z_j))) at each row t of ``h_eval`` → [B].

    The (unnormalised) MMD witness function; only K_XY-type blocks are needed.
    """
    return kernel(h_eval, h_real).mean(1) - kernel(h_eval, h_fake).mean(1)


def mmd_gradient_penalty(
    critic: Callable[[Tensor], Tensor],
    real: Tensor,
    fake: Tensor,
    kernel: Kernel = DEFAULT_KERNEL,
    h_real: Tensor | None = None,
    h_fake: Tensor | None = None,
    center: float = 1.0,
    eps: float = SAFE_NORM_EPS,
) -> Tensor:
    """E[(‖∇_x̂ f(h(x̂))‖ − 1)²] at x̂ = (1 − ε)x + εG(z), ε ~ U[0, 1] per sample.

    ``add_gradient_penalty`` in ``model.py``: f is the witness above, the gradient is taken in
    *data space* (through D) and kept in the graph (``create_graph``) so the penalty trains D.
    ``h_real``/``h_fake`` are D's features of the same batch (pass the ones the loss used to
    save two forwards); they are not detached, as in the code, so the penalty also reaches D
    through them. Both sets are cut to the smaller batch size (``bs = min(...)``). The norm is
    sqrt(Σg² + eps) over all non-batch dims (``safer_norm``; see the report on the code's axis).
    """
    bs = min(real.shape[0], fake.shape[0])
    real, fake = real[:bs].detach(), fake[:bs].detach()
    h_r = critic(real) if h_real is None else h_real[:bs]
    h_f = critic(fake) if h_fake is None else h_fake[:bs]
    eps_mix = torch.rand(bs, *([1] * (real.dim() - 1)), device=real.device, dtype=real.dtype)
    x_hat = ((1.0 - eps_mix) * real + eps_mix * fake).requires_grad_(True)
    f = mmd_witness(critic(x_hat), h_r, h_f, kernel)
    (grad,) = autograd.grad(f.sum(), x_hat, create_graph=True)
    norm = (grad.flatten(1).square().sum(1) + eps).sqrt()
    return (norm - center).square().mean()


def activation_l2(activations: Sequence[Tensor]) -> Tensor:
    """Σ_layers mean_units(a²) per sample → [B]: one pass's share of ``add_l2_penalty``.

    For the passes on reals and fakes, ``activation_l2(real).mean() + activation_l2(fake).mean()``
    equals ``feature_l2_penalty(real + fake)``; a critic can hand this [B] summary to the loss
    instead of its layers.
    """
    if not activations:
        raise ValueError("activation_l2 needs at least one activation tensor")
    total = activations[0].flatten(1).square().mean(1)
    for a in activations[1:]:
        total = total + a.flatten(1).square().mean(1)
    return total


def feature_l2_penalty(activations: Sequence[Tensor]) -> Tensor:
    """Σ_layers mean_b mean_units(a²) over D's activations on reals *and* fakes.

    ``add_l2_penalty`` in ``model.py`` (λ_L2 = 1 in ``cifar10.sh``): each layer's squares are
    averaged per sample, summed over the layers of both passes, and averaged over the batch;
    with equal batch sizes that is this sum of per-layer means. The code's layer list includes
    the output features hF.
    """
    if not activations:
        raise ValueError("feature_l2_penalty needs at least one activation tensor")
    total = activations[0].flatten(1).square().mean(1).mean()
    for a in activations[1:]:
        total = total + a.flatten(1).square().mean(1).mean()
    return total


# --------------------------------------------------------------------------------------------
# Blocks (contract v2)
# --------------------------------------------------------------------------------------------

FEATURES = "features"
ACTIVATION_L2 = "activation_l2"
FEATURE_EXTRAS = frozenset({FEATURES, ACTIVATION_L2})
DOF_DIM = 16  # ``--dof_dim=16`` in cifar10.sh: the MMD critic's output features


def feature_output(h: Tensor, layers: Sequence[Tensor]) -> CriticOutput:
    """A feature critic's output: ``features`` h [B, F], ``activation_l2`` [B], logits = mean_F h.

    The MMD critic has no logit: the loss reads the features. The logits are a fixed,
    parameter-free read-out (the mean of the F features) so the loop's ``D/real``/``D/fake``
    logs and any logit-reading block still work; the witness, the natural scalar, needs both
    reference sets and so cannot come out of one forward.
    """
    return CriticOutput(h.mean(1), {FEATURES: h, ACTIVATION_L2: activation_l2(layers)})


class FeatureMLP(nn.Module):
    """h(x) = MLP(x) ∈ R^F, no activation on the output (the code's ``hF`` is linear).

    ``activation_l2`` sums over the hidden activations (after the nonlinearity) and h, as the
    code's layer dict {h0, …, hF}.
    """

    critic_extras = FEATURE_EXTRAS

    def __init__(
        self,
        in_dim: int,
        hidden: Sequence[int],
        features: int,
        act: MLPActivation,
        maxout_pieces: int = 5,
        init: Init = "default",
    ):
        super().__init__()
        self.net = mlp([in_dim, *hidden, features], act, pieces=maxout_pieces)
        init_linear(self.net, init)

    def forward(self, x: Tensor) -> CriticOutput:
        h = x.flatten(1)
        layers: list[Tensor] = []
        for m in self.net:
            h = m(h)
            if not isinstance(m, nn.Linear):  # a hidden layer's output after its activation
                layers.append(h)
        layers.append(h)
        return feature_output(h, layers)


class FeatureDCGAN(nn.Module):
    """DCGAN feature critic: k stride-2 4×4 convs (norm after all but the first), linear to F.

    The code's ``DCGANDiscriminator`` with ``o_dim = dof_dim``: lrelu convs h0…h3, then
    ``hF = linear(flatten(h3), dof_dim)``; the number of convs follows the data size here
    (``dcgan_plan``). No batch norm: the code drops D's BN when the gradient penalty is on.
    """

    critic_extras = FEATURE_EXTRAS

    def __init__(self, shape: Shape, width: int, features: int, norm: str, act: Activation):
        super().__init__()
        s0, k = dcgan_plan(shape)
        self.stages = nn.ModuleList()
        c = shape[0]
        for i in range(k):
            nxt = width * 2**i
            self.stages.append(
                nn.Sequential(
                    nn.Conv2d(c, nxt, 4, 2, 1, bias=norm == "none" or i == 0),
                    _norm(norm, nxt) if i > 0 else nn.Identity(),  # type: ignore[arg-type]
                    activation(act),
                )
            )
            c = nxt
        self.head = nn.Linear(c * s0 * s0, features)

    def forward(self, x: Tensor) -> CriticOutput:
        layers: list[Tensor] = []
        h = x
        for stage in self.stages:
            h = stage(h)
            layers.append(h)
        f = self.head(h.flatten(1))
        layers.append(f)
        return feature_output(f, layers)


FEATURE_D_INPUTS = (
    samples("real", "Real samples (after augmenters)."),
    samples("fake", "Generated samples (after the same augmenters)."),
)
FEATURE_D_OUTPUTS = (
    handle(
        "critic",
        PortType.CRITIC,
        "This critic: features h(x) [B, F] for loss.mmd (logits = mean of the features).",
    ),
)


def _features_field() -> Any:
    return Field(DOF_DIM, ge=1, le=4096, description="Output features F (dof_dim; authors: 16).")


class FeatureMLPParams(BlockParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    features: int = _features_field()
    activation: MLPActivation = Field("leaky_relu", description="Hidden activation (leaky: 0.2).")
    maxout_pieces: int = Field(
        5, ge=2, le=16, description="Linear pieces per maxout unit; maxout only."
    )
    init: Init = Field(
        "default", description="Linear weights: torch's, or N(0, 0.02) with zero biases."
    )


class MMDMLPCriticBlock(Block):
    """MMD GAN feature critic, MLP: x → h(x) ∈ R^F for a kernel loss (Bińkowski et al. 2018).

    The critic of "Demystifying MMD GANs": no logit, F output features (16 in the authors'
    runs) on which ``loss.mmd`` evaluates its kernel. Also outputs the per-sample activation
    L2 that the loss's ``l2_weight`` penalises.
    """

    type = "discriminator.mmd_mlp"
    title = "MMD feature critic (MLP)"
    paper = "Bińkowski, Sutherland, Arbel, Gretton, Demystifying MMD GANs, ICLR 2018"
    Params = FeatureMLPParams
    inputs = FEATURE_D_INPUTS
    outputs = FEATURE_D_OUTPUTS
    params: FeatureMLPParams

    def critic_extras(self) -> frozenset[str]:
        return FEATURE_EXTRAS

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        in_dim = 1
        for d in ctx.data_shape:
            in_dim *= d
        return FeatureMLP(in_dim, p.hidden, p.features, p.activation, p.maxout_pieces, p.init)


class FeatureDCGANParams(BlockParams):
    width: int = Field(64, ge=4, le=1024, description="Channels of the first conv (df_dim: 64).")
    features: int = _features_field()
    norm: Literal["none", "layer"] = Field(
        "none", description="Norm after each conv but the first (no BN: the GP needs per-sample)."
    )
    activation: Activation = Field("leaky_relu", description="Activation (leaky: 0.2).")


class MMDDCGANCriticBlock(Block):
    """MMD GAN feature critic, DCGAN: image → h(x) ∈ R^F for a kernel loss (Bińkowski 2018).

    The authors' DCGAN critic with a linear output of ``dof_dim`` = 16 features instead of a
    logit, without batch norm (their code drops it whenever the gradient penalty is on).
    """

    type = "discriminator.mmd_dcgan"
    title = "MMD feature critic (DCGAN)"
    paper = "Bińkowski, Sutherland, Arbel, Gretton, Demystifying MMD GANs, ICLR 2018"
    Params = FeatureDCGANParams
    inputs = FEATURE_D_INPUTS
    outputs = FEATURE_D_OUTPUTS
    params: FeatureDCGANParams

    def critic_extras(self) -> frozenset[str]:
        return FEATURE_EXTRAS

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            dcgan_plan(shapes["real"])
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return FeatureDCGAN(ctx.data_shape, p.width, p.features, p.norm, p.activation)


PositiveFloat = Annotated[float, Field(gt=0, le=1e6)]


class MMDLossParams(BlockParams):
    kernel: KernelName = Field(
        "rq_dot", description="rq_dot: RQ mixture + add_dot·⟨a, b⟩ (mix_rq_1dot, the paper's rq*)."
    )
    alphas: list[PositiveFloat] = Field(
        list(RQ_ALPHAS),
        min_length=1,
        max_length=16,
        description="RQ mixture's α (code: 0.1, 1, 10).",
    )
    add_dot: float = Field(
        RQ_ADD_DOT, ge=0, le=1e3, description="Weight of the linear term of rq_dot (code: 1)."
    )
    sigmas: list[PositiveFloat] = Field(
        list(RBF_SIGMAS), min_length=1, max_length=16, description="RBF mixture's σ (rbf only)."
    )
    degree: int = Field(3, ge=1, le=10, description="Polynomial kernel degree (poly only).")
    gamma: PositiveFloat | None = Field(
        None, description="Polynomial kernel γ (poly only; empty: 1/F)."
    )
    coef0: float = Field(1.0, ge=0, le=1e3, description="Polynomial kernel constant (poly only).")
    estimator: Estimator = Field(
        "unbiased", description="MMD² estimator: unbiased (code), biased, ustat (no K_XY diagonal)."
    )
    gp_weight: float = Field(
        1.0, ge=0, le=1e4, description="λ of the witness gradient penalty (cifar10.sh: 1)."
    )
    l2_weight: float = Field(
        1.0, ge=0, le=1e4, description="λ of the L2 penalty on D's activations (cifar10.sh: 1)."
    )


class MMDLoss(AdversarialLoss):
    """D: −MMD²(h(G(z)), h(x)) + λ_gp·GP + λ_L2·L2; G: MMD²(h(G(z)), h(x)) (``set_loss``).

    The features are those of the phase's shared forwards (``out_real``/``out_fake``); the GP
    runs the critic path on interpolates (``batch.critic_output``) and uses the same features
    as the MMD, not detached, as the code. Reports ``mmd/mmd2`` (D phases), ``mmd/gp`` and
    ``mmd/l2`` to the run's statistics.
    """

    def __init__(self, p: MMDLossParams, stats: Stats | None = None):
        self.p, self.stats = p, stats
        self.kernel = make_kernel(
            p.kernel,
            alphas=tuple(p.alphas),
            add_dot=p.add_dot,
            sigmas=tuple(p.sigmas),
            degree=p.degree,
            gamma=p.gamma,
            coef0=p.coef0,
        )

    def _report(self, name: str, value: Tensor) -> None:
        if self.stats is not None:
            self.stats.report(f"mmd/{name}", value.detach())

    @staticmethod
    def _features(batch: Batch) -> tuple[Tensor, Tensor]:
        return batch.out_real.extras[FEATURES], batch.out_fake.extras[FEATURES]

    def d_loss(self, batch: Batch) -> Tensor:
        h_real, h_fake = self._features(batch)
        loss = mmd_d_loss(h_real, h_fake, self.kernel, self.p.estimator)
        self._report("mmd2", -loss)
        if self.p.gp_weight > 0:

            def critic(x: Tensor) -> Tensor:
                return batch.critic_output(x, "fake").extras[FEATURES]

            gp = mmd_gradient_penalty(
                critic, batch.real, batch.fake, self.kernel, h_real=h_real, h_fake=h_fake
            )
            self._report("gp", gp)
            loss = loss + self.p.gp_weight * gp
        if self.p.l2_weight > 0:
            l2 = (
                batch.out_real.extras[ACTIVATION_L2].mean()
                + batch.out_fake.extras[ACTIVATION_L2].mean()
            )
            self._report("l2", l2)
            loss = loss + self.p.l2_weight * l2
        return loss

    def g_loss(self, batch: Batch) -> Tensor:
        h_real, h_fake = self._features(batch)
        return mmd_g_loss(h_real, h_fake, self.kernel, self.p.estimator)


class MMDLossBlock(Block):
    """MMD GAN loss: kernel MMD² between D's features of reals and fakes (Bińkowski et al. 2018).

    "Demystifying MMD GANs" (ICLR 2018; mbinkowski/MMD-GAN ``set_loss``): G minimises the
    unbiased MMD² under a kernel on D's features (rational-quadratic mixture + linear term by
    default), D maximises it with the witness-function gradient penalty and the activation L2
    penalty of the authors' CIFAR-10 run. Needs a feature critic (``discriminator.mmd_mlp`` /
    ``mmd_dcgan``). The authors also clip every gradient tensor to norm 1
    (``regularizer.grad_clip`` on G and D), with 5 D steps per G step and Adam 1e-4, β (0.5, 0.9).
    """

    type = "loss.mmd"
    title = "MMD (kernel on features)"
    paper = "Bińkowski, Sutherland, Arbel, Gretton, Demystifying MMD GANs, ICLR 2018"
    Params = MMDLossParams
    inputs = (
        handle("critic", PortType.CRITIC, "The feature critic whose features h(x) it reads."),
    )
    needs_extras = (FEATURES,)
    params: MMDLossParams

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        p = self.params
        D = ctx.one("critic")
        if p.l2_weight > 0 and ACTIVATION_L2 not in getattr(D, "critic_extras", ()):
            raise ValueError(
                f"l2_weight > 0 penalises D's {ACTIVATION_L2}, which this critic does not output:"
                " use discriminator.mmd_mlp / mmd_dcgan, or set l2_weight to 0"
            )
        if p.gp_weight > 0 and any(
            isinstance(m, nn.modules.batchnorm._BatchNorm) for m in D.modules()
        ):
            raise ValueError(
                "the witness gradient penalty is per sample, which batch norm couples across the"
                " batch (the authors drop D's BN when the penalty is on): use a critic without"
                " batch norm, or set gp_weight to 0"
            )
        return MMDLoss(p, ctx.stats)


class GradClipParams(BlockParams):
    max_norm: float = Field(1.0, gt=0, le=1e6, description="Largest gradient norm (code: 1).")
    per_tensor: bool = Field(
        True, description="Clip each tensor on its own (tf.clip_by_norm, the code); else globally."
    )


def clip_grads_(grads: Sequence[Tensor], max_norm: float, per_tensor: bool = True) -> None:
    """g ← g·max_norm / max(‖g‖, max_norm), per tensor or over all of them (in place, no sync)."""
    if not grads:
        return
    if per_tensor:
        for g in grads:
            g.mul_(max_norm / torch.linalg.vector_norm(g).clamp_min(max_norm))
    else:
        total = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads]))
        scale = max_norm / total.clamp_min(max_norm)
        for g in grads:
            g.mul_(scale)


class GradClipReg(Regularizer):
    has_term = False

    def __init__(self, p: GradClipParams):
        self.p = p

    @torch.no_grad()
    def before_step(self, net: nn.Module) -> None:
        grads = [q.grad for q in net.parameters() if q.grad is not None]
        clip_grads_(grads, self.p.max_norm, self.p.per_tensor)


class GradClip(Block):
    """Gradient norm clipping before each optimizer step, per tensor (MMD GAN's code, 2018).

    Every gradient tensor g of the network becomes g·c/max(‖g‖, c) before Adam sees it
    (``tf.clip_by_norm(g, 1.)`` on every variable of G and D in mbinkowski/MMD-GAN
    ``set_grads``); ``per_tensor`` off clips the global norm instead. Wire one to each network
    to clip.
    """

    type = "regularizer.grad_clip"
    title = "Gradient clipping"
    paper = "Bińkowski, Sutherland, Arbel, Gretton, Demystifying MMD GANs, ICLR 2018 (code)"
    Params = GradClipParams
    inputs = (
        handle(
            "net",
            PortType.CRITIC,
            "Network whose gradients to clip (D or G).",
            also=(PortType.GENERATOR,),
        ),
    )
    params: GradClipParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return GradClipReg(self.params)


MMD_BLOCKS: list[type[Block]] = [MMDMLPCriticBlock, MMDDCGANCriticBlock, MMDLossBlock, GradClip]
