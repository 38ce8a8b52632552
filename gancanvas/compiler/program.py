"""The compiled program: the torch objects of one training loop, by role, and its phases."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import torch
from torch import Tensor, nn

from blocks.runtime import (
    AdversarialLoss,
    Augmenter,
    Batch,
    CriticOutput,
    DataSource,
    LatentSampler,
    LoopOwner,
    LoopPlan,
    Metric,
    Origin,
    Phase,
    Regularizer,
    Scheduler,
    Stats,
    Term,
    Update,
)
from gancanvas.compiler.analysis import Analysis
from schemas import Graph


@dataclass
class Program:
    """Everything the loop runs, by role. Built once; the loop never walks the graph."""

    graph: Graph
    analysis: Analysis
    device: torch.device
    data: DataSource
    latent: LatentSampler
    G: nn.Module
    D: nn.Module
    loss: AdversarialLoss
    #: every network by node id (the loop turns gradients on for the phase's networks only)
    nets: dict[str, nn.Module]
    #: network node id → its optimizer (a fixed network has none)
    optimizers: dict[str, torch.optim.Optimizer]
    plan: LoopPlan
    stats: Stats
    #: augmenters on each side of D, in application order
    chains: dict[str, list[tuple[str, Augmenter]]] = field(default_factory=dict)
    #: node id of the augmenter whose timestep feeds D (None: D is unconditioned)
    t_source: str | None = None
    regularizers: list[tuple[str, Regularizer]] = field(default_factory=list)
    schedulers: list[tuple[str, Scheduler]] = field(default_factory=list)
    metrics: list[tuple[str, Metric, nn.Module]] = field(default_factory=list)
    #: the sampling path (z → x) of sample grids: G, G_ema, or a sampler around them
    sampler: nn.Module | None = None
    #: a scheduler that owns the iteration (xICFG, TTC, …); None: the alternating ``plan``
    loop_owner: LoopOwner | None = None
    #: every node's built object, for checkpoints
    built: dict[str, Any] = field(default_factory=dict)
    phases: list[Phase] = field(default_factory=list)

    @property
    def augmenters(self) -> list[tuple[str, Augmenter]]:
        seen: dict[str, Augmenter] = {}
        for chain in self.chains.values():
            seen.update(chain)
        return list(seen.items())

    @property
    def opt_G(self) -> torch.optim.Optimizer | None:
        return self.optimizers.get(self.analysis.G or "")

    @property
    def opt_D(self) -> torch.optim.Optimizer | None:
        return self.optimizers.get(self.analysis.D or "")

    @property
    def conditional(self) -> bool:
        return bool(self.analysis.n_classes and self.analysis.sources(self.analysis.G or "", "y"))

    def critic_path(
        self, x: Tensor, origin: Origin, batch: Batch, *, y: Tensor | None = None, reg: bool = False
    ) -> CriticOutput:
        """D on x after the augmenters of ``origin``'s side that act in this phase."""
        t = None
        for nid, aug in self.chains.get(origin, ()):
            if batch.side not in aug.sides or (reg and not aug.in_penalties):
                continue
            x, t_new = aug.transform(x, origin, batch)
            if nid == self.t_source:
                t = t_new
        kw: dict[str, Tensor] = {}
        if t is not None:
            kw["t"] = t
        if y is not None and self.analysis.sources(self.analysis.D or "", "y"):
            kw["y"] = y
        return CriticOutput.of(self.D(x, **kw))

    def generate(self, batch: Batch, autocast: Callable[[], Any]) -> Tensor:
        """G(z[, y]): with G's graph in a phase that trains G, without gradients otherwise."""
        kw = {"y": batch.fake_labels} if self.conditional else {}
        grad = torch.enable_grad() if batch.train_G else torch.no_grad()
        with grad, autocast():
            return self.G(batch.z, **kw)


def lazy_correction(opt: torch.optim.Optimizer, interval: int) -> None:
    """StyleGAN2's lazy-regularization correction: lr·c and β^c with c = k/(k+1)."""
    c = interval / (interval + 1)
    for g in opt.param_groups:
        g["lr"] *= c
        if "betas" in g:
            g["betas"] = (g["betas"][0] ** c, g["betas"][1] ** c)


def _hooks(regs: list[Regularizer], net: nn.Module, name: str) -> list[Callable[[], None]]:
    return [partial(getattr(r, name), net) for r in regs]


def _target(a: Analysis, reg: str) -> str | None:
    """The network a regularizer is wired to."""
    src = a.sources(reg, "critic") or a.sources(reg, "net")
    return src[0][0] if src else None


def make_phases(prog: Program) -> list[Phase]:
    """The alternating loop's phases: ``Dmain`` (+ ``Dreg`` per lazy interval), ``Gmain``, ``Greg``.

    A network without an optimizer gets no phase (GA-NTK's closed-form D, TTC's fixed source).
    With ``plan.simultaneous`` the two main phases become one (``DGmain``): both gradients come
    from one forward on one batch before either network steps.
    """
    a, plan = prog.analysis, prog.plan
    mains: list[Phase] = []
    lazies: list[Phase] = []
    for side, net_id in (("D", a.D), ("G", a.G)):
        assert net_id is not None
        opt = prog.optimizers.get(net_id)
        if opt is None:
            continue
        net = prog.nets[net_id]
        regs = [r for _, r in prog.regularizers if r.phase in (side, "both")]
        on_net = [r for n, r in prog.regularizers if _target(a, n) == net_id]
        before, after = _hooks(on_net, net, "before_step"), _hooks(on_net, net, "after_step")
        adversarial = prog.loss.d_loss if side == "D" else prog.loss.g_loss
        eager: list[Term] = [(a.loss or "loss", adversarial, 1.0)]
        eager += [
            (n, r.term, 1.0)
            for n, r in prog.regularizers
            if r.phase in (side, "both") and r.has_term and r.interval == 1
        ]
        repeats = plan.d_steps if side == "D" else (lambda step: plan.n_gen)
        update = Update(net_id, net, opt, eager, before, after)
        mains.append(Phase(f"{side}main", side, [update], repeats=repeats))  # type: ignore[arg-type]
        intervals = {r.interval for r in regs if r.has_term and r.interval > 1}
        for k in sorted(intervals):
            # lazy terms weigh their skipped steps (StyleGAN2: the term is scaled by k)
            terms: list[Term] = [
                (n, r.term, float(k))
                for n, r in prog.regularizers
                if r.phase in (side, "both") and r.has_term and r.interval == k
            ]
            lazy = Update(net_id, net, opt, terms, before, after)
            lazies.append(
                Phase(
                    f"{side}reg",
                    side,  # type: ignore[arg-type]
                    [lazy],
                    interval=k,
                    reuse_real=side == "D",
                    adversarial=False,
                )
            )
    if plan.simultaneous and len(mains) == 2:
        d_main, g_main = mains
        for u, label in ((d_main.updates[0], "Dmain"), (g_main.updates[0], "Gmain")):
            u.label = label
        mains = [Phase("DGmain", "D", d_main.updates + g_main.updates)]
    d_phases = [p for p in mains if p.side == "D"] + [p for p in lazies if p.side == "D"]
    g_phases = [p for p in mains if p.side == "G"] + [p for p in lazies if p.side == "G"]
    return d_phases + g_phases


def autocast_factory(device: torch.device, precision: str) -> Callable[[], Any]:
    if precision == "bf16":
        return lambda: torch.autocast(device.type, dtype=torch.bfloat16)
    if precision == "fp16":  # the runner scales each loss (torch.amp.GradScaler per network)
        return lambda: torch.autocast(device.type, dtype=torch.float16)
    return contextlib.nullcontext
