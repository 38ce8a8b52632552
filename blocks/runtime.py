"""What ``build`` returns, per kind: the small objects the compiled loop calls.

Everything that changes during training keeps its state in tensors (on the run's device) and
exposes ``state_dict``/``load_state_dict``, so checkpoints resume exactly and no step needs a
host sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import torch
from torch import Tensor, nn

Phase = Literal["D", "G"]


class Stateful:
    """Default (empty) checkpoint state."""

    def state_dict(self) -> dict[str, Any]:
        return {}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        del state


class DataSource(Stateful):
    """Real samples. ``next(n)`` returns a ``[n, *shape]`` float batch on the run's device."""

    shape: tuple[int, ...]
    value_range: tuple[float, float] = (-1.0, 1.0)
    #: mode centres of a toy mixture ([K, D]) and their std, for the toy metrics
    modes: Tensor | None = None
    mode_std: float = 0.0

    def next(self, n: int) -> Tensor:
        raise NotImplementedError


class LatentSampler(Stateful):
    """Draws generator inputs ``[n, dim]`` on a device."""

    dim: int

    def sample(self, n: int, device: torch.device) -> Tensor:
        raise NotImplementedError


class Control(Stateful):
    """A live value a scheduler drives and another block reads (a 0-d tensor in [0, 1])."""

    def __init__(self, device: torch.device, initial: float = 0.0):
        self.value = torch.tensor(initial, device=device)

    def state_dict(self) -> dict[str, Any]:
        return {"value": self.value.detach().clone()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.value.copy_(state["value"])


class Augmenter(nn.Module):
    """Differentiable transform applied with independent draws to real AND fake batches.

    ``forward`` returns the transformed batch and, for diffusion, the per-sample timestep.
    """

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:  # pragma: no cover - abstract
        raise NotImplementedError

    def stats(self) -> dict[str, Tensor]:
        """Values worth logging (device tensors, read at log time only)."""
        return {}


class AdversarialLoss:
    """A GAN loss in logit form: ``r = D(x)``, ``f = D(G(z))``, both raw, shape ``[B]``."""

    #: relativistic losses read D(real) in the G step too
    g_needs_real: bool = False

    def d_loss(self, r: Tensor, f: Tensor) -> Tensor:
        raise NotImplementedError

    def g_loss(self, f: Tensor, r: Tensor | None) -> Tensor:
        raise NotImplementedError


@dataclass
class PhaseBatch:
    """What a regularizer term sees in its phase.

    ``critic(x)`` runs the augmenters and D on ``x`` (the same path the loss uses), so penalties
    such as R1 differentiate through the augmentation as the papers do.
    """

    real: Tensor
    fake: Tensor
    z: Tensor
    critic: Callable[[Tensor], Tensor]
    D: nn.Module
    G: nn.Module
    step: Tensor  # 0-d long tensor on device (no host sync to read the step in a term)
    logits_real: Tensor | None = None
    logits_fake: Tensor | None = None
    extras: dict[str, Tensor] = field(default_factory=dict)


class Regularizer(Stateful):
    """A loss term, a parametrization of a network, or an in-place edit after the step.

    - ``phase``: the step it belongs to (``"D"`` or ``"G"``).
    - ``interval``: lazy regularization (StyleGAN2): computed every ``interval`` steps, scaled by
      ``interval``, in its own phase (``Dreg``/``Greg``) with the optimizer correction.
    - ``attach(net)`` runs once at build time (spectral norm registers its parametrization here).
    - ``term(batch)`` returns a 0-d loss (already weighted) or ``None`` for no loss term.
    - ``after_step(net)`` runs after the phase's optimizer step (weight clipping).
    """

    phase: Phase = "D"
    interval: int = 1
    has_term: bool = True

    def attach(self, net: nn.Module) -> None:
        del net

    def term(self, batch: PhaseBatch) -> Tensor | None:
        return None

    def after_step(self, net: nn.Module) -> None:
        del net


@dataclass
class LoopStats:
    """Device-side statistics the loop accumulates for schedulers; read without syncing."""

    d_real_sign_sum: Tensor
    d_real_count: Tensor

    @classmethod
    def zeros(cls, device: torch.device) -> LoopStats:
        return cls(torch.zeros((), device=device), torch.zeros((), device=device))


class Scheduler(Stateful):
    """Changes values between steps. ``step_end`` is called after every iteration."""

    def step_end(self, step: int, stats: LoopStats) -> None:
        del step, stats

    def values(self) -> dict[str, Tensor | float]:
        """Scheduled values to log (device tensors are read at log time)."""
        return {}


@dataclass
class LoopPlan:
    """The alternating loop: ``n_dis`` D steps then ``n_gen`` G steps per iteration.

    ``warm_steps`` D steps are used instead of ``n_dis`` for the first ``warm_until`` iterations
    and every ``warm_every``-th one (the WGAN critic warm-up of Arjovsky et al.).
    """

    n_dis: int = 1
    n_gen: int = 1
    warm_steps: int = 0
    warm_until: int = 0
    warm_every: int = 0

    def d_steps(self, step: int) -> int:
        if self.warm_steps and (
            step < self.warm_until or (self.warm_every and step % self.warm_every == 0)
        ):
            return self.warm_steps
        return self.n_dis


class LoopDriver(Protocol):
    """What a loop-owning scheduler may call: run one named phase, read the plan and stats."""

    stats: LoopStats

    def run_phase(self, name: str, step: int) -> None: ...


class LoopOwner(Stateful):
    """A scheduler that owns the iteration structure instead of the alternating loop.

    xICFG (stages of critic updates and snapshots, then a generator refit), TTC (a sequence of
    critics, no trainable G) and GA-NTK (G-only) replace "n_dis D steps, then G" with their own
    order; they build a ``LoopOwner`` whose ``iteration`` calls ``driver.run_phase("Dmain")`` etc.
    """

    def iteration(self, step: int, driver: LoopDriver) -> None:
        raise NotImplementedError


class Metric:
    """Evaluated every ``every`` steps (0: run's ``eval_every``) and at the end of the run."""

    every: int = 0

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        raise NotImplementedError

    def protocol(self) -> dict[str, Any]:
        """How the numbers were made (sample counts, thresholds, extractor) for MLflow."""
        return {}
