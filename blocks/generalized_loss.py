"""The generalised adversarial loss of Dong & Yang (arXiv 1901.08753): components f, g, h.

D maximises E f(D(x)) + E g(D(G(z))), G minimises E h(D(G(z))) (techniques-2.md §5.1); in
minimisation form L_D = −ε·E f(r) − E g(f) and L_G = E h(f), with r, f raw logits. The component
functions are the DAN code's (``salu133445/dan`` ``losses.py``, its ½ factors on least squares),
so the presets reproduce ``blocks/losses.py``'s standard losses exactly (§5.5). ψ(γ) =
max_y γ·f(y) + (1 − γ)·g(y) is the paper's test function (Eqs. 11–12; a well-behaved pair has
its unique minimum at γ = ½).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import torch
from pydantic import Field, model_validator
from torch import Tensor
from torch.nn import functional as F

from blocks.base import Block, BlockParams, BuildContext
from blocks.losses import CRITIC_IN
from blocks.runtime import AdversarialLoss, Batch

Fn = Callable[[Tensor], Tensor]

# (f, g) of D, paper Table 1 / DAN code; "absolute" is the paper's absolute loss (the code's key
# `double-absolute`), "asymmetric" the paper's asymmetric loss (the code's key `absolute`)
PAIRS: dict[str, tuple[Fn, Fn]] = {
    "classic": (lambda y: -F.softplus(-y), lambda y: -F.softplus(y)),  # log σ, log(1 − σ)
    "hinge": (lambda y: -F.relu(1 - y), lambda y: -F.relu(1 + y)),  # min(0, ±y − 1)
    "wasserstein": (lambda y: y, lambda y: -y),
    "least_squares": (lambda y: -0.5 * (y - 1).square(), lambda y: -0.5 * y.square()),
    "absolute": (lambda y: -(1 - y).abs(), lambda y: -y.abs()),
    "asymmetric": (lambda y: -y.abs(), lambda y: -y),
}
Pair = Literal["classic", "hinge", "wasserstein", "least_squares", "absolute", "asymmetric"]

# h of G; "minimax" is the pair's own g (G minimises what D maximises on fakes)
H_FUNCTIONS: dict[str, Fn] = {
    "nonsaturating": lambda y: F.softplus(-y),  # log(1 + e^−y)
    "linear": lambda y: -y,
    "least_squares": lambda y: 0.5 * (y - 1).square(),
    "absolute": lambda y: (1 - y).abs(),
}
H = Literal["minimax", "nonsaturating", "linear", "least_squares", "absolute"]

# the paper's ten non-relativistic losses (Table 1, #1–8, 11, 12) as (pair, h)
PRESETS: dict[str, tuple[Pair, H]] = {
    "classic_minimax": ("classic", "minimax"),
    "classic_nonsaturating": ("classic", "nonsaturating"),
    "classic_linear": ("classic", "linear"),
    "hinge_minimax": ("hinge", "minimax"),
    "hinge_nonsaturating": ("hinge", "nonsaturating"),
    "hinge_linear": ("hinge", "linear"),
    "wasserstein": ("wasserstein", "linear"),
    "least_squares": ("least_squares", "least_squares"),
    "absolute": ("absolute", "absolute"),
    "asymmetric": ("asymmetric", "linear"),
}
Preset = Literal[
    "classic_minimax",
    "classic_nonsaturating",
    "classic_linear",
    "hinge_minimax",
    "hinge_nonsaturating",
    "hinge_linear",
    "wasserstein",
    "least_squares",
    "absolute",
    "asymmetric",
    "custom",
]
#: pairs whose ψ is infinite away from γ = ½ (§5.4): they need a Lipschitz critic
UNBOUNDED_PAIRS = frozenset({"wasserstein", "asymmetric"})


def components(pair: str, h: str) -> tuple[Fn, Fn, Fn]:
    f, g = PAIRS[pair]
    return f, g, g if h == "minimax" else H_FUNCTIONS[h]


def generalized_d_loss(r: Tensor, fk: Tensor, f: Fn, g: Fn, epsilon: float = 1.0) -> Tensor:
    """L_D = −ε·E f(D(x)) − E g(D(G(z))) (ε ≠ 1 is the paper's ε-weighted, ill-behaved form)."""
    return -epsilon * f(r).mean() - g(fk).mean()


def generalized_g_loss(fk: Tensor, h: Fn) -> Tensor:
    """L_G = E h(D(G(z)))."""
    return h(fk).mean()


def psi(gamma: Tensor, f: Fn, g: Fn, y_max: float = 20.0, n: int = 40001) -> Tensor:
    """ψ(γ) = max_y γ f(y) + (1 − γ) g(y), on a grid of y ∈ [−y_max, y_max] (float64)."""
    y = torch.linspace(-y_max, y_max, n, dtype=torch.float64)
    gamma = gamma.to(torch.float64).reshape(-1, 1)
    return (gamma * f(y) + (1 - gamma) * g(y)).amax(dim=1)


class GeneralizedLossParams(BlockParams):
    preset: Preset = Field(
        "classic_nonsaturating",
        description="Dong & Yang's loss by name; custom: the pair and h below.",
    )
    pair: Pair | None = Field(
        None, description="D's components (f, g): with preset custom (else none or the preset's)."
    )
    h: H | None = Field(
        None, description="G's h (minimax: h = g): with preset custom (else none or the preset's)."
    )
    epsilon: float = Field(
        1.0, ge=0.01, le=100, description="ε of max ε·E f + E g (1: the well-behaved form)."
    )

    @model_validator(mode="after")
    def _pair_and_h_agree_with_the_preset(self) -> GeneralizedLossParams:
        if self.preset == "custom":
            missing = [k for k in ("pair", "h") if getattr(self, k) is None]
            if missing:
                raise ValueError(f"preset 'custom' needs {' and '.join(missing)}")
            return self
        for key, value in zip(("pair", "h"), PRESETS[self.preset], strict=True):
            if getattr(self, key) not in (None, value):
                raise ValueError(
                    f"preset {self.preset!r} has {key} {value!r}, not {getattr(self, key)!r}:"
                    " use preset 'custom' to combine components"
                )
        return self

    def resolved(self) -> tuple[Pair, H]:
        if self.preset == "custom":
            assert self.pair is not None and self.h is not None  # checked by the validator
            return self.pair, self.h
        return PRESETS[self.preset]


class GeneralizedLoss(AdversarialLoss):
    def __init__(self, pair: str, h: str, epsilon: float):
        self.f, self.g, self.h = components(pair, h)
        self.epsilon = epsilon

    def d_loss(self, batch: Batch) -> Tensor:
        return generalized_d_loss(
            batch.logits_real, batch.logits_fake, self.f, self.g, self.epsilon
        )

    def g_loss(self, batch: Batch) -> Tensor:
        return generalized_g_loss(batch.logits_fake, self.h)


class GeneralizedLossBlock(Block):
    """Generalised adversarial loss max E f(D(x)) + E g(D(G(z))), min E h (Dong & Yang 2019).

    Ten presets: classic, hinge (each with minimax, non-saturating or linear h), Wasserstein,
    least squares, absolute and asymmetric (techniques-2.md §5.2, the DAN code's components);
    ``custom`` combines any pair with any h. The relativistic losses are ``loss.relativistic``.
    Wasserstein and asymmetric pairs ask the validator for a Lipschitz constraint (§5.4).
    """

    type = "loss.generalized"
    title = "Generalised loss (f, g, h)"
    paper = (
        "Dong & Yang, Towards a Deeper Understanding of Adversarial Losses under a "
        "Discriminative Adversarial Network Setting, arXiv 1901.08753"
    )
    Params = GeneralizedLossParams
    inputs = CRITIC_IN
    params: GeneralizedLossParams

    @property  # a per-params value of the ClassVar declaration (Wasserstein, asymmetric)
    def needs_lipschitz(self) -> bool:  # type: ignore[override]
        return self.params.resolved()[0] in UNBOUNDED_PAIRS

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        pair, h = self.params.resolved()
        return GeneralizedLoss(pair, h, self.params.epsilon)


GENERALIZED_LOSS_BLOCKS = [GeneralizedLossBlock]
