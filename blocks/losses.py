"""Adversarial losses in logit form (r = D(x), f = D(G(z)), both raw).

Small pure functions (as in rosinality's stylegan2-pytorch), wrapped by one block each. Formulas
follow techniques-2.md §5.5 (StudioGAN ``losses.py``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from torch import Tensor
from torch.nn import functional as F

from blocks.base import Block, BlockParams, BuildContext, handle
from blocks.runtime import AdversarialLoss, Batch
from schemas import PortType


def d_logistic_loss(r: Tensor, f: Tensor) -> Tensor:
    """softplus(−r) + softplus(f): the D loss of minimax and non-saturating GANs."""
    return F.softplus(-r).mean() + F.softplus(f).mean()


def g_nonsaturating_loss(f: Tensor) -> Tensor:
    """softplus(−f) = −log σ(f)."""
    return F.softplus(-f).mean()


def g_minimax_loss(f: Tensor) -> Tensor:
    """−softplus(f) = log(1 − σ(f)): saturates when D rejects fakes confidently."""
    return -F.softplus(f).mean()


def d_hinge_loss(r: Tensor, f: Tensor) -> Tensor:
    return F.relu(1 - r).mean() + F.relu(1 + f).mean()


def g_hinge_loss(f: Tensor) -> Tensor:
    return -f.mean()


def d_least_squares_loss(r: Tensor, f: Tensor) -> Tensor:
    """½(r − 1)² + ½f² (Mao et al., a = 0, b = c = 1)."""
    return 0.5 * (r - 1).square().mean() + 0.5 * f.square().mean()


def g_least_squares_loss(f: Tensor) -> Tensor:
    return 0.5 * (f - 1).square().mean()


def d_wasserstein_loss(r: Tensor, f: Tensor) -> Tensor:
    """E[f] − E[r]; its negative estimates W1 (with a Lipschitz critic)."""
    return f.mean() - r.mean()


def g_wasserstein_loss(f: Tensor) -> Tensor:
    return -f.mean()


def relativistic_logits(r: Tensor, f: Tensor) -> tuple[Tensor, Tensor]:
    """r̃ = r − E f and f̃ = f − E r (batch means kept in the graph, as in the DAN code)."""
    return r - f.mean(), f - r.mean()


def d_ragan_loss(r: Tensor, f: Tensor) -> Tensor:
    """softplus(−r̃) + softplus(f̃): real looks more real than the average fake, and vice versa."""
    rr, ff = relativistic_logits(r, f)
    return F.softplus(-rr).mean() + F.softplus(ff).mean()


def g_ragan_loss(f: Tensor, r: Tensor) -> Tensor:
    """softplus(−f̃) + softplus(r̃): the D loss with the roles of real and fake swapped."""
    rr, ff = relativistic_logits(r, f)
    return F.softplus(-ff).mean() + F.softplus(rr).mean()


def d_rahinge_loss(r: Tensor, f: Tensor) -> Tensor:
    """ReLU(1 − r̃) + ReLU(1 + f̃)."""
    rr, ff = relativistic_logits(r, f)
    return F.relu(1 - rr).mean() + F.relu(1 + ff).mean()


def g_rahinge_loss(f: Tensor, r: Tensor) -> Tensor:
    """ReLU(1 − f̃) + ReLU(1 + r̃)."""
    rr, ff = relativistic_logits(r, f)
    return F.relu(1 - ff).mean() + F.relu(1 + rr).mean()


class LogitLoss(AdversarialLoss):
    """A loss given as a pair of functions of the logits: ``d(r, f)`` and ``g(f)``."""

    def __init__(self, d, g):  # type: ignore[no-untyped-def]
        self._d, self._g = d, g

    def d_loss(self, batch: Batch) -> Tensor:
        return self._d(batch.logits_real, batch.logits_fake)

    def g_loss(self, batch: Batch) -> Tensor:
        return self._g(batch.logits_fake)


CRITIC_IN = (handle("critic", PortType.CRITIC, "The discriminator whose logits this loss reads."),)


class _LossBlock(Block):
    inputs = CRITIC_IN
    d_fn = staticmethod(d_logistic_loss)
    g_fn = staticmethod(g_nonsaturating_loss)

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        return LogitLoss(type(self).d_fn, type(self).g_fn)


class NonSaturatingLoss(_LossBlock):
    """Non-saturating GAN loss: D softplus(−r)+softplus(f), G softplus(−f) (Goodfellow 2014)."""

    type = "loss.non_saturating"
    title = "Non-saturating"
    paper = "Goodfellow et al., Generative Adversarial Nets, NeurIPS 2014"


class MinimaxLoss(_LossBlock):
    """Original minimax loss: G minimises log(1 − σ(f)) (saturates early; Goodfellow 2014)."""

    type = "loss.minimax"
    title = "Minimax"
    paper = "Goodfellow et al., Generative Adversarial Nets, NeurIPS 2014"
    g_fn = staticmethod(g_minimax_loss)


class HingeLoss(_LossBlock):
    """Hinge loss: D relu(1−r)+relu(1+f), G −f (Lim & Ye 2017; Miyato et al. 2018)."""

    type = "loss.hinge"
    title = "Hinge"
    paper = "Lim & Ye, Geometric GAN, 2017; Miyato et al., SN-GAN, ICLR 2018"
    d_fn = staticmethod(d_hinge_loss)
    g_fn = staticmethod(g_hinge_loss)


class LeastSquaresLoss(_LossBlock):
    """Least-squares loss, a=0, b=c=1 (Mao et al., LSGAN, ICCV 2017)."""

    type = "loss.least_squares"
    title = "Least squares"
    paper = "Mao et al., Least Squares Generative Adversarial Networks, ICCV 2017"
    d_fn = staticmethod(d_least_squares_loss)
    g_fn = staticmethod(g_least_squares_loss)


class WassersteinLoss(_LossBlock):
    """Wasserstein loss: D E[f]−E[r], G −E[f]; needs a Lipschitz critic (Arjovsky et al. 2017)."""

    type = "loss.wasserstein"
    title = "Wasserstein"
    paper = "Arjovsky, Chintala, Bottou, Wasserstein GAN, ICML 2017"
    d_fn = staticmethod(d_wasserstein_loss)
    g_fn = staticmethod(g_wasserstein_loss)
    needs_lipschitz = True


RelativisticForm = Literal["ragan", "rahinge"]

_RELATIVISTIC = {
    "ragan": (d_ragan_loss, g_ragan_loss),
    "rahinge": (d_rahinge_loss, g_rahinge_loss),
}


class RelativisticParams(BlockParams):
    form: RelativisticForm = Field(
        "ragan", description="ragan: logistic on r̃, f̃ (RaSGAN); rahinge: hinge on r̃, f̃."
    )


class RelativisticAverage(AdversarialLoss):
    """Relativistic average loss; in the G step it reads D on a fresh real batch."""

    def __init__(self, form: RelativisticForm):
        self.form = form
        self._d, self._g = _RELATIVISTIC[form]

    def d_loss(self, batch: Batch) -> Tensor:
        return self._d(batch.logits_real, batch.logits_fake)

    def g_loss(self, batch: Batch) -> Tensor:
        return self._g(batch.logits_fake, batch.logits_real)


class RelativisticLoss(Block):
    """Relativistic average GAN loss, RaGAN or RaHinge (Jolicoeur-Martineau, ICLR 2019).

    With r̃ = r − E f and f̃ = f − E r (batch means, not detached): RaGAN D softplus(−r̃) +
    softplus(f̃), G softplus(−f̃) + softplus(r̃); RaHinge D ReLU(1 − r̃) + ReLU(1 + f̃), G
    ReLU(1 − f̃) + ReLU(1 + r̃) (techniques-2.md §5.5, DAN ``losses.py``). Both are invariant to
    adding one constant to all logits. The G step runs D on a fresh real batch.
    """

    type = "loss.relativistic"
    title = "Relativistic average"
    paper = (
        "Jolicoeur-Martineau, The relativistic discriminator: a key element missing from "
        "standard GAN, ICLR 2019"
    )
    Params = RelativisticParams
    inputs = CRITIC_IN
    params: RelativisticParams

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        return RelativisticAverage(self.params.form)


LOSS_BLOCKS = [
    NonSaturatingLoss,
    MinimaxLoss,
    HingeLoss,
    LeastSquaresLoss,
    WassersteinLoss,
    RelativisticLoss,
]
