"""GEBM as blocks (contract v2): energy critic, KALE loss, gradient transform, schedule, sampler.

The math is in ``blocks.gebm`` (phase A, tested in tests/blocks/test_gebm.py); this module wires
it into the loop. Arbel, Zhou, Gretton, Generalized Energy Based Models, ICLR 2021; defaults from
MichaelArbel/GeneralizedEBM @b2fb244 (``configs/training.yaml`` over ``main.py``).

**Sign convention.** The energy critic's logits are **−E(x)** (E truncated from below at −10, so
logits ≤ 10): larger means "more like the data", as for every other critic, so the loop's
``D/real`` and ``D/fake`` read the usual way (D/real > D/fake once E has learned) and
−E estimates log p*/p_G + A at the KALE optimum (exp(−(E + A)) = p*/p_G), as a logistic critic's
logit estimates log p*/p_G. The log-partition A is a parameter of the critic (trained by D's
optimizer, as the authors append it to ``d_params``); the critic returns it as the 0-d extra
``log_partition``, which ``loss.kale`` declares it reads, so the validator refuses the KALE loss
on a critic without one.

Pieces and where they run:

- ``discriminator.energy_mlp``: ``EnergyNet`` around the MLP critic body → ``CriticOutput``.
- ``loss.kale``: D phase L_E + λ·penalty (A initialised by Monte Carlo before the first energy
  step), G phase L_G with the batch log-partition Â.
- ``regularizer.gebm_grad_transform``: 2g/(1+g²) on E's gradients and g/(1−g) on A's, after
  backward and before D's optimizer step (a ``before_step`` hook; the G step is untouched).
- ``scheduler.gebm_schedule``: a loop owner; one phase per iteration, energy or generator, by the
  authors' ``which_step`` (100 energy steps first, then 5:1, a burst every 500 G steps).
- ``sampler.latent_langevin``: Langevin dynamics in latent space on ½‖z‖² + β·E(G(z)), then G.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle, samples
from blocks.discriminators import MLPDiscriminator
from blocks.gebm import (
    EnergyNet,
    LatentLangevin,
    batch_log_partition,
    gebm_grad_transform_,
    generator_steps_before,
    kale_energy_loss,
    kale_generator_loss,
    kale_gradient_penalty,
    param_l2_penalty,
    which_step,
)
from blocks.layers import Init, MLPActivation, Width
from blocks.runtime import (
    AdversarialLoss,
    Batch,
    CriticOutput,
    LoopDriver,
    LoopOwner,
    Regularizer,
    SamplingPath,
    Scheduler,
    Stats,
)
from blocks.stats import global_logmeanexp
from schemas import PortType

PAPER = "Arbel, Zhou, Gretton, Generalized Energy Based Models, ICLR 2021"
#: the critic extra that carries A (0-d: one value for the whole batch)
LOG_PARTITION = "log_partition"


# ---------------------------------------------------------------------------------------------
# The energy critic
# ---------------------------------------------------------------------------------------------


class EnergyCritic(EnergyNet):
    """``EnergyNet`` in the D slot: forward → ``CriticOutput(−E(x), {"log_partition": A})``."""

    def energy(self, x: Tensor) -> Tensor:
        """E(x) [B], truncated from below (``EnergyNet.forward``)."""
        return super().forward(x)

    def forward(self, x: Tensor) -> CriticOutput:  # type: ignore[override]
        return CriticOutput(-self.energy(x), {LOG_PARTITION: self.log_partition})


def energy_of(out: CriticOutput) -> Tensor:
    """E(x) from a critic output under the convention logits = −E."""
    return -out.logits


class EnergyMLPParams(BlockParams):
    hidden: list[Width] = Field(
        [128, 128], min_length=1, max_length=16, description="Width of each hidden layer."
    )
    activation: MLPActivation = Field(
        "leaky_relu", description="Hidden activation (leaky: 0.2; maxout: see maxout_pieces)."
    )
    maxout_pieces: int = Field(5, ge=2, le=16, description="Linear pieces per maxout unit.")
    init: Init = Field(
        "default", description="Linear weights: torch's, or N(0, 0.02) with zero biases."
    )
    truncate: bool = Field(
        True, description="Bound E below at trunc_min (authors: on unless --no_trunc)."
    )
    trunc_min: float = Field(-10.0, ge=-1e4, le=0, description="E = ReLU(E_raw − m) + m, m = −10.")


class EnergyMLPBlock(Block):
    """Energy network E(x) with a learnable log-partition A, MLP body (GEBM; Arbel et al. 2021).

    The critic's logits are −E(x) (see ``blocks.gebm_blocks``); A rides along as the critic extra
    ``log_partition`` and is trained by this network's optimizer. Use with ``loss.kale``.
    """

    type = "discriminator.energy_mlp"
    title = "Energy MLP (GEBM)"
    paper = PAPER
    Params = EnergyMLPParams
    inputs = (
        samples("real", "Real samples (after augmenters)."),
        samples("fake", "Generated samples (after the same augmenters)."),
    )
    outputs = (
        handle("critic", PortType.CRITIC, "This energy: logits −E(x), extra log_partition A."),
    )
    params: EnergyMLPParams

    def critic_extras(self) -> frozenset[str]:
        return frozenset({LOG_PARTITION})

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        body = MLPDiscriminator(
            math.prod(ctx.data_shape),
            p.hidden,
            p.activation,
            None,
            2,
            maxout_pieces=p.maxout_pieces,
            init=p.init,
        )
        return EnergyCritic(body, p.trunc_min if p.truncate else None)


# ---------------------------------------------------------------------------------------------
# KALE loss
# ---------------------------------------------------------------------------------------------

Penalty = Literal["gradient", "gradient_l2", "none"]


@torch.no_grad()
def monte_carlo_log_partition(batch: Batch, n_batches: int) -> Tensor:
    """Â = log mean exp(−E(G(z))) over ``n_batches`` batches of fakes (``init_log_partition``).

    G and D are put in eval mode for the estimate and restored (the authors' ``.eval()``).
    """
    modes = (batch.G.training, batch.D.training)
    batch.G.eval()
    batch.D.eval()
    try:
        energies = []
        for _ in range(n_batches):
            z = batch.latent.sample(batch.size, batch.device)
            energies.append(energy_of(batch.critic_output(batch.G(z), "fake")))
        return batch_log_partition(torch.cat(energies))
    finally:
        batch.G.train(modes[0])
        batch.D.train(modes[1])


class KALEParams(BlockParams):
    penalty: Penalty = Field(
        "gradient",
        description="E's penalty: ‖∇E‖² at interpolates (training.yaml), + param L2, or none.",
    )
    penalty_weight: float = Field(
        1.0, ge=0, le=1e4, description="λ of the penalty (training.yaml 1; main.py 0.1)."
    )
    init_log_partition: bool = Field(
        True, description="Set A to a Monte-Carlo estimate before the first energy step."
    )
    init_batches: int = Field(
        100, ge=1, le=10000, description="Batches of fakes for that estimate (authors: 100)."
    )
    g_real_term: bool = Field(
        True,
        description="Include −mean E(x_r) in L_G (constant in G; makes L_G estimate −KALE).",
    )


class KALELoss(AdversarialLoss):
    """L_E = mean(E_r + A) + mean(e^{−(E_f + A)}) − 1 + λP;  L_G = −mean E_r − Â (phase-A math)."""

    def __init__(self, p: KALEParams, stats: Stats | None):
        self.p, self.stats = p, stats
        self.initialized = False

    def _report(self, name: str, value: Tensor) -> None:
        if self.stats is not None:
            self.stats.report(name, value)

    def _penalty(self, batch: Batch, log_partition: Tensor) -> Tensor | None:
        if self.p.penalty == "none" or self.p.penalty_weight == 0:
            return None

        def energy(x: Tensor) -> Tensor:
            return energy_of(batch.critic_output(x, "fake"))

        pen = kale_gradient_penalty(energy, batch.real, batch.fake)
        if self.p.penalty == "gradient_l2":
            pen = pen + param_l2_penalty(
                p for p in batch.D.parameters() if p is not log_partition and p.requires_grad
            )
        self._report("kale/penalty", pen)
        return self.p.penalty_weight * pen

    def d_loss(self, batch: Batch) -> Tensor:
        if self.p.init_log_partition and not self.initialized:
            # over every rank's fakes: A starts the same on all ranks
            a_hat = global_logmeanexp(monte_carlo_log_partition(batch, self.p.init_batches))
            with torch.no_grad():
                batch.out_fake.extras[LOG_PARTITION].copy_(a_hat)
            self.initialized = True
        out_real, out_fake = batch.out_real, batch.out_fake
        log_partition = out_real.extras[LOG_PARTITION]
        loss = kale_energy_loss(energy_of(out_real), energy_of(out_fake), log_partition)
        self._report("kale/estimate", -loss)  # −L_E: the KALE lower bound on this batch
        self._report("kale/log_partition", log_partition)
        pen = self._penalty(batch, log_partition)
        return loss if pen is None else loss + pen

    def g_loss(self, batch: Batch) -> Tensor:
        e_real = energy_of(batch.out_real) if self.p.g_real_term else None
        return kale_generator_loss(energy_of(batch.out_fake), e_real)

    def state_dict(self) -> dict[str, Any]:
        return {"initialized": self.initialized}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.initialized = bool(state["initialized"])


class KALEBlock(Block):
    """KALE loss of GEBM: energy −KALE + penalty, base G by the log-partition (Arbel et al. 2021).

    Energy step: L_E = mean(E(x_r) + A) + mean(exp(−(E(G(z)) + A))) − 1 + λ·P, P = mean‖∇E(x̂)‖²
    at real/fake interpolates (no (‖·‖−1) offset). Generator step: L_G = −mean E(x_r) − Â,
    Â = log mean exp(−E(G(z))) on the batch. Needs ``discriminator.energy_mlp`` (reads A as the
    critic extra ``log_partition``; logits = −E). Logs ``kale/estimate`` (−L_E) and
    ``kale/log_partition``.
    """

    type = "loss.kale"
    title = "KALE (GEBM)"
    paper = PAPER
    Params = KALEParams
    inputs = (handle("critic", PortType.CRITIC, "The energy network (logits −E, extra A)."),)
    needs_extras = (LOG_PARTITION,)
    params: KALEParams

    def build(self, ctx: BuildContext) -> AdversarialLoss:
        return KALELoss(self.params, ctx.stats)


# ---------------------------------------------------------------------------------------------
# Gradient transform (an edit before the energy optimizer's step)
# ---------------------------------------------------------------------------------------------


class GEBMGradTransformReg(Regularizer):
    """Before D's step: g ← 2g/(1+g²) on every parameter, g ← g/(1−g) on A (if the net has A)."""

    has_term = False

    def before_step(self, net: nn.Module) -> None:
        log_partition = getattr(net, LOG_PARTITION, None)
        gebm_grad_transform_(net.parameters(), log_partition)


class GEBMGradTransform(Block):
    """GEBM's gradient transform before the energy's optimizer step (Arbel et al., ICLR 2021).

    Every gradient g of the energy's parameters becomes 2g/(1+g²) ∈ [−1, 1] and the
    log-partition's becomes g/(1−g) (``Trainer.grad_clip``, on by default: grad_clip = 1); a
    tensor whose new gradient is not finite gets zero. Runs in the energy (D) step only.
    """

    type = "regularizer.gebm_grad_transform"
    title = "GEBM gradient transform"
    paper = PAPER
    inputs = (handle("critic", PortType.CRITIC, "The energy network whose gradients to map."),)

    def build(self, ctx: BuildContext) -> Regularizer:
        return GEBMGradTransformReg()


# ---------------------------------------------------------------------------------------------
# Schedule: a loop owner, one phase per iteration
# ---------------------------------------------------------------------------------------------


class GEBMScheduleParams(BlockParams):
    n_iter_d: int = Field(5, ge=0, le=1000, description="Energy steps per generator step (5).")
    n_iter_d_init: int = Field(
        100, ge=0, le=100000, description="Energy steps first, and in each burst (100)."
    )
    burst_every: int = Field(
        500, ge=0, le=10**7, description="A burst after every N-th generator step (0: none)."
    )


class GEBMSchedule(LoopOwner, Scheduler):
    """Runs ``Dmain`` (energy) or ``Gmain`` (base) in iteration ``step`` by ``which_step``.

    Pure in the step: nothing to checkpoint. A lazy D regularizer's ``Dreg`` phase runs in the
    energy iterations where it is due.
    """

    def __init__(self, p: GEBMScheduleParams):
        self.p = p
        self.burst = p.burst_every or None
        self._next = 0

    def phase_at(self, step: int) -> str:
        return which_step(step, self.p.n_iter_d, self.p.n_iter_d_init, self.burst)

    def iteration(self, step: int, driver: LoopDriver) -> None:
        side = "D" if self.phase_at(step) == "energy" else "G"
        for phase in driver.phases.values():
            if phase.side == side and (phase.adversarial or phase.due(step)):
                driver.run(phase, step)

    def step_end(self, step: int, loop: LoopDriver) -> None:
        self._next = step + 1

    def values(self) -> dict[str, Tensor | float]:
        g = generator_steps_before(self._next, self.p.n_iter_d, self.p.n_iter_d_init, self.burst)
        return {"g_steps": float(g)}


class GEBMScheduleBlock(Block):
    """GEBM's energy/base schedule: 100 energy steps, then 5:1 with bursts (Arbel et al. 2021).

    Owns the iteration: each iteration is one energy step (``Dmain``) or one base step
    (``Gmain``), decided by the authors' ``which_step``: a base step when the iteration counter is
    a multiple of n_iter_d + 1 (after the first n_iter_d_init), the modulus n_iter_d_init + 1 for
    the first two base steps and after every ``burst_every``-th. ``run.steps`` counts iterations
    (energy + base); the authors' 150k count base steps only (logged as ``sched/…/g_steps``).
    """

    type = "scheduler.gebm_schedule"
    title = "GEBM schedule"
    paper = PAPER
    Params = GEBMScheduleParams
    loop_role = "owner"
    params: GEBMScheduleParams

    def build(self, ctx: BuildContext) -> GEBMSchedule:
        return GEBMSchedule(self.params)


# ---------------------------------------------------------------------------------------------
# Sampling path: latent-space Langevin
# ---------------------------------------------------------------------------------------------


class LatentLangevinPath(SamplingPath):
    """z₀ → Langevin on ½‖z‖² + β·E(G(z)) → G(z_T); G and the energy held by reference."""

    critic: nn.Module

    def __init__(self, generator: nn.Module, critic: nn.Module, latent_dim: int, **kw: Any):
        super().__init__(generator)
        object.__setattr__(self, "critic", critic)
        self.langevin = LatentLangevin(generator, self.energy, latent_dim, **kw)

    def energy(self, x: Tensor) -> Tensor:
        """E(x) = −logits (an energy critic's E; −logit for any other critic)."""
        return energy_of(CriticOutput.of(self.critic(x)))

    def train(self, mode: bool = True) -> LatentLangevinPath:
        super().train(mode)
        self.critic.train(mode)
        return self

    def forward(self, z: Tensor) -> Tensor:
        return self.langevin.sample(z)


class LatentLangevinParams(BlockParams):
    steps: int = Field(1000, ge=0, le=100000, description="Langevin steps (sampling.yaml: 1000).")
    step_size: float = Field(1e-4, gt=0, le=10, description="γ (scripts.sh: 1e-4).")
    temperature: float = Field(
        100.0, ge=0, le=1e6, description="β on E (authors' default 100; theory: 1)."
    )
    noise_scale: float = Field(1.0, ge=0, le=10, description="Noise factor (0: gradient descent).")
    decay: float = Field(0.1, gt=0, le=1, description="γ multiplied by this every decay_every.")
    decay_every: int = Field(
        200, ge=0, le=100000, description="Steps between γ decays (authors: 200; 0: none)."
    )
    method: Literal["langevin", "lmc"] = Field(
        "langevin", description="Overdamped Euler (default) or underdamped leapfrog (lmc)."
    )
    kappa: float = Field(100.0, gt=0, le=1e6, description="Friction κ of lmc (sampling.yaml).")


class LatentLangevinBlock(Block):
    """GEBM sampling: Langevin dynamics in latent space on E∘G, then G (Arbel et al. 2021).

    Samples z from ν(z) ∝ N(z; 0, I)·exp(−β·E(G(z))) by z ← z − (γ/2)∇U + √γ·ξ (U = ½‖z‖² +
    β·E(G(z))), γ ×0.1 every 200 steps, and returns G(z_T). Authors' defaults: 1000 steps,
    γ = 1e-4, β = 100 (main.py's --temperature; β = 1 samples the GEBM exactly). Evaluation only:
    wire ``out`` to the metrics; training never goes through it. Assumes z ~ N(0, I).
    """

    type = "sampler.latent_langevin"
    title = "Latent Langevin (GEBM)"
    paper = PAPER
    Params = LatentLangevinParams
    inputs = (
        handle("net", PortType.GENERATOR, "The base generator G."),
        handle("critic", PortType.CRITIC, "The energy E (logits −E)."),
    )
    outputs = (
        handle(
            "out", PortType.GENERATOR, "The sampling path: wire to metrics (sample grids use it)."
        ),
    )
    sampling_priority = 2
    params: LatentLangevinParams

    def build(self, ctx: BuildContext) -> LatentLangevinPath:
        p = self.params
        return LatentLangevinPath(
            ctx.one("net"),
            ctx.one("critic"),
            ctx.z_dim,
            steps=p.steps,
            step_size=p.step_size,
            temperature=p.temperature,
            noise_scale=p.noise_scale,
            decay=p.decay,
            decay_every=p.decay_every or None,
            method=p.method,
            kappa=p.kappa,
        )


GEBM_BLOCKS: list[type[Block]] = [
    EnergyMLPBlock,
    KALEBlock,
    GEBMGradTransform,
    GEBMScheduleBlock,
    LatentLangevinBlock,
]
