"""GA-NTK as blocks (contract v2): a closed-form NTK discriminator and the all-real loss.

The math is in ``blocks.ntk`` (phase A, tested in tests/blocks/test_ntk.py); this module wires it
into the loop. Zhang, Su, Chou, Wu, "Single-level Adversarial Data Synthesis based on Neural
Tangent Kernels" (arXiv 2204.04090); official code ga-ntk/ga-ntk (``loss_fn.py``, ``model.py``).

- ``discriminator.ntk``: no parameters (``trainable()`` is False: no optimizer, no D phase). It
  is the kernel machine of an infinitely wide ReLU MLP trained for time t on [reals; fakes],
  in closed form; ``predict(real, fake)`` gives f_t on those n + m points.
- ``loss.ga_ntk``: the generator's single-level objective: D fitted to the current real and
  fake batches, then every one of the n + m points is pushed toward "real". Its ``g_loss`` reads
  ``batch.real`` (drawn lazily in the G phase) and ``batch.fake`` (with G's graph).

The compiled loop is G-only (``make_phases`` gives no D phase to a network without optimizer);
G is any generator trained by its optimizer (GA-NTKg). Augmenters are not applied: the loss
reads the batch's samples directly (the kernel machine is fitted on the joint set, which the
per-sample critic path cannot give).
"""

from __future__ import annotations

from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, handle, samples
from blocks.discriminators import D_OUTPUTS
from blocks.ntk import (
    GANTKDefaults,
    g_all_real_ce,
    g_all_real_mse,
    ga_ntk_labels,
    ga_ntk_predict,
    ntk_logits,
    ntk_test_prediction,
    relu_mlp_ntk,
)
from blocks.runtime import AdversarialLoss, Batch, Stats
from schemas import PortType

PAPER = (
    "Zhang, Su, Chou, Wu, Single-level Adversarial Data Synthesis based on Neural Tangent "
    "Kernels (GA-NTK), arXiv 2204.04090"
)
_DEF = GANTKDefaults()

Precision = Literal["float64", "float32"]


class NTKParams(BlockParams):
    depth: int = Field(_DEF.depth, ge=1, le=16, description="Hidden ReLU layers of the kernel.")
    w_var: float = Field(_DEF.w_var, gt=0, le=10, description="Weight variance W_std² (1.4615).")
    b_var: float = Field(_DEF.b_var, ge=0, le=10, description="Bias variance b_std² (0.1).")
    ntk_lr: float = Field(_DEF.ntk_lr, gt=0, le=100, description="η of the kernel's flow (1e-2).")
    t_rate: float = Field(
        _DEF.train_t_rate, gt=0, le=1e4, description="t = 65536·t_rate (2 MNIST/CIFAR, 4 CelebA)."
    )
    diag_reg: float = Field(
        _DEF.diag_reg, ge=0, le=1, description="δ of K + δ·mean(diag K)·I (1e-5)."
    )
    input_scale: float = Field(
        1.0, gt=0, le=1e4, description="The kernel sees x·scale + shift (authors: data in [0,1])."
    )
    input_shift: float = Field(0.0, ge=-1e4, le=1e4, description="See input_scale.")
    precision: Precision = Field(
        "float64", description="Kernel and flow dtype (authors enable jax x64)."
    )

    @property
    def eta_t(self) -> float:
        """η·t, the absolute training time of the kernel machine."""
        return self.ntk_lr * _DEF.t_unit * self.t_rate


class NTKCritic(nn.Module):
    """The kernel machine; ``forward(x)`` scores x against the last fitted batch (logging).

    Before any batch was fitted, ``forward`` returns zeros (the prior mean f₀ = 0: D has not been
    trained on anything). The fitted set is not checkpointed (it is the last batch only).
    """

    def __init__(self, p: NTKParams):
        super().__init__()
        self.p = p
        self.dtype = torch.float64 if p.precision == "float64" else torch.float32
        self._train: Tensor | None = None
        self._n_real = 0

    def features(self, x: Tensor) -> Tensor:
        return x.flatten(1).to(self.dtype) * self.p.input_scale + self.p.input_shift

    def kernel(self, x: Tensor, x2: Tensor | None = None) -> Tensor:
        """Θ(x, x2) of the analytic ReLU MLP on already transformed inputs."""
        p = self.p
        return relu_mlp_ntk(x, x2, p.depth, p.w_var, p.b_var)[1]

    def predict(self, real: Tensor, fake: Tensor) -> Tensor:
        """f_t [n + m, 2] of D fitted to real (column 1) vs fake, on those points (∇ → fake)."""
        p = self.p
        return ga_ntk_predict(
            self.features(real),
            self.features(fake),
            kernel=self.kernel,
            eta_t=p.eta_t,
            diag_reg=p.diag_reg,
            dtype=self.dtype,
        ).to(fake.dtype)

    def remember(self, real: Tensor, fake: Tensor) -> None:
        """Keep the batch D was just fitted on (detached), for ``forward``."""
        self._train = torch.cat([real.detach(), fake.detach()])
        self._n_real = real.shape[0]

    def forward(self, x: Tensor, **_: Any) -> Tensor:
        if self._train is None or x.device != self._train.device:
            return torch.zeros(x.shape[0], dtype=x.dtype, device=x.device)
        with torch.no_grad():
            train = self.features(self._train)
            n, m = self._n_real, train.shape[0] - self._n_real
            k = self.kernel(train)
            y = ga_ntk_labels(n, m, like=k)
            f = ntk_test_prediction(
                k, self.kernel(self.features(x), train), y, self.p.eta_t, self.p.diag_reg
            )
        return ntk_logits(f).to(x.dtype)


class NTKDiscriminator(Block):
    """Closed-form infinite-width NTK discriminator, no parameters (Zhang et al., GA-NTK).

    D is an infinitely wide ReLU MLP (``depth`` hidden layers, NT parameterisation, W_std² =
    1.4615, b_std² = 0.1) trained by MSE gradient flow from f₀ = 0 for time t on the real (label
    real) and generated (label fake) batch: f_t = (I − exp(−η·t·K̃/N))·Y with K̃ = K + δ·mean
    diag(K)·I, N = 2(n + m), η·t = ntk_lr·65536·t_rate (1310.72 by default). Nothing is trained,
    so wire no optimizer to it; ``loss.ga_ntk`` reads it. The authors' data lie in [0, 1]: for
    other ranges ``input_scale``/``input_shift`` map them (the ReLU NTK is not scale-free).
    Its logits output f_real − f_fake of the last fitted batch (0 before any).
    """

    type = "discriminator.ntk"
    title = "NTK discriminator (GA-NTK)"
    paper = PAPER
    Params = NTKParams
    inputs = (
        samples("real", "Real samples (the kernel machine's 'real' class)."),
        samples("fake", "Generated samples (its 'fake' class)."),
    )
    outputs = D_OUTPUTS
    params: NTKParams

    def trainable(self) -> bool:
        return False

    def build(self, ctx: BuildContext) -> NTKCritic:
        return NTKCritic(self.params)


LossForm = Literal["ce", "mse"]


class GANTKLossParams(BlockParams):
    form: LossForm = Field(
        "ce", description="ce: −log softmax(f)[real] ('origin', default); mse: ‖f − e_real‖²."
    )


class GANTKLoss(AdversarialLoss):
    """G: every point of [reals; fakes] labelled real by the fitted kernel machine."""

    def __init__(self, D: NTKCritic, form: LossForm, stats: Stats | None):
        self.D, self.stats = D, stats
        self.fn = g_all_real_ce if form == "ce" else g_all_real_mse

    def d_loss(self, batch: Batch) -> Tensor:
        raise RuntimeError("GA-NTK's discriminator is closed-form: it has no D step")

    def g_loss(self, batch: Batch) -> Tensor:
        real, fake = batch.real, batch.fake
        f = self.D.predict(real, fake)
        self.D.remember(real, fake)
        if self.stats is not None:
            logits = ntk_logits(f.detach())
            n = real.shape[0]
            self.stats.report("D/real", logits[:n].mean())
            self.stats.report("D/fake", logits[n:].mean())
        return self.fn(f)


class GANTKLossBlock(Block):
    """GA-NTK's single-level G loss: the NTK D fitted in closed form must call all points real.

    L = −(1/(n+m)) Σ_{x ∈ [reals; fakes]} log softmax(f_t(x))[real] (loss_type 'origin'; ``mse``:
    the ‖f_t(x) − e_real‖² variant), f_t from ``discriminator.ntk`` fitted to this phase's real
    batch (drawn fresh every G step, n = run.batch_size) and G's m = batch_size fakes. Wire it to
    a ``discriminator.ntk``; the loop is G-only. Logs D/real and D/fake (mean f_real − f_fake).
    """

    type = "loss.ga_ntk"
    title = "GA-NTK all-real"
    paper = PAPER
    Params = GANTKLossParams
    inputs = (handle("critic", PortType.CRITIC, "The NTK discriminator (discriminator.ntk)."),)
    params: GANTKLossParams

    def build(self, ctx: BuildContext) -> GANTKLoss:
        D = ctx.one("critic")
        if not isinstance(D, NTKCritic):
            raise TypeError(f"loss.ga_ntk needs a discriminator.ntk critic, got {type(D).__name__}")
        return GANTKLoss(D, self.params.form, ctx.stats)


NTK_BLOCKS: list[type[Block]] = [NTKDiscriminator, GANTKLossBlock]
