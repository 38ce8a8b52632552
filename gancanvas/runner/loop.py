"""The generic step loop (StyleGAN2-ADA's phases as data, written small).

Each iteration runs ``Dmain`` n_dis times, ``Dreg`` for lazy D terms due this step, then ``Gmain``
and ``Greg``. Only the phase's network has gradients on; loss code never branches on phase names.
Losses are summed on the device and read once per ``log_every`` window: no host sync per step.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Literal

import torch
from torch import Tensor, nn

from blocks.runtime import LoopStats, PhaseBatch, Regularizer
from gancanvas.compiler import Program

PhaseName = Literal["Dmain", "Dreg", "Gmain", "Greg"]


@dataclass
class Phase:
    """One optimizer update: which network, which terms, how often."""

    name: PhaseName
    net: Literal["D", "G"]
    terms: list[tuple[str, Regularizer]]
    interval: int = 1
    main: bool = True  # a main phase includes the adversarial loss

    def due(self, step: int) -> bool:
        return step % self.interval == 0


def make_phases(prog: Program) -> list[Phase]:
    """Main phases take the eager terms; each lazy interval gets its own reg phase."""
    phases: list[Phase] = []
    for net, main, reg in (("D", "Dmain", "Dreg"), ("G", "Gmain", "Greg")):
        regs = prog.d_regularizers() if net == "D" else prog.g_regularizers()
        eager = [(n, r) for n, r in regs if r.has_term and r.interval == 1]
        phases.append(Phase(main, net, eager))  # type: ignore[arg-type]
        for k in sorted({r.interval for _, r in regs if r.has_term and r.interval > 1}):
            lazy = [(n, r) for n, r in regs if r.has_term and r.interval == k]
            phases.append(Phase(reg, net, lazy, interval=k, main=False))  # type: ignore[arg-type]
    return phases


class NonFiniteLoss(RuntimeError):
    """A loss became NaN/inf; the message names the phase, the block and the step window."""


@dataclass
class Accumulator:
    """Per-name running sums on the device, read (one sync) once per window."""

    sums: dict[str, Tensor] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: Tensor) -> None:
        v = value.detach().float()
        if name in self.sums:
            self.sums[name] += v
            self.counts[name] += 1
        else:
            self.sums[name] = v.clone()
            self.counts[name] = 1

    def flush(self) -> dict[str, float]:
        if not self.sums:
            return {}
        names = list(self.sums)
        values = torch.stack([self.sums[n] / self.counts[n] for n in names]).tolist()
        self.sums.clear()
        self.counts.clear()
        return dict(zip(names, values, strict=True))


class StepRunner:
    """Runs iterations of a compiled program; owns nothing but per-run tensors."""

    def __init__(self, prog: Program, precision: str = "fp32"):
        self.prog = prog
        self.phases = make_phases(prog)
        self.B = prog.graph.run.batch_size
        self.stats = LoopStats.zeros(prog.device)
        self.acc = Accumulator()
        self.step_tensor = torch.zeros((), dtype=torch.long, device=prog.device)
        bf16 = precision == "bf16"
        self._autocast = (
            (lambda: torch.autocast(prog.device.type, dtype=torch.bfloat16))
            if bf16
            else contextlib.nullcontext
        )
        self._real: Tensor | None = None
        self._d_regs_after = [r for _, r in prog.d_regularizers()]
        self._g_regs_after = [r for _, r in prog.g_regularizers()]

    # -- phases -----------------------------------------------------------------------------
    def _net(self, which: str) -> nn.Module:
        return self.prog.D if which == "D" else self.prog.G

    def _train_only(self, which: str) -> None:
        self.prog.D.requires_grad_(which == "D")
        self.prog.G.requires_grad_(which == "G")

    def _d_phase(self, phase: Phase, track: bool) -> None:
        p = self.prog
        if phase.main:
            self._real = p.data.next(self.B)
        real = self._real
        assert real is not None
        z = p.latent.sample(self.B, p.device)
        with torch.no_grad(), self._autocast():
            fake = p.G(z)
        batch = PhaseBatch(
            real=real, fake=fake, z=z, critic=p.critic, D=p.D, G=p.G, step=self.step_tensor
        )
        total = torch.zeros((), device=p.device)
        if phase.main:
            with self._autocast():
                r = p.critic(real).float()
                f = p.critic(fake).float()
            adv = p.loss.d_loss(r, f)
            total = total + adv
            self.acc.add(f"loss/{phase.name}/{p.analysis.loss}", adv)
            self.acc.add("D/real", r.mean())
            self.acc.add("D/fake", f.mean())
            self.stats.d_real_sign_sum += r.detach().sign().sum()
            self.stats.d_real_count += r.shape[0]
            batch.logits_real, batch.logits_fake = r, f
        for nid, reg in phase.terms:
            term = reg.term(batch)
            if term is not None:
                term = term * phase.interval  # lazy terms weigh their skipped steps
                total = total + term
                self.acc.add(f"loss/{phase.name}/{nid}", term)
        self._update(p.opt_D, total, "D", track)
        for reg in self._d_regs_after:
            reg.after_step(p.D)

    def _g_phase(self, phase: Phase, track: bool) -> None:
        p = self.prog
        z = p.latent.sample(self.B, p.device)
        with self._autocast():
            fake = p.G(z)
            total = torch.zeros((), device=p.device)
            batch = PhaseBatch(
                real=self._real if self._real is not None else fake,
                fake=fake,
                z=z,
                critic=p.critic,
                D=p.D,
                G=p.G,
                step=self.step_tensor,
            )
            if phase.main:
                f = p.critic(fake).float()
                r = None
                if p.loss.g_needs_real:
                    r = p.critic(p.data.next(self.B)).float()
                adv = p.loss.g_loss(f, r)
                total = total + adv
                self.acc.add(f"loss/{phase.name}/{p.analysis.loss}", adv)
        for nid, reg in phase.terms:
            term = reg.term(batch)
            if term is not None:
                term = term * phase.interval
                total = total + term
                self.acc.add(f"loss/{phase.name}/{nid}", term)
        self._update(p.opt_G, total, "G", track)
        for reg in self._g_regs_after:
            reg.after_step(p.G)

    def _update(self, opt: torch.optim.Optimizer, loss: Tensor, which: str, track: bool) -> None:
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if track:
            grads = [q.grad for q in self._net(which).parameters() if q.grad is not None]
            if grads:
                self.acc.add(f"grad_norm/{which}", torch.nn.utils.get_total_norm(grads))
        opt.step()
        opt.zero_grad(set_to_none=True)  # no stale grads between phases; frees the memory

    # -- one iteration ----------------------------------------------------------------------
    def run_phase(self, name: str, step: int, track: bool = False) -> None:
        """Run phase ``name`` once (``Dmain``, ``Dreg``, ``Gmain``, ``Greg``) if it exists."""
        for phase in self.phases:
            if phase.name == name:
                self._train_only(phase.net)
                run = self._d_phase if phase.net == "D" else self._g_phase
                run(phase, track)

    def iteration(self, step: int, track: bool = False) -> None:
        """Runs all phases of iteration ``step`` (0-based), then the schedulers."""
        p = self.prog
        self.step_tensor.fill_(step)
        if p.loop_owner is not None:
            p.loop_owner.iteration(step, self)
        else:
            for phase in self.phases:
                if not phase.due(step):
                    continue
                self._train_only(phase.net)
                run = self._d_phase if phase.net == "D" else self._g_phase
                repeats = p.plan.d_steps(step) if phase.net == "D" else p.plan.n_gen
                for _ in range(repeats if phase.main else 1):
                    run(phase, track)
        for _, sched in p.schedulers:
            sched.step_end(step, self.stats)

    def flush(self, first_step: int, last_step: int) -> dict[str, float]:
        """Window means of every logged value, plus scheduler and augmenter values.

        Raises ``NonFiniteLoss`` naming the phase and block when a loss went NaN/inf.
        """
        values = self.acc.flush()
        bad = [k for k, v in values.items() if k.startswith("loss/") and not _finite(v)]
        if bad:
            parts = [f"phase {k.split('/')[1]}, block '{k.split('/')[2]}'" for k in bad]
            raise NonFiniteLoss(
                f"non-finite loss between steps {first_step} and {last_step}: " + "; ".join(parts)
            )
        extra: dict[str, Tensor | float] = {}
        for nid, sched in self.prog.schedulers:
            for k, v in sched.values().items():
                extra[f"sched/{nid}/{k}"] = v
        for nid, aug in self.prog.augmenters:
            for k, v in aug.stats().items():
                extra[f"aug/{nid}/{k}"] = v
        for k, v in extra.items():
            values[k] = float(v.float().item() if isinstance(v, Tensor) else v)
        return values


def _finite(v: float) -> bool:
    return v == v and abs(v) != float("inf")
