"""What ``build`` returns, per kind: the small objects the compiled loop calls (contract v2).

Everything that changes during training keeps its state in tensors (on the run's device) and
exposes ``state_dict``/``load_state_dict``, so checkpoints resume exactly and no step needs a
host sync. The pieces:

- ``Batch``: what the terms of one phase see — real and fake samples, labels, latents and critic
  outputs, each computed once on first use (a loss and a regularizer share one D forward).
- ``CriticOutput``: D's logits plus named extras (features, a latent head).
- ``Stats``: named device-side statistics; each reader keeps its own window (``Collector``).
- ``Phase``/``Update``: one optimizer step as data; one generic body runs every phase.
- ``LoopPlan``/``LoopOwner``/``LoopDriver``: who decides which phases run in an iteration.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import torch
from torch import Tensor, nn

from blocks.stats import Collector, Stats

__all__ = ["Collector", "Stats"]

#: which network a phase trains, as losses and transforms see it
Side = Literal["D", "G"]
#: which input of the critic a sample batch is
Origin = Literal["real", "fake"]


class Stateful:
    """Default (empty) checkpoint state."""

    def state_dict(self) -> dict[str, Any]:
        return {}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        del state


class DataSource(Stateful):
    """Real samples. ``next(n)`` returns a ``[n, *shape]`` float batch on the run's device.

    A labelled source (``n_classes > 0``) keeps the labels of its last batch in ``last_labels``
    (int64 ``[n]``), so ``next`` keeps one signature for labelled and unlabelled data.
    """

    shape: tuple[int, ...]
    value_range: tuple[float, float] = (-1.0, 1.0)
    #: mode centres of a toy mixture ([K, D]) and their std, for the toy metrics
    modes: Tensor | None = None
    mode_std: float = 0.0
    #: number of classes of a labelled source (0: unlabelled)
    n_classes: int = 0
    last_labels: Tensor | None = None

    def next(self, n: int) -> Tensor:
        raise NotImplementedError

    def shard(self, rank: int, world: int) -> None:
        """Data-parallel training: from now on ``next(n)`` is rank ``rank``'s part of ``world``.

        The default does nothing: a source that draws from the global RNG (a toy mixture) gets
        a stream of its own on every rank, whose RNG the runner seeds by rank. A source with its
        own generator (a dataset's permutation) gives each rank a disjoint part instead.
        """
        del rank, world

    def sample_without_replacement(self, n: int, generator: torch.Generator) -> Tensor:
        """Real samples for evaluation: ``[m, *shape]`` on the run's device, never the stream.

        Drawn with ``generator`` (a seeded CPU ``torch.Generator``) alone: the training stream
        (``next``, its position, ``last_labels``) and the global RNGs are left untouched, so a
        given seed picks the same samples wherever training stands (before or after a resume).
        A dataset returns ``m = min(n, its size)`` distinct samples (all of it, shuffled, when
        ``n`` is larger: the caller reports the cap); a distribution sampled on the fly (a toy
        mixture) returns ``n`` fresh points.
        """
        raise NotImplementedError(f"{type(self).__name__} has no samples to evaluate against")


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


@dataclass
class CriticOutput:
    """One D forward: raw logits ``[B]`` and named extras (``features``, ``latent``, …)."""

    logits: Tensor
    extras: dict[str, Tensor] = field(default_factory=dict)

    @staticmethod
    def of(out: Tensor | CriticOutput) -> CriticOutput:
        """Networks may return plain logits; everything downstream sees a ``CriticOutput``."""
        return out if isinstance(out, CriticOutput) else CriticOutput(out)


class Augmenter(nn.Module):
    """A differentiable transform of D's inputs (contract v2: it knows the phase).

    ``forward(x)`` returns the transformed batch and, for diffusion, the per-sample timestep.
    A transform that needs more (the critic, the other side, the step) overrides ``transform``.

    - ``sides``: the phase sides it acts in (DAT: the D step only).
    - ``in_penalties``: whether a regularizer's critic call (R1, GP) passes through it; the
      papers differentiate R1 through the augmentation (StyleGAN2-ADA), so the default is yes.
    """

    sides: frozenset[str] = frozenset({"D", "G"})
    in_penalties: bool = True

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:  # pragma: no cover - abstract
        raise NotImplementedError

    def transform(self, x: Tensor, origin: Origin, batch: Batch) -> tuple[Tensor, Tensor | None]:
        """The transform as the loop calls it; ``origin`` says which side of D ``x`` feeds."""
        del origin, batch
        return self(x)

    def stats(self) -> dict[str, Tensor]:
        """Values worth logging (device tensors, read at log time only)."""
        return {}


class Critic(Protocol):
    """The critic path of a program: the augmenters, then D (with t and labels when wired)."""

    def __call__(
        self, x: Tensor, origin: Origin, batch: Batch, *, y: Tensor | None = None, reg: bool = False
    ) -> CriticOutput: ...


class Batch:
    """What the terms of one phase see; each value is computed once, on first use.

    ``real``/``fake`` are D's inputs before the augmenters; ``out_real``/``out_fake`` the critic
    outputs through the augmenters (one forward each, shared by the loss and every regularizer).
    In a phase that trains G, ``fake`` carries G's graph; otherwise it is made without gradients.
    """

    def __init__(
        self,
        *,
        side: Side,
        phase: str,
        step: Tensor,
        size: int,
        device: torch.device,
        G: nn.Module,
        D: nn.Module,
        data: DataSource,
        latent: LatentSampler,
        critic_path: Critic,
        generate: Callable[[Batch], Tensor],
        train_G: bool,
        real: Tensor | None = None,
        real_labels: Tensor | None = None,
        n_classes: int = 0,
        autocast: Callable[[], Any] | None = None,
    ):
        self.side, self.phase, self.step, self.size, self.device = side, phase, step, size, device
        self.G, self.D, self.data, self.latent = G, D, data, latent
        self.train_G, self.n_classes = train_G, n_classes
        self._critic_path, self._generate = critic_path, generate
        self._autocast = autocast
        self._cache: dict[str, Any] = {}
        if real is not None:
            self._cache["real"] = real
            self._cache["real_labels"] = real_labels

    # -- samples ------------------------------------------------------------------------------
    def _get(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()`` once per phase under a block's own key (e.g. DAT perturbs both sides in one
        pass and hands each side its half)."""
        return self._get(f"memo:{key}", make)

    def _draw_real(self) -> Tensor:
        x = self.data.next(self.size)
        self._cache["real_labels"] = self.data.last_labels if self.n_classes else None
        return x

    @property
    def real(self) -> Tensor:
        return self._get("real", self._draw_real)

    @property
    def real_labels(self) -> Tensor | None:
        self.real  # noqa: B018 - drawing the batch sets its labels
        return self._cache.get("real_labels")

    @property
    def z(self) -> Tensor:
        return self._get("z", lambda: self.latent.sample(self.size, self.device))

    @property
    def fake_labels(self) -> Tensor | None:
        """Labels the generator is asked for: uniform over the classes (conditional graphs)."""
        if not self.n_classes:
            return None
        return self._get(
            "fake_labels",
            lambda: torch.randint(0, self.n_classes, (self.size,), device=self.device),
        )

    @property
    def fake(self) -> Tensor:
        return self._get("fake", lambda: self._generate(self))

    def generate_at(self, z: Tensor) -> Tensor:
        """G on other latents, with this batch's labels and gradient mode (zCR's G(z + r·ε))."""
        other = copy.copy(self)
        other._cache = {"z": z}
        if self.n_classes:
            other._cache["fake_labels"] = self.fake_labels
        return self._generate(other)

    def set_fake(self, x: Tensor) -> None:
        """Replace the fake batch (a loop owner's refined samples, a transported batch)."""
        self._cache["fake"] = x
        self._cache.pop("out_fake", None)

    # -- critic -------------------------------------------------------------------------------
    def critic_output(
        self, x: Tensor, origin: Origin = "fake", y: Tensor | None = None
    ) -> CriticOutput:
        """D on ``x`` through the augmenters, as a regularizer calls it (R1, GP, consistency)."""
        return self._critic_path(x, origin, self, y=y, reg=True)

    def critic(self, x: Tensor, origin: Origin = "fake", y: Tensor | None = None) -> Tensor:
        """Logits ``[B]`` of ``critic_output`` (the v1 signature penalties use)."""
        return self.critic_output(x, origin, y).logits

    def _main_output(self, origin: Origin) -> CriticOutput:
        x, y = (self.real, self.real_labels) if origin == "real" else (self.fake, self.fake_labels)
        ctx = self._autocast() if self._autocast else None
        if ctx is None:
            return self._critic_path(x, origin, self, y=y)
        with ctx:
            out = self._critic_path(x, origin, self, y=y)
        return CriticOutput(out.logits.float(), {k: v.float() for k, v in out.extras.items()})

    @property
    def out_real(self) -> CriticOutput:
        return self._get("out_real", lambda: self._main_output("real"))

    @property
    def out_fake(self) -> CriticOutput:
        return self._get("out_fake", lambda: self._main_output("fake"))

    @property
    def logits_real(self) -> Tensor:
        return self.out_real.logits

    @property
    def logits_fake(self) -> Tensor:
        return self.out_fake.logits

    def computed(self, key: str) -> bool:
        """Whether ``key`` (``out_real``, ``fake``, …) has been computed in this phase."""
        return key in self._cache

    @classmethod
    def fixed(
        cls,
        *,
        real: Tensor,
        fake: Tensor,
        critic: Callable[[Tensor], Tensor | CriticOutput],
        step: int = 0,
        side: Side = "D",
        z: Tensor | None = None,
        G: nn.Module | None = None,
        D: nn.Module | None = None,
    ) -> Batch:
        """A batch of given tensors around a plain critic ``x → logits`` (tests, tools)."""

        def path(
            x: Tensor, origin: Origin, batch: Batch, *, y: Tensor | None = None, reg: bool = False
        ) -> CriticOutput:
            return CriticOutput.of(critic(x))

        batch = cls(
            side=side,
            phase=f"{side}main",
            step=torch.as_tensor(step),
            size=real.shape[0],
            device=real.device,
            G=G if G is not None else nn.Identity(),
            D=D if D is not None else nn.Identity(),
            data=DataSource(),
            latent=LatentSampler(),
            critic_path=path,
            # the batch's fake is the given one; other latents (``generate_at``) go through G
            generate=(lambda b: b.G(b.z)) if G is not None else (lambda b: fake),
            train_G=side == "G",
            real=real,
        )
        batch._cache["fake"] = fake
        if z is not None:
            batch._cache["z"] = z
        return batch


class AdversarialLoss:
    """A GAN loss over a phase's ``Batch``: ``d_loss`` in D phases, ``g_loss`` in G phases.

    The classic losses are functions of the logits (``r = D(x)``, ``f = D(G(z))``, raw ``[B]``);
    losses on features (MMD), on the batch as a whole (GA-NTK) or on a latent head (CLR) read
    what they need from the batch. A loss computes nothing it does not read.
    """

    def d_loss(self, batch: Batch) -> Tensor:
        raise NotImplementedError

    def g_loss(self, batch: Batch) -> Tensor:
        raise NotImplementedError


class Regularizer(Stateful):
    """A loss term, a parametrization of a network, or an edit around the optimizer step.

    - ``phase``: the side it belongs to (``"D"`` or ``"G"``; set from the network it is wired to),
      or ``"both"``: its term runs in the D and the G phases and reads ``batch.side`` (AC-GAN's
      classifier, GraN). Before/after-step hooks run in the phases of the network it is on.
    - ``interval``: lazy regularization (StyleGAN2): computed every ``interval`` steps, scaled by
      ``interval``, in its own phase (``Dreg``/``Greg``) with the optimizer correction.
    - ``attach(net)`` runs once at build time (spectral norm registers its parametrization here).
    - ``term(batch)`` returns a 0-d loss (already weighted) or ``None`` for no loss term.
    - ``before_step(net)`` runs after backward, before the step (gradient transforms).
    - ``after_step(net)`` runs after the phase's optimizer step (weight clipping, projections).
    """

    phase: Side | Literal["both"] = "D"
    interval: int = 1
    has_term: bool = True

    def attach(self, net: nn.Module) -> None:
        del net

    def term(self, batch: Batch) -> Tensor | None:
        del batch
        return None

    def before_step(self, net: nn.Module) -> None:
        del net

    def after_step(self, net: nn.Module) -> None:
        del net


class Scheduler(Stateful):
    """Changes values between steps. ``step_end`` is called after every iteration."""

    def step_end(self, step: int, loop: LoopDriver) -> None:
        del step, loop

    def values(self) -> dict[str, Tensor | float]:
        """Scheduled values to log (device tensors are read at log time)."""
        return {}


# -- phases as data ---------------------------------------------------------------------------
Term = tuple[str, Callable[[Batch], Tensor | None], float]
"""(name for logging, term function, scale): a lazy term's scale is its interval."""


@dataclass
class Update:
    """One optimizer step inside a phase: the networks it trains, their optimizer, its terms.

    ``net`` is the node id of the network (its gradient norm is logged under that name).
    """

    net: str
    module: nn.Module
    optimizer: torch.optim.Optimizer
    terms: list[Term]
    before_step: list[Callable[[], None]] = field(default_factory=list)
    after_step: list[Callable[[], None]] = field(default_factory=list)
    #: the phase name its losses are logged under (a simultaneous phase logs Dmain and Gmain)
    label: str = ""


@dataclass
class Phase:
    """One step of the loop as data (StyleGAN2-ADA's ``Dmain``/``Dreg``/``Gmain``/``Greg``).

    - ``side``: which network the phase is about (augmenters and losses read it).
    - ``updates``: usually one; two make a simultaneous D/G update from one batch (PacGAN):
      both gradients are taken on the same forward, before either network steps.
    - ``interval``: a lazy phase runs after every ``interval``-th optimizer step of its network's
      main phase (StyleGAN2 counts D minibatches; ``due(n)`` with n that count).
    - ``repeats``: runs per iteration (the alternating loop's n_dis/n_gen), a function of the step.
    - ``reuse_real``: read the last real batch instead of drawing one (lazy reg phases).
    - ``adversarial``: the phase contains the adversarial loss (logs D(x), D(G(z))).
    - ``generate``: how the fake batch is made (default G(z[, y])); a loop owner may refine it.
    """

    name: str
    side: Side
    updates: list[Update]
    interval: int = 1
    repeats: Callable[[int], int] = field(default=lambda step: 1)
    reuse_real: bool = False
    adversarial: bool = True
    generate: Callable[[Batch], Tensor] | None = None

    def due(self, step: int) -> bool:
        return step % self.interval == 0

    @property
    def trains(self) -> set[str]:
        return {u.net for u in self.updates}


@dataclass
class LoopPlan:
    """The alternating loop: ``n_dis`` D steps then ``n_gen`` G steps per iteration.

    ``warm_steps`` D steps are used instead of ``n_dis`` for the first ``warm_until`` iterations
    and every ``warm_every``-th one (the WGAN critic warm-up of Arjovsky et al.).
    ``simultaneous``: D and G update from one batch and one forward (PacGAN's TF loop).
    """

    n_dis: int = 1
    n_gen: int = 1
    warm_steps: int = 0
    warm_until: int = 0
    warm_every: int = 0
    simultaneous: bool = False

    def d_steps(self, step: int) -> int:
        if self.warm_steps and (
            step < self.warm_until or (self.warm_every and step % self.warm_every == 0)
        ):
            return self.warm_steps
        return self.n_dis


class LoopDriver(Protocol):
    """What a loop owner and a scheduler may use: the phases, the stats, the batch size.

    ``run(phase)`` goes through the generic phase body (logging, NaN checks, gradient toggles),
    so a loop owner keeps everything the alternating loop has.
    """

    stats: Stats
    batch_size: int
    phases: dict[str, Phase]
    #: network node id → module, and → its optimizer (a loop owner's own phases use them)
    nets: dict[str, nn.Module]
    optimizers: dict[str, torch.optim.Optimizer]
    #: the graph's latent sampler and the run's device (latents drawn outside a phase batch)
    latent: LatentSampler
    device: torch.device

    def run(self, phase: Phase | str, step: int) -> Batch | None: ...

    def reset_optimizer(self, net: str) -> None: ...


class LoopOwner(Stateful):
    """A scheduler that owns the iteration structure instead of the alternating loop.

    xICFG (stages of critic updates and snapshots, then a generator refit), TTC (a sequence of
    critics, no trainable G) and GEBM (5:1 with warm bursts) replace "n_dis D steps, then G"
    with their own order; ``iteration`` calls ``driver.run(...)`` with the compiled phases or
    phases of its own (``Phase`` objects it builds once).
    """

    def iteration(self, step: int, driver: LoopDriver) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class MetricWarning:
    """A diagnostic crossed its threshold: a short ``name`` (``collapse``) and what to do.

    The runner logs it as the MLflow tag ``warning.<metric node>.<name>`` and as a ``warning``
    event the canvas shows on the run view; nothing stops the run.
    """

    name: str
    message: str


class MetricResult(dict[str, float]):
    """The values of one evaluation plus the warnings it raised (a plain dict to every reader)."""

    def __init__(
        self, values: dict[str, float] | None = None, warnings: list[MetricWarning] | None = None
    ):
        super().__init__(values or {})
        self.warnings: list[MetricWarning] = list(warnings or [])


def warnings_of(result: dict[str, float]) -> list[MetricWarning]:
    """The warnings a ``Metric.compute`` result carries (none for a plain dict)."""
    return list(getattr(result, "warnings", []))


class Metric:
    """Evaluated every ``every`` steps (0: run's ``eval_every``) and at the end of the run.

    ``generator`` is the sampling path wired to the metric: any module ``z → x`` (G, G_ema,
    a truncation or Langevin sampler around them). A diagnostic returns a ``MetricResult``
    whose ``warnings`` say which thresholds it crossed.
    """

    every: int = 0

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        raise NotImplementedError

    def protocol(self) -> dict[str, Any]:
        """How the numbers were made (sample counts, thresholds, extractor) for MLflow."""
        return {}


class SamplingPath(nn.Module):
    """A module ``z → x`` around a trained generator that it does not own.

    Truncation at evaluation only, GEBM's latent Langevin sampling and xICFG's refinement are
    sampling paths. The wrapped networks are held by reference (not registered as submodules),
    so checkpoints hold their weights once; ``train``/``eval`` are passed through.
    """

    generator: nn.Module

    def __init__(self, generator: nn.Module):
        super().__init__()
        object.__setattr__(self, "generator", generator)

    def train(self, mode: bool = True) -> SamplingPath:
        super().train(mode)
        self.generator.train(mode)
        return self
