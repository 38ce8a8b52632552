"""CFG / xICFG and annealed CFG / NATS as blocks (contract v2): two loop owners and a sampling path.

The math is in ``blocks.cfg`` (phase A, tested in tests/blocks/test_cfg.py); this module wires it
into the loop. Johnson & Zhang, Composite Functional Gradient Learning of GANs, ICML 2018 (xICFG:
TPAMI 2021); loop and defaults from riejohnson/cfg-gan-pt ``cfggan.py`` / ``train_cfggan.py``.

- ``scheduler.xicfg``: owns the iteration. **One iteration is one stage**, so ``run.steps``
  counts stages: T critic updates, each followed by a snapshot D_t ← D, then the refit of the
  approximator G̃ to N targets G_T(z) (fresh optimizer state, lr back to its base, ×0.1 when an
  epoch's loss goes up, at most 3 times). Its ``samples`` output is the xICFG generator
  G_T = (T CFG steps on G̃(z)), the sampling path of metrics, grids and ``gancanvas sample``.
- ``scheduler.nats``: **an interpretation** (spec §3.5; the NATS paper is abstract-only): the
  base GAN's own D phases, then a G step whose step size η·w_k is annealed over K levels.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle
from blocks.cfg import (
    AnnealMode,
    CriticSnapshots,
    NATSSchedule,
    anneal_weights,
    approx_lr_after_epoch,
    approximator_loss,
    cfg_steps,
    critic_gap,
    nats_surrogate_g_loss,
    projection_targets,
    random_projection,
    refine,
)
from blocks.runtime import (
    Batch,
    LatentSampler,
    LoopDriver,
    LoopOwner,
    Phase,
    SamplingPath,
    Scheduler,
    Update,
)
from schemas import PortType

PAPER = "Johnson & Zhang, Composite Functional Gradient Learning of GANs, ICML 2018; TPAMI 2021"
NATS_PAPER = "Wan, Yang, Li, Jiang, Zheng, NATS (annealed CFG), IEEE TCSVT (interpretation)"


def net_id(driver: LoopDriver, module: nn.Module) -> str:
    """The node id under which the driver holds ``module`` (a handle wired into the owner)."""
    for nid, net in driver.nets.items():
        if net is module:
            return nid
    raise RuntimeError("the network wired into the loop owner is not one of the program's")


def phase_of(driver: LoopDriver, name: str, owner: str) -> Phase:
    phase = driver.phases.get(name)
    if phase is None:
        raise RuntimeError(
            f"{owner} needs the '{name}' phase: give the network an optimizer and keep "
            "the loop sequential (no simultaneous plan)"
        )
    return phase


# ---------------------------------------------------------------------------------------------
# xICFG
# ---------------------------------------------------------------------------------------------


class XICFGParams(BlockParams):
    T: int = Field(
        15, ge=1, le=200, description="Critic snapshots per stage = CFG steps of G (15; fc2: 25)."
    )
    eta: float = Field(
        0.5, gt=0, le=100, description="Step size η of x ← x + η∇D (MNIST+bn 0.5; no norm 2.5)."
    )
    U: int = Field(1, ge=1, le=100, description="Critic updates before each snapshot (cfg_U 1).")
    N: int = Field(
        640, ge=1, le=1_000_000, description="Target pairs (z, G_T(z)) per refit (cfg_N 640)."
    )
    epochs: int = Field(10, ge=1, le=1000, description="Refit epochs over the N pairs (10).")
    refit_batch: int = Field(
        64, ge=1, le=65536, description="Batch of the refit and target chunks (authors: 64)."
    )
    lr_decay: float = Field(
        0.1, ge=0, lt=1, description="Refit lr × this when an epoch's loss rises (0: never)."
    )
    max_reductions: int = Field(
        3, ge=0, le=100, description="At most this many lr reductions per refit (0: unlimited)."
    )
    init_std: float = Field(
        0.01, gt=0, le=10, description="Std of W in initialize_G's targets clamp(zW, −1, 1)."
    )
    bn_train_mode: bool = Field(
        True, description="Apply snapshots with batch norm in train mode (the authors' code)."
    )
    anneal: AnnealMode = Field(
        "const",
        description="Step weights w_t: const = CFG; decay/grow = annealed CFG (interpretation).",
    )
    anneal_ratio: float = Field(
        10.0, gt=0, le=1e6, description="σ_1/σ_T of the annealed weights w_t = (σ_t/σ_1)²."
    )


class XICFGPath(SamplingPath):
    """z → G_T(z): G̃(z), then one CFG step per stored snapshot (grad mode forced inside)."""

    def __init__(self, generator: nn.Module, loop: XICFGLoop):
        super().__init__(generator)
        self.loop = loop

    def forward(self, z: Tensor) -> Tensor:
        x0 = self.generator(z)
        with torch.enable_grad():  # metrics sample under no_grad; the steps need ∇ₓD
            return self.loop.refine(x0)


class XICFGLoop(LoopOwner, Scheduler):
    """The stage loop of ``cfggan.py``: ``initialize_G`` once, then per iteration one stage."""

    def __init__(
        self,
        p: XICFGParams,
        G: nn.Module,
        D: nn.Module,
        z_dim: int,
        data_shape: Shape,
        device: torch.device,
    ):
        self.p, self.G, self.D = p, G, D
        self.z_dim, self.data_shape, self.device = z_dim, data_shape, device
        self.weights = (
            None
            if p.anneal == "const"
            else anneal_weights(p.T, p.anneal_ratio, p.anneal, device=device)
        )
        self.path = XICFGPath(G, self)
        self.stage = 0
        self.initialized = False
        self.d_updates = 0
        self.base_lr: list[float] = []
        self._snaps: CriticSnapshots | None = None
        self._ready = False
        # the refit's current minibatch and epoch sums, read by its term
        self._zb: Tensor | None = None
        self._xb: Tensor | None = None
        self._epoch_sum: Tensor | None = None

    # -- snapshots and refinement -----------------------------------------------------------
    @property
    def snaps(self) -> CriticSnapshots:
        """Made on first use, once every parametrization of D (spectral norm) is attached."""
        if self._snaps is None:
            self._snaps = CriticSnapshots(self.D, self.p.bn_train_mode)
        return self._snaps

    def refine(self, x0: Tensor, num_steps: int | None = None) -> Tensor:
        """G_t from x₀ = G̃(z) with the first ``num_steps`` snapshots (default: all stored)."""
        return refine(x0, self.snaps, self.p.eta, self.weights, num_steps)

    @torch.no_grad()
    def _base(self, z: Tensor) -> Tensor:
        """G̃(z) in eval mode without gradients (``generate``'s ``is_train = False``)."""
        was = self.G.training
        self.G.eval()
        try:
            return self.G(z)
        finally:
            self.G.train(was)

    # -- phases, built once ----------------------------------------------------------------
    def _setup(self, driver: LoopDriver) -> None:
        if self._ready:
            return
        dmain = phase_of(driver, "Dmain", "scheduler.xicfg")
        self.d_phases = [
            dataclasses.replace(dmain, generate=self._generator_for(t)) for t in range(self.p.T)
        ]
        self.d_lazy = [p for p in driver.phases.values() if p.side == "D" and not p.adversarial]
        self.g_id = net_id(driver, self.G)
        opt_G = driver.optimizers.get(self.g_id)
        if opt_G is None:
            raise RuntimeError("scheduler.xicfg refits G̃ with G's optimizer: wire one to G")
        self.opt_G = opt_G
        gmain = driver.phases.get("Gmain")
        hooks = gmain.updates[0] if gmain else None
        update = Update(
            self.g_id,
            self.G,
            self.opt_G,
            [("refit", self._refit_term, 1.0)],
            list(hooks.before_step) if hooks else [],
            list(hooks.after_step) if hooks else [],
        )
        self.refit_phase = Phase("Grefit", "G", [update], adversarial=False)
        # a phase without updates: its batch hands over the latent sampler, nothing is trained
        self.probe = Phase("xicfg_probe", "G", [], adversarial=False)
        if not self.base_lr:
            self.base_lr = [float(g["lr"]) for g in self.opt_G.param_groups]
        self._ready = True

    def _generator_for(self, t: int) -> Callable[[Batch], Tensor]:
        def generate(batch: Batch) -> Tensor:
            return self.refine(self._base(batch.z), num_steps=t)

        return generate

    # -- the approximator refit (DDG._approximate) ------------------------------------------
    def _refit_term(self, batch: Batch) -> Tensor:
        assert self._zb is not None and self._xb is not None
        loss = approximator_loss(batch.G(self._zb), self._xb)
        d = loss.detach()
        self._epoch_sum = d if self._epoch_sum is None else self._epoch_sum + d
        return loss

    def _set_lr(self, lrs: list[float]) -> None:
        for group, lr in zip(self.opt_G.param_groups, lrs, strict=True):
            group["lr"] = lr

    def _fit(self, driver: LoopDriver, step: int, z: Tensor, target: Tensor) -> None:
        """Epochs of minibatch regression G̃(z) → target with a fresh optimizer (lr reset)."""
        driver.reset_optimizer(self.g_id)
        lrs, reductions, prev = list(self.base_lr), 0, None
        self._set_lr(lrs)
        n = z.shape[0]
        batches = (n + self.p.refit_batch - 1) // self.p.refit_batch
        epoch_loss = torch.zeros((), device=z.device)
        for _ in range(self.p.epochs):
            self._epoch_sum = None
            for idx in torch.randperm(n, device=z.device).split(self.p.refit_batch):
                self._zb, self._xb = z[idx], target[idx]
                driver.run(self.refit_phase, step)
            assert self._epoch_sum is not None
            epoch_loss = self._epoch_sum / batches
            loss = float(epoch_loss)  # one host read per epoch (10 per stage), as the authors
            _, cuts = approx_lr_after_epoch(
                lrs[0], loss, prev, reductions, self.p.lr_decay, self.p.max_reductions
            )
            if cuts != reductions:  # every group's lr × decay (OptimConfig.reduce_lr_)
                lrs, reductions = [lr * self.p.lr_decay for lr in lrs], cuts
                self._set_lr(lrs)
            prev = loss
        self._zb = self._xb = self._epoch_sum = None
        driver.stats.report("cfg/refit_loss", epoch_loss)
        driver.stats.report(
            "cfg/refit_lr_cuts", torch.tensor(float(reductions), device=epoch_loss.device)
        )
        self._set_lr(self.base_lr)  # the optimizer is left (and checkpointed) at its base lr

    def _targets(self, latent: LatentSampler, n: int) -> tuple[Tensor, Tensor]:
        """N pairs (z, G_T(z)), z drawn and refined in chunks (``generate(..., batch_size)``)."""
        zs, xs = [], []
        for i in range(0, n, self.p.refit_batch):
            z = latent.sample(min(self.p.refit_batch, n - i), self.device)
            zs.append(z)
            xs.append(self.refine(self._base(z)))
        return torch.cat(zs), torch.cat(xs)

    def _initialize_G(self, driver: LoopDriver, step: int, latent: LatentSampler) -> None:
        """Fit G̃ to clamp(zW, −1, 1), W ~ N(0, std²) fixed (``initialize_G``)."""
        w = random_projection(self.z_dim, self.data_shape, self.p.init_std, device=self.device)
        z = latent.sample(self.p.N, self.device)
        self._fit(driver, step, z, projection_targets(z, w, self.data_shape))

    # -- one stage -------------------------------------------------------------------------
    def iteration(self, step: int, driver: LoopDriver) -> None:
        self._setup(driver)
        probe = driver.run(self.probe, step)
        assert probe is not None
        latent = probe.latent
        if not self.initialized:
            self._initialize_G(driver, step, latent)
            self.initialized = True
        batch: Batch | None = None
        for t in range(self.p.T):
            for _ in range(self.p.U):
                batch = driver.run(self.d_phases[t], step)
                for phase in self.d_lazy:
                    if phase.due(self.d_updates):
                        driver.run(phase, step)
                self.d_updates += 1
            self.snaps.take(self.D, t)
        assert batch is not None
        # the authors' log line at t = T−1: mean D(real) − mean D(G_{T−1}(z)) before the step
        driver.stats.report("cfg/gap", critic_gap(batch.logits_real, batch.logits_fake))
        z, target = self._targets(latent, self.p.N)
        self._fit(driver, step, z, target)
        self.stage += 1

    def values(self) -> dict[str, Tensor | float]:
        return {"stage": float(self.stage)}

    def state_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "initialized": self.initialized,
            "d_updates": self.d_updates,
            "base_lr": list(self.base_lr),
            "snapshots": self.snaps.state_dict(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.stage = int(state["stage"])
        self.initialized = bool(state["initialized"])
        self.d_updates = int(state["d_updates"])
        self.base_lr = [float(x) for x in state["base_lr"]]
        self.snaps.load_state_dict(state["snapshots"])


class XICFGBlock(Block):
    """xICFG: T critic snapshots per stage, G̃ refit to G_T(z) (Johnson & Zhang, ICML'18/TPAMI).

    Owns the iteration; **one iteration is one stage**, so ``run.steps`` counts stages (the
    authors run 10000). A stage: for t = 0..T−1, U updates of D on reals and fakes
    G_t(z) = G̃(z) moved by t CFG steps x ← x + η·w_t·∇D_s(x) with snapshots D_0..D_{t−1}, then
    D_t ← D; then the approximator G̃ is refit to N pairs (z, G_T(z)) by minibatch regression
    Σ‖G̃(z) − x*‖²/(2B), ``epochs`` epochs with fresh optimizer state and its base lr, ×0.1 when an
    epoch's mean loss rises (≤ 3 times). Before stage 0 G̃ is fit to clamp(zW, −1, 1). Wire
    ``G.net`` → ``net``, ``D.critic`` → ``critic`` and ``samples`` (G_T, the xICFG generator) to
    the metrics. D's optimizer and loss are the graph's (logistic: ``loss.non_saturating``, whose G
    loss never runs); G's optimizer trains the refit. Authors: RMSprop α = 0.95, eps = 1e-18,
    lr 2.5e-4 (fc2 1e-4) for both, batch 64. Logs ``cfg/gap`` (mean D(real) − mean D(fake) at
    t = T−1), ``cfg/refit_loss`` (last epoch), ``cfg/refit_lr_cuts``. The authors' optional stop
    rule (|gap| > 40) is not applied: a block cannot end a run. ``anneal`` ≠ const gives annealed
    CFG's step weights w_t (an interpretation: spec §3.5). Unconditional graphs only.
    """

    type = "scheduler.xicfg"
    title = "xICFG loop (CFG)"
    paper = PAPER
    Params = XICFGParams
    loop_role = "owner"
    sampling_priority = 2
    inputs = (
        handle("net", PortType.GENERATOR, "The approximator G̃ (refit each stage)."),
        handle("critic", PortType.CRITIC, "The critic D (its snapshots make the CFG steps)."),
    )
    outputs = (
        handle(
            "samples",
            PortType.GENERATOR,
            "The xICFG generator G_T(z): wire to metrics (sample grids use it).",
            required=False,
        ),
    )
    params: XICFGParams

    def build(self, ctx: BuildContext) -> XICFGLoop:
        return XICFGLoop(
            self.params, ctx.one("net"), ctx.one("critic"), ctx.z_dim, ctx.data_shape, ctx.device
        )

    @staticmethod
    def output_value(built: XICFGLoop, port: str) -> Any:
        return built.path


# ---------------------------------------------------------------------------------------------
# NATS (interpretation)
# ---------------------------------------------------------------------------------------------

GUpdate = Literal["multistep", "surrogate"]


class NATSParams(BlockParams):
    num_levels: int = Field(
        10, ge=1, le=10_000, description="Annealing levels K (placeholder: spec gives none)."
    )
    steps_per_level: int = Field(
        1000, ge=1, le=10**8, description="Iterations M per level; the last level persists."
    )
    w_start: float = Field(1.0, gt=0, le=100, description="Level weight w_k at the first level.")
    w_end: float = Field(
        0.1, gt=0, le=100, description="w_k at the last level (geometric in between)."
    )
    g_update: GUpdate = Field(
        "multistep",
        description="G step: regress G to S annealed CFG steps (b), or w_k·L_G (a, surrogate).",
    )
    eta: float = Field(0.5, gt=0, le=100, description="Base step size η of the CFG steps (b).")
    cfg_steps: int = Field(5, ge=1, le=100, description="CFG steps S with the frozen D (b).")
    anneal: AnnealMode = Field(
        "decay", description="Inner weights over the S steps (annealed CFG's w_s shape)."
    )
    anneal_ratio: float = Field(
        10.0, gt=0, le=1e6, description="σ_1/σ_S of the inner weights w_s = (σ_s/σ_1)²."
    )
    n_dis: int = Field(1, ge=1, le=100, description="Base D steps per iteration.")


class NATSLoop(LoopOwner, Scheduler):
    """n_dis base D phases, then the annealed G step; the level counter is checkpointed."""

    def __init__(self, p: NATSParams, device: torch.device):
        self.p = p
        self.schedule = NATSSchedule(p.num_levels, p.steps_per_level, p.w_start, p.w_end)
        self.inner = anneal_weights(p.cfg_steps, p.anneal_ratio, p.anneal, device=device)
        self._ready = False

    def _setup(self, driver: LoopDriver) -> None:
        if self._ready:
            return
        self.dmain = phase_of(driver, "Dmain", "scheduler.nats")
        gmain = phase_of(driver, "Gmain", "scheduler.nats")
        self.d_lazy = [p for p in driver.phases.values() if p.side == "D" and not p.adversarial]
        self.g_lazy = [p for p in driver.phases.values() if p.side == "G" and not p.adversarial]
        u = gmain.updates[0]
        name, fn, scale = u.terms[0]  # make_phases puts the adversarial term first
        if self.p.g_update == "surrogate":
            term = (name, self._surrogate(fn), scale)
        else:
            term = ("nats", self._regression, 1.0)
        self.g_phase = dataclasses.replace(
            gmain, updates=[dataclasses.replace(u, terms=[term, *u.terms[1:]])]
        )
        self._ready = True

    def _surrogate(self, fn: Callable[[Batch], Tensor | None]) -> Callable[[Batch], Tensor | None]:
        def term(batch: Batch) -> Tensor | None:
            base = fn(batch)
            return None if base is None else nats_surrogate_g_loss(base, self.schedule.weight)

        return term

    def _regression(self, batch: Batch) -> Tensor:
        """½‖G(z) − sg[x_S]‖²/B, x_S = S steps x ← x + η·w_k·w_s·∇D(x) with D frozen (option b)."""
        x = batch.fake

        def critic(v: Tensor) -> Tensor:
            return batch.critic(v, "fake")

        target = cfg_steps(
            x.detach(), critic, self.schedule.eta(self.p.eta), self.p.cfg_steps, self.inner
        )
        return approximator_loss(x, target)

    def iteration(self, step: int, driver: LoopDriver) -> None:
        self._setup(driver)
        for _ in range(self.p.n_dis):
            driver.run(self.dmain, step)
        for phase in self.d_lazy:
            if phase.due(step):
                driver.run(phase, step)
        driver.run(self.g_phase, step)
        for phase in self.g_lazy:
            if phase.due(step):
                driver.run(phase, step)
        self.schedule.advance(1)

    def values(self) -> dict[str, Tensor | float]:
        return {"level": float(self.schedule.level), "weight": self.schedule.weight}

    def state_dict(self) -> dict[str, Any]:
        return {"schedule": self.schedule.state_dict()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.schedule.load_state_dict(state["schedule"])


class NATSBlock(Block):
    """NATS / annealed CFG on any GAN: η·w_k annealed over levels (Wan et al.; interpretation).

    INTERPRETATION (spec §3.5; the NATS and annealed-CFG papers are abstract-only: the weight's
    form, direction, index and nesting are this block's design, not the papers'). Owns the
    iteration: the base GAN's D phases unchanged (its loss and regularizers, ``n_dis`` times),
    then one G step at level k = min(⌊iteration/M⌋, K−1), w_k geometric from w_start to w_end.
    ``multistep`` (b): x_S = S CFG steps x ← x + η·w_k·w_s·∇D(x) from x = G(z) with D frozen
    (w_s: annealed CFG's inner weights (σ_s/σ_1)²), then G regresses ½‖G(z) − sg[x_S]‖²/B.
    ``surrogate`` (a): the base G loss scaled by w_k. Note: Adam and RMSprop are invariant to a
    constant loss scale, so (a) is nearly a no-op with them, and (b) with S = 1 too (use SGD, or
    S > 1, where w_k changes how far the steps go). Logs ``sched/<id>/level`` and ``…/weight``.
    """

    type = "scheduler.nats"
    title = "NATS annealing (interpretation)"
    paper = NATS_PAPER
    Params = NATSParams
    loop_role = "owner"
    params: NATSParams

    def build(self, ctx: BuildContext) -> NATSLoop:
        return NATSLoop(self.params, ctx.device)


CFG_BLOCKS: list[type[Block]] = [XICFGBlock, NATSBlock]
