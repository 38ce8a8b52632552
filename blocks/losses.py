"""Adversarial losses in logit form (r = D(x), f = D(G(z)), both raw).

Small pure functions (as in rosinality's stylegan2-pytorch), wrapped by one block each. Formulas
follow techniques-2.md §5.5 (StudioGAN ``losses.py``).
"""

from __future__ import annotations

from torch import Tensor
from torch.nn import functional as F

from blocks.base import Block, BuildContext, handle
from blocks.runtime import AdversarialLoss
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


class _Pair(AdversarialLoss):
    def __init__(self, d, g):  # type: ignore[no-untyped-def]
        self._d, self._g = d, g

    def d_loss(self, r: Tensor, f: Tensor) -> Tensor:
        return self._d(r, f)

    def g_loss(self, f: Tensor, r: Tensor | None) -> Tensor:
        return self._g(f)


CRITIC_IN = (handle("critic", PortType.CRITIC, "The discriminator whose logits this loss reads."),)


class _LossBlock(Block):
    inputs = CRITIC_IN
    d_fn = staticmethod(d_logistic_loss)
    g_fn = staticmethod(g_nonsaturating_loss)

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        return _Pair(type(self).d_fn, type(self).g_fn)


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


LOSS_BLOCKS = [NonSaturatingLoss, MinimaxLoss, HingeLoss, LeastSquaresLoss, WassersteinLoss]
