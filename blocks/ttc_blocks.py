"""Trust the Critics as blocks (contract v2): a fixed source, the critic-sequence loop, its sampler.

The math is in ``blocks.ttc`` (phase A, tested in tests/blocks/test_ttc.py); this module wires it
into the loop. Milne, Bilocq, Nachman, arXiv 2111.15099; official code tmilne5/Trust-the-Critics
(``ttc.py``, ``TTC_utils/critic_trainer.py``, ``steptaker.py``).

- ``generator.identity``: the source μ₀ as a "generator" without parameters: z ~ N(0, I) with
  dim = prod(data shape), reshaped to the data shape. ``trainable()`` is False, so the graph has
  no optimizer for it and the compiled loop no G phase.
- ``scheduler.ttc``: owns the iteration. **One iteration is one critic update**, so
  ``run.steps = num_crit × critters``. The graph's D is the template and the critic being
  trained; every ``critters`` iterations a frozen copy joins the sampler with the step
  s_i = θ·mean(Ŵ over the last ``w1_window`` iterations), D's Adam state is reset (the next
  critic starts from these weights with a fresh optimizer) and the window starts anew.

Sign convention. TTC's critic is low on the data (L = E D(y) − E D(x) + λ·GP, x ← x − s∇D). The
graph's ``loss.wasserstein`` trains D *high* on the data (L = E D(x) − E D(y) + λ·GP), i.e. our
D is −D_TTC: Ŵ = −L is the same number, and the step x ← x − s·∇(−D) = x + s·∇D moves the
source up our D, toward the data. The loop checks that the graph's D loss is the Wasserstein one.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import (
    Block,
    BlockParams,
    BlockProblem,
    BuildContext,
    Shape,
    UnsupportedShape,
    handle,
)
from blocks.generators import G_INPUTS, G_OUTPUTS
from blocks.runtime import (
    Batch,
    CriticOutput,
    LoopDriver,
    LoopOwner,
    SamplingPath,
    Scheduler,
    Term,
)
from blocks.ttc import TTCDefaults, TTCSampler, W1Window
from schemas import PortType, RunConfig

PAPER = (
    "Milne, Bilocq, Nachman, Trust the Critics: Generatorless and Multipurpose WGANs with "
    "Initial Convergence Guarantees, arXiv 2111.15099"
)


# ---------------------------------------------------------------------------------------------
# the fixed source
# ---------------------------------------------------------------------------------------------


class IdentitySource(nn.Module):
    """z ``[B, prod(shape)]`` → z reshaped to ``[B, *shape]``; no parameters."""

    def __init__(self, shape: Shape):
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, z: Tensor) -> Tensor:
        return z.reshape(z.shape[0], *self.shape)


class IdentityGenerator(Block):
    """Fixed identity source: the latent itself, shaped like the data (TTC's μ₀ = N(0, I)).

    A "generator" that trains nothing (``trainable()`` is False: wire no optimizer to it). Its
    latent's dim must be the number of data values (2 on the toy grids, 784 for 28×28 images);
    ``latent.normal`` gives TTC's noise source. Use it with ``scheduler.ttc``.
    """

    type = "generator.identity"
    title = "Identity source (fixed)"
    paper = PAPER
    inputs = G_INPUTS
    outputs = G_OUTPUTS

    def trainable(self) -> bool:
        return False

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {"fake": data_shape} if data_shape else {}

    def build(self, ctx: BuildContext) -> nn.Module:
        n = math.prod(ctx.data_shape)
        if ctx.z_dim != n:
            raise UnsupportedShape(
                f"the identity source passes the latent through: its dim must be the data's "
                f"{n} values (data {list(ctx.data_shape)}), not {ctx.z_dim}"
            )
        return IdentitySource(ctx.data_shape)


# ---------------------------------------------------------------------------------------------
# the critic-sequence loop
# ---------------------------------------------------------------------------------------------

Integrator = Literal["euler", "rk4"]


class TTCParams(BlockParams):
    theta: float = Field(
        TTCDefaults.theta, gt=0, le=2, description="Step s_i = θ·Ŵ_i (ttc.py 0.5; MNIST 0.9)."
    )
    num_crit: int = Field(
        TTCDefaults.num_crit, ge=1, le=1000, description="Critics trained in sequence (scripts 20)."
    )
    critters: int = Field(
        TTCDefaults.critters,
        ge=1,
        le=10_000_000,
        description="Updates per critic (ttc.py 5; scripts 5000); run.steps = num_crit × this.",
    )
    w1_window: int = Field(
        TTCDefaults.w1_window, ge=1, le=100_000, description="Ŵ_i: mean −L of the last N updates."
    )
    num_step: int = Field(
        TTCDefaults.num_step, ge=1, le=100, description="Gradient steps per critic (TTC: 1)."
    )
    integrator: Integrator = Field(
        "euler", description="euler: x + s∇D (TTC); rk4: the flow over time s (unused by TTC)."
    )


class TTCCritic(nn.Module):
    """TTC's critic from a graph critic that is high on the data: x ↦ −D(x).

    ``blocks.ttc`` descends its critics (x ← x − s·∇D_TTC), so wrapping ours in a sign gives
    x ← x + s·∇D: the source moves up D, toward the data.
    """

    def __init__(self, critic: nn.Module):
        super().__init__()
        self.critic = critic

    def forward(self, x: Tensor) -> Tensor:
        return -CriticOutput.of(self.critic(x)).logits


class TTCPath(SamplingPath):
    """z → the source sample pushed through every frozen critic (works under ``no_grad``)."""

    def __init__(self, generator: nn.Module, loop: TTCLoop):
        super().__init__(generator)
        self.loop = loop

    def forward(self, z: Tensor) -> Tensor:
        with torch.no_grad():
            x = self.generator(z)
        return self.loop.sampler.push(x)  # ∇ₓD under enable_grad inside (critic_gradient)


def frozen_copy(critic: nn.Module) -> nn.Module:
    """A copy of D in eval mode (spectral norm's power iteration stops: pushes are repeatable)."""
    return copy.deepcopy(critic).eval()


def is_wasserstein(d_loss: Any) -> bool:
    """Whether a D-loss term is E D(fake) − E D(real), probed on fixed logits (no private peek)."""
    real = torch.tensor([[2.0], [3.0]])
    fake = torch.tensor([[-1.0], [0.5]])
    try:
        got = d_loss(Batch.fixed(real=real, fake=fake, critic=lambda x: x[:, 0]))
        return bool(abs(float(got) - (-0.25 - 2.5)) < 1e-6)
    except Exception:  # a loss that reads more than the logits is not the Wasserstein loss
        return False


class TTCLoop(LoopOwner, Scheduler):
    """num_crit critics, ``critters`` updates each; the sampler holds the frozen ones."""

    def __init__(self, p: TTCParams, source: nn.Module, D: nn.Module, device: torch.device):
        self.p, self.G, self.D, self.device = p, source, D, device
        self.sampler = TTCSampler(num_step=p.num_step, integrator=p.integrator)
        self.window = W1Window(p.w1_window)
        self.path = TTCPath(source, self)
        self.inner = 0  # updates of the critic being trained
        self.last_step = torch.zeros((), device=device)
        self._total: Tensor | None = None
        self._ready = False

    @property
    def critic(self) -> int:
        """Index of the critic being trained = number of frozen critics."""
        return len(self.sampler)

    @property
    def done(self) -> bool:
        return self.critic >= self.p.num_crit

    # -- phases, built once ----------------------------------------------------------------
    def _setup(self, driver: LoopDriver) -> None:
        if self._ready:
            return
        dmain = driver.phases.get("Dmain")
        if dmain is None:
            raise RuntimeError("scheduler.ttc trains the critic: wire an optimizer to D")
        u = dmain.updates[0]
        if not is_wasserstein(u.terms[0][1]):  # make_phases puts the adversarial term first
            raise RuntimeError(
                "scheduler.ttc steps x ← x + s·∇D and estimates W1 as −L: the graph's loss must "
                "be loss.wasserstein (D high on the data)"
            )
        self.d_id = next(nid for nid, net in driver.nets.items() if net is self.D)
        terms: list[Term] = [(n, self._captured(fn, s), s) for n, fn, s in u.terms]
        self.phase = dataclasses.replace(
            dmain, updates=[dataclasses.replace(u, terms=terms)], generate=self._generate
        )
        # lazy D terms (a GP with interval > 1) see the same pushed fakes; they are not in Ŵ
        self.d_lazy = [
            dataclasses.replace(p, generate=self._generate)
            for p in driver.phases.values()
            if p.side == "D" and not p.adversarial
        ]
        self._ready = True

    def _captured(self, fn: Any, scale: float) -> Any:
        """The term, its scaled value also summed into L_i for the W1 estimate."""

        def term(batch: Batch) -> Tensor | None:
            value = fn(batch)
            if value is not None:
                v = value.detach() * scale
                self._total = v if self._total is None else self._total + v
            return value

        return term

    def _generate(self, batch: Batch) -> Tensor:
        """Source samples pushed through critics 0..i−1 (critic i's training fakes)."""
        with torch.no_grad():
            x = batch.G(batch.z)
        return self.sampler.push(x, upto=self.critic)

    # -- one critic update -----------------------------------------------------------------
    def iteration(self, step: int, driver: LoopDriver) -> None:
        self._setup(driver)
        if self.done:  # run.steps > num_crit × critters: nothing left to train
            return
        self._total = None
        driver.run(self.phase, step)
        for phase in self.d_lazy:
            if phase.due(step):  # one D update per iteration: the D step count
                driver.run(phase, step)
        assert self._total is not None
        w1 = -self._total  # Ŵ = −L_i, GP included (critic_trainer records −D_cost)
        self.window.push(w1)
        driver.stats.report("ttc/w1", w1)
        self.inner += 1
        if self.inner == self.p.critters:
            self._freeze(driver)

    def _freeze(self, driver: LoopDriver) -> None:
        """Critic i joins the sampler with s_i = θ·Ŵ_i; critic i+1 starts from its weights."""
        step = self.window.step_size(self.p.theta)
        self.sampler.append(TTCCritic(frozen_copy(self.D)), step)
        self.last_step = step.detach()
        driver.stats.report("ttc/step_size", step)
        self.window.reset()
        self.inner = 0
        driver.reset_optimizer(self.d_id)  # a fresh Adam per critic (ttc.py)

    def values(self) -> dict[str, Tensor | float]:
        return {"critics": float(self.critic), "last_step_size": self.last_step}

    # -- checkpoint ------------------------------------------------------------------------
    def state_dict(self) -> dict[str, Any]:
        window = self.window.state_dict()
        buf = window["buf"]
        return {
            "inner": self.inner,
            "window": {**window, "buf": None if buf is None else buf.clone()},
            "sampler": self.sampler.state_dict(),
            "critics": [
                {k: v.clone() for k, v in c.critic.state_dict().items()}
                for c in self.sampler.critics
                if isinstance(c, TTCCritic)
            ],
            "last_step": self.last_step.clone(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.inner = int(state["inner"])
        window = dict(state["window"])
        if window["buf"] is not None:
            window["buf"] = window["buf"].to(self.device).clone()
        self.window.load_state_dict(window)
        critics = []
        for sd in state["critics"]:
            c = frozen_copy(self.D)
            c.load_state_dict(sd)
            critics.append(TTCCritic(c))
        steps = state["sampler"]
        steps = {
            **steps,
            "steps": [s.to(self.device) if isinstance(s, Tensor) else s for s in steps["steps"]],
        }
        self.sampler.load_steps(steps, critics)
        self.last_step = state["last_step"].to(self.device).clone()


class TTCBlock(Block):
    """Trust the Critics: a sequence of WGAN critics moves the source, no generator (Milne 2021).

    Owns the iteration; **one iteration is one critic update**, so ``run.steps`` should be
    num_crit × critters (the toy run: 20 × 2000; iterations past that do nothing). Critic i
    trains on reals and source samples pushed through critics 0..i−1 (x ← x + s_j·∇D_j(x), each
    step detached), with the graph's D loss and regularizers: ``loss.wasserstein`` plus
    ``regularizer.gradient_penalty`` with ``one_sided`` and weight λ = 1000 give TTC's
    L_i = E D(x) − E D(y) + λ·E max(‖∇D(x̂)‖ − 1, 0)² (in our sign: D high on the data). After
    ``critters`` updates a frozen copy joins the sampler with s_i = θ·Ŵ_i, Ŵ_i the mean of −L_i
    over the last ``w1_window`` updates; D keeps its weights and gets a fresh optimizer state
    (authors: Adam 1e-4, β (0.5, 0.999)). Wire the fixed source (``generator.identity``) to
    ``source``, ``D.critic`` to ``critic`` and ``samples`` to the metrics. Logs ``ttc/w1`` every
    update and ``ttc/step_size`` per critic; checkpoints hold the frozen critics.
    """

    type = "scheduler.ttc"
    title = "TTC critic sequence"
    paper = PAPER
    Params = TTCParams
    loop_role = "owner"
    sampling_priority = 2
    inputs = (
        handle("source", PortType.GENERATOR, "The fixed source μ₀ (generator.identity)."),
        handle("critic", PortType.CRITIC, "The critic D: the template of every critic."),
    )
    outputs = (
        handle(
            "samples",
            PortType.GENERATOR,
            "TTC's generator: the source pushed through the frozen critics (metrics, grids).",
            required=False,
        ),
    )
    params: TTCParams

    def check_run(self, run: RunConfig) -> list[BlockProblem]:
        total = self.params.num_crit * self.params.critters
        if run.steps > total:
            return [
                BlockProblem(
                    "critters",
                    "bad_param",
                    f"run.steps = {run.steps} but num_crit × critters = {total}: one iteration "
                    f"is one critic update, the ones after the last critic would do nothing; "
                    f"set run.steps to {total} or train more critics",
                )
            ]
        return []

    def build(self, ctx: BuildContext) -> TTCLoop:
        return TTCLoop(self.params, ctx.one("source"), ctx.one("critic"), ctx.device)

    @staticmethod
    def output_value(built: TTCLoop, port: str) -> Any:
        return built.path


TTC_BLOCKS: list[type[Block]] = [IdentityGenerator, TTCBlock]
