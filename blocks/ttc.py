"""Trust the Critics: a generator-free WGAN (techniques-1.md §6).

Milne, Bilocq, Nachman, "Trust the Critics: Generatorless and Multipurpose WGANs with Initial
Convergence Guarantees" (arXiv 2111.15099); official code tmilne5/Trust-the-Critics (`ttc.py`,
`TTC_utils/critic_trainer.py`, `steptaker.py`, `calc_gradient_penalty.py`).

A sequence of critics D_0..D_{N−1} is trained; critic i sees source samples already pushed through
critics 0..i−1 and minimises E[D(y)] − E[D(x)] + λ·E[max(‖∇D(x̂)‖ − 1, 0)²], so it is **low on the
target** and high on the source. Its step size is s_i = θ·Ŵ_i, Ŵ_i the mean of −L_i over the last
100 critic iterations (GP included). Sampling is gradient descent on the frozen critics:
x ← x − s_i·∇ₓD_i(x), detached after every step; no trainable generator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import torch
from torch import Tensor, autograd, nn

Critic = Callable[[Tensor], Tensor]
Integrator = Literal["euler", "rk4"]


@dataclass(frozen=True)
class TTCDefaults:
    """`ttc.py` argparse defaults ([code]); the MNIST script: θ 0.9, 5000 critters, 20 critics."""

    theta: float = 0.5  # step size as a fraction of the W1 estimate
    lam: float = 1000.0  # --lamb, the gradient-penalty weight
    critters: int = 5  # critic iterations per critic (scripts: 5000)
    num_crit: int = 5  # number of critics (scripts: 20)
    batch_size: int = 128
    lr: float = 1e-4  # Adam, one fresh optimizer per critic
    betas: tuple[float, float] = (0.5, 0.999)
    w1_window: int = 100  # critic_trainer: last 100 minibatches make the step
    num_step: int = 1  # gradient steps per critic at sampling time


# ------------------------------------------------------------------------------ critic training


def interpolate(real: Tensor, fake: Tensor) -> Tensor:
    """x̂ = α·y + (1 − α)·x, α ~ U(0, 1) per sample (WGAN-GP interpolates), detached inputs."""
    shape = (real.shape[0], *([1] * (real.dim() - 1)))
    alpha = torch.rand(shape, dtype=real.dtype, device=real.device)
    return alpha * real.detach() + (1 - alpha) * fake.detach()


def one_sided_penalty(critic: Critic, x: Tensor) -> Tensor:
    """E[max(‖∇ₓD(x)‖ − 1, 0)²] at the given points (`calc_gradient_penalty(plus=True)`, no λ).

    One-sided: a critic flatter than 1-Lipschitz is not pushed up, only steeper ones down.
    The graph is kept (create_graph) so the penalty trains D's parameters.
    """
    x = x.detach().requires_grad_(True)
    (grad,) = autograd.grad(critic(x).sum(), x, create_graph=True)
    return (grad.flatten(1).norm(2, dim=1) - 1).clamp(min=0).square().mean()


def one_sided_gradient_penalty(critic: Critic, real: Tensor, fake: Tensor) -> Tensor:
    """The one-sided GP at random interpolates of real and (pushed) source samples, without λ."""
    return one_sided_penalty(critic, interpolate(real, fake))


def d_ttc_loss(d_real: Tensor, d_fake: Tensor) -> Tensor:
    """E[D(y)] − E[D(x)]: y target (data), x pushed source. Note the sign: D is low on data."""
    return d_real.mean() - d_fake.mean()


def ttc_critic_loss(
    critic: Critic, real: Tensor, fake: Tensor, lam: float = TTCDefaults.lam
) -> tuple[Tensor, Tensor]:
    """(L_i, Ŵ) with L_i = E[D(y)] − E[D(x)] + λ·one-sided GP and Ŵ = sg[−L_i], this batch's W1
    estimate (GP included, as `critic_trainer` records `-D_cost`).

    ``fake`` must already be pushed through the earlier critics (`TTCSampler`) and is detached.
    """
    fake = fake.detach()
    loss = d_ttc_loss(critic(real), critic(fake)) + lam * one_sided_gradient_penalty(
        critic, real, fake
    )
    return loss, -loss.detach()


def ttc_step_size(
    w1_history: Tensor, theta: float = TTCDefaults.theta, window: int = TTCDefaults.w1_window
) -> Tensor:
    """s_i = θ·mean(Ŵ over the last ``window`` critic iterations) (all of them if fewer).

    ``w1_history`` [critters] holds −L_i per iteration; the step stays a 0-d device tensor.
    """
    return theta * w1_history[-window:].mean()


class W1Window:
    """Ring buffer of the last ``window`` W1 estimates on the device (no host sync per push).

    `mean()` is the Ŵ_i of `ttc_step_size`; `reset()` between critics. Checkpoint via
    `state_dict` if a run may stop in the middle of a critic.
    """

    def __init__(self, window: int = TTCDefaults.w1_window) -> None:
        self.window = window
        self.buf: Tensor | None = None
        self.count = 0

    def reset(self) -> None:
        self.buf, self.count = None, 0

    def push(self, w1: Tensor) -> None:
        w1 = w1.detach().reshape(())
        if self.buf is None:
            self.buf = torch.zeros(self.window, dtype=w1.dtype, device=w1.device)
        self.buf[self.count % self.window] = w1
        self.count += 1

    def mean(self) -> Tensor:
        if self.buf is None:
            raise ValueError("no W1 estimate pushed yet")
        return self.buf[: min(self.count, self.window)].mean()

    def step_size(self, theta: float = TTCDefaults.theta) -> Tensor:
        """s_i = θ·Ŵ_i."""
        return theta * self.mean()

    def state_dict(self) -> dict[str, Any]:
        return {"window": self.window, "buf": self.buf, "count": self.count}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.window, self.buf, self.count = state["window"], state["buf"], state["count"]


# -------------------------------------------------------------------------------- transport


def critic_gradient(critic: Critic, x: Tensor) -> Tensor:
    """∇ₓD(x) per sample (of Σ D, samples are independent), detached (`steptaker.grad_calc`)."""
    with torch.enable_grad():
        x = x.detach().requires_grad_(True)
        (grad,) = autograd.grad(critic(x).sum(), x)
    return grad.detach()


def ttc_step(
    critic: Critic,
    x: Tensor,
    step: Tensor | float,
    num_step: int = TTCDefaults.num_step,
    integrator: Integrator = "euler",
) -> Tensor:
    """Move samples down the critic: x ← x − (s/k)·∇D(x), k = ``num_step`` times, detached.

    ``euler`` is `steptaker` (TTC uses k = 1: exactly x − s·∇D(x)). ``rk4`` integrates the flow
    dx/dt = −∇D(x) over time s with classical RK4 — [proposal]: the repository's `rk4` is unused
    and ascends (+∇D, last stage at x₀ + k instead of x₀ + h·k₃), so it is not copied.
    """
    h = step / num_step
    x = x.detach()
    for _ in range(num_step):
        if integrator == "euler":
            x = x - h * critic_gradient(critic, x)
        else:
            k1 = -critic_gradient(critic, x)
            k2 = -critic_gradient(critic, x + h / 2 * k1)
            k3 = -critic_gradient(critic, x + h / 2 * k2)
            k4 = -critic_gradient(critic, x + h * k3)
            x = x + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    return x.detach()


def freeze(critic: nn.Module) -> nn.Module:
    """Freeze a trained critic (`ttc.py`: requires_grad False); its train/eval mode is untouched."""
    return critic.requires_grad_(False)


def init_from_previous(new: nn.Module, previous: nn.Module) -> nn.Module:
    """Critic i starts from critic i−1's weights (`load_state_dict`); its Adam state is fresh."""
    new.load_state_dict(previous.state_dict())
    return new.requires_grad_(True)


class TTCSampler:
    """TTC's generator: push source samples through frozen (critic, step size) pairs in order.

    x ← x − s_j·∇ₓD_j(x) for j = 0..len−1, each step detached. `push(x, upto=i)` is what critic
    i's training batch needs (the first i critics); `__call__` uses them all. Step sizes are 0-d
    tensors (or floats); `state_dict` holds them — the critics' weights are checkpointed with
    their networks.
    """

    def __init__(
        self,
        pairs: Iterable[tuple[Critic, Tensor | float]] = (),
        num_step: int = TTCDefaults.num_step,
        integrator: Integrator = "euler",
    ) -> None:
        self.critics: list[Critic] = []
        self.steps: list[Tensor | float] = []
        self.num_step, self.integrator = num_step, integrator
        for critic, step in pairs:
            self.append(critic, step)

    def __len__(self) -> int:
        return len(self.critics)

    def __iter__(self) -> Iterator[tuple[Critic, Tensor | float]]:
        return iter(zip(self.critics, self.steps, strict=True))

    def append(self, critic: Critic, step: Tensor | float) -> None:
        """Add a trained critic with its step size; an nn.Module is frozen."""
        if isinstance(critic, nn.Module):
            freeze(critic)
        self.critics.append(critic)
        self.steps.append(step.detach() if isinstance(step, Tensor) else step)

    def push(self, x: Tensor, upto: int | None = None) -> Tensor:
        """x through critics 0..upto−1 (all if None); returns a detached tensor."""
        x = x.detach()
        for critic, step in list(self)[:upto]:
            x = ttc_step(critic, x, step, self.num_step, self.integrator)
        return x

    def __call__(self, x: Tensor) -> Tensor:
        return self.push(x)

    def trajectory(self, x: Tensor) -> list[Tensor]:
        """[x, x after critic 0, …, x after all critics] for plots of the flow."""
        out = [x.detach()]
        for critic, step in self:
            out.append(ttc_step(critic, out[-1], step, self.num_step, self.integrator))
        return out

    def state_dict(self) -> dict[str, Any]:
        return {"steps": list(self.steps), "num_step": self.num_step, "integrator": self.integrator}

    def load_steps(self, state: dict[str, Any], critics: Iterable[Critic]) -> None:
        """Rebuild from a `state_dict` and the restored critics (same order)."""
        self.critics, self.steps = [], []
        self.num_step, self.integrator = state["num_step"], state["integrator"]
        for critic, step in zip(critics, state["steps"], strict=True):
            self.append(critic, step)
