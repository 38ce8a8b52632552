"""The generic step loop (StyleGAN2-ADA's phases as data, written small).

One body runs every phase: gradients on for the phase's networks only, the terms of each update
summed, backward, gradient hooks, the step, after-step hooks, logging. Which phases run in an
iteration is the program's plan (``Dmain`` n_dis times, ``Dreg`` when due, ``Gmain``, ``Greg``)
or a loop owner's choice; both go through ``run``. Statistics are summed on the device and read
once per ``log_every`` window: no host sync per step.

Lazy phases (``interval`` k > 1) count optimizer steps of their network, not iterations, as
StyleGAN2 counts minibatches: a lazy ``Dreg`` runs right after every k-th ``Dmain`` step, on
that step's reals, so with n_dis D steps per iteration R1/GP still weighs γ (k·γ once every k
D steps) and Adam's lazy correction c = k/(k+1) stays right. With one main step per iteration
(n_dis = n_gen = 1) this is the iteration count: ``Dmain, Dreg`` when ``step % k == 0``.
"""

from __future__ import annotations

import torch
from torch import Tensor, autograd

from blocks.runtime import Batch, CriticOutput, Origin, Phase, Update
from blocks.stats import world_size
from gancanvas.compiler import Program
from gancanvas.compiler.program import autocast_factory
from gancanvas.runner.distributed import average_gradients, gather_values, ranks_with


class NonFiniteLoss(RuntimeError):
    """A loss became NaN/inf; the message names the phase, the block and the step window."""


class StepRunner:
    """Runs iterations of a compiled program; owns nothing but per-run tensors.

    It is the ``LoopDriver`` that loop owners and schedulers see.
    """

    def __init__(
        self,
        prog: Program,
        precision: str = "fp32",
        *,
        accumulate: int | None = None,
        batch_size: int | None = None,
    ):
        self.prog = prog
        self.phases: dict[str, Phase] = {p.name: p for p in prog.phases}
        #: samples per optimizer step on this rank (``run.batch_size`` in one process)
        self.batch_size = prog.graph.run.batch_size if batch_size is None else batch_size
        #: micro-batches per step (gradient accumulation)
        self.accumulate = prog.graph.run.accumulate if accumulate is None else accumulate
        self.world_size = world_size()
        #: one gradient scaler per trained network (fp16: its optimizer steps through it)
        self.scalers: dict[str, torch.amp.GradScaler] = {}
        if precision == "fp16":
            self.scalers = {n: torch.amp.GradScaler(prog.device.type) for n in prog.optimizers}
        self.stats = prog.stats
        self.nets, self.optimizers = prog.nets, prog.optimizers
        self.latent, self.device = prog.latent, prog.device
        self.window = prog.stats.collector()
        self.step_tensor = torch.zeros((), dtype=torch.long, device=prog.device)
        self._autocast = autocast_factory(prog.device, precision)
        #: the reals (and labels) of the last D phase, one pair per micro-batch
        self._reals: list[tuple[Tensor, Tensor | None]] = []
        #: the first optimizer update (counted in ``_updates``) at which this rank's own
        #: gradients, before the average over the ranks, went non-finite; −1: none
        self._first_bad = torch.full((), -1.0, device=prog.device)
        self._updates = 0
        self._track = False
        #: network id → main-phase optimizer steps taken (the clock of lazy phases); None until
        #: known: counted from the plan at the first iteration (a checkpoint without it)
        self._main_steps: dict[str, int] | None = None

    @property
    def _real(self) -> Tensor | None:
        """The last D phase's real batch (its first micro-batch), as tests inspect it."""
        return self._reals[0][0] if self._reals else None

    # -- the generic phase body ------------------------------------------------------------
    def _micro_sizes(self) -> list[int]:
        """The step's batch split into ``accumulate`` micro-batches (equal when it divides)."""
        k = max(1, min(self.accumulate, self.batch_size))
        base, extra = divmod(self.batch_size, k)
        return [base + (i < extra) for i in range(k)]

    def _batch(self, phase: Phase, micro: int = 0, size: int | None = None) -> Batch:
        p = self.prog
        reuse = phase.reuse_real and micro < len(self._reals)
        real, real_labels = self._reals[micro] if reuse else (None, None)
        regularizing = phase.side == "D" and not phase.adversarial
        return Batch(
            side=phase.side,
            phase=phase.name,
            step=self.step_tensor,
            size=self.batch_size if size is None else size,
            device=p.device,
            G=p.G,
            D=p.D,
            data=p.data,
            latent=p.latent,
            critic_path=self._reg_critic_path if regularizing else p.critic_path,
            generate=phase.generate or (lambda b: p.generate(b, self._autocast)),
            train_G=(p.analysis.G or "") in phase.trains,
            real=real,
            real_labels=real_labels,
            n_classes=p.analysis.n_classes if p.conditional else 0,
            autocast=self._autocast,
        )

    def _total(self, phase: Phase, update: Update, batch: Batch) -> Tensor | None:
        total: Tensor | None = None
        label = update.label or phase.name
        for name, fn, scale in update.terms:
            term = fn(batch)
            if term is None:
                continue
            term = term * scale
            self.stats.report(f"loss/{label}/{name}", term)
            total = term if total is None else total + term
        return total

    def _reg_critic_path(
        self, x: Tensor, origin: Origin, batch: Batch, *, y: Tensor | None = None, reg: bool = False
    ) -> CriticOutput:
        """The critic path of a D phase without the adversarial loss (a lazy ``Dreg``).

        D's first forward on the phase's real batch (R1's, or a penalty at the reals) reports
        its signs to ``D/real_sign`` as ``Dmain``'s real forward does: one report per forward of
        D on reals, like diffusion-stylegan2's ``loss.py``, whose ``Dreg`` phase reports
        ``Loss/signs/real`` of the R1 pass that its adaptive T then reads.
        """
        out = self.prog.critic_path(x, origin, batch, y=y, reg=reg)
        if (
            batch.computed("real")
            and not batch.computed("memo:real_sign")
            and _same_samples(x, batch.real)
        ):
            batch.memo("real_sign", lambda: True)
            self.stats.report("D/real_sign", out.logits.detach().sign())
        return out

    def _report_critic(self, batch: Batch) -> None:
        if batch.computed("out_real"):
            r = batch.logits_real.detach()
            self.stats.report("D/real", r.mean())
            self.stats.report("D/real_sign", r.sign())
        if batch.computed("out_fake"):
            self.stats.report("D/fake", batch.logits_fake.detach().mean())

    def run(self, phase: Phase | str, step: int | None = None) -> Batch | None:
        """Run one phase once through the generic body; returns its (last) batch (None: no phase).

        With ``accumulate`` k the step's batch is k micro-batches, each loss weighted by its
        share of the batch: for mean-reduced losses the summed gradients are the full batch's.
        Then, per update: the gradients averaged over the ranks, unscaled (fp16), their norm
        logged, the before-step hooks (which see the averaged, unscaled gradient), the step.
        """
        if isinstance(phase, str):
            found = self.phases.get(phase)
            if found is None:
                return None
            phase = found
        trains = phase.trains
        for nid, net in self.prog.nets.items():
            net.requires_grad_(nid in trains)
        sizes = self._micro_sizes()
        for u in phase.updates:
            u.optimizer.zero_grad(set_to_none=True)
        stepped: dict[int, Update] = {}
        reals: list[tuple[Tensor, Tensor | None]] = []
        batch: Batch | None = None
        for micro, size in enumerate(sizes):
            weight = size / self.batch_size if len(sizes) > 1 else None
            batch = self._batch(phase, micro, size)
            for u in self._backward(phase, batch, weight):
                stepped[id(u)] = u
            if phase.side == "D" and not phase.reuse_real:
                reals.append((batch.real, batch.real_labels))
        if phase.side == "D" and not phase.reuse_real:
            self._reals = reals
        for u in phase.updates:
            if id(u) in stepped:
                self._step(u)
        return batch

    def _backward(self, phase: Phase, batch: Batch, weight: float | None) -> list[Update]:
        """Terms and backward of one (micro-)batch; gradients add to what ``.grad`` holds."""
        if phase.side == "D":  # draw order: real, z, fake (the hand-written loop's order)
            batch.real  # noqa: B018
            batch.fake  # noqa: B018
        totals = [self._total(phase, u, batch) for u in phase.updates]
        if phase.adversarial and phase.side == "D":
            self._report_critic(batch)
        active = [(u, t) for u, t in zip(phase.updates, totals, strict=True) if t is not None]
        losses = []
        for u, total in active:
            if weight is not None:
                total = total * weight
            scaler = self.scalers.get(u.net)
            losses.append(scaler.scale(total) if scaler is not None else total)
        if len(active) == 1:
            losses[0].backward()
        else:  # a simultaneous update: every gradient from the same forward, before any step
            for i, ((u, _), loss) in enumerate(zip(active, losses, strict=True)):
                params = [q for q in u.module.parameters() if q.requires_grad]
                grads = autograd.grad(
                    loss, params, retain_graph=i < len(active) - 1, allow_unused=True
                )
                for q, g in zip(params, grads, strict=True):
                    if g is not None and q.grad is not None:
                        q.grad = q.grad + g
                    elif g is not None or q.grad is None:
                        q.grad = g
        return [u for u, _ in active]

    def _step(self, u: Update) -> None:
        if self.world_size > 1:
            bad = average_gradients([q for q in u.module.parameters() if q.requires_grad])
            self._updates += 1
            if bad is not None:  # the first update where this rank's own gradient went bad
                first = self._first_bad
                self._first_bad = torch.where(bad & (first < 0), float(self._updates), first)
        scaler = self.scalers.get(u.net)
        if scaler is not None:
            scaler.unscale_(u.optimizer)
        if self._track:
            held = [q.grad for q in u.module.parameters() if q.grad is not None]
            if held:
                self.stats.report(f"grad_norm/{u.net}", torch.nn.utils.get_total_norm(held))
        for hook in u.before_step:
            hook()
        if scaler is not None:
            scaler.step(u.optimizer)  # skipped (and the scale lowered) on inf/NaN gradients
            scaler.update()
        else:
            u.optimizer.step()
        u.optimizer.zero_grad(set_to_none=True)  # no stale grads between phases
        for hook in u.after_step:
            hook()

    def reset_optimizer(self, net: str) -> None:
        """Forget the optimizer state of ``net`` (ProGAN resets Adam at a resolution switch)."""
        opt = self.prog.optimizers.get(net)
        if opt is not None:
            opt.state.clear()

    # -- one iteration ----------------------------------------------------------------------
    def run_phase(self, name: str, step: int, track: bool = False) -> None:
        """Run phase ``name`` once if it exists (v1 name of ``run``)."""
        self._track = track
        self.run(name, step)

    def iteration(self, step: int, track: bool = False) -> None:
        """Runs all phases of iteration ``step`` (0-based), then the schedulers."""
        p = self.prog
        self.step_tensor.fill_(step)
        self._track = track
        if p.loop_owner is not None:
            p.loop_owner.iteration(step, self)
        else:
            self._alternate(step)
        for _, sched in p.schedulers:
            sched.step_end(step, self)

    def _alternate(self, step: int) -> None:
        """The plan's phases in order; each lazy phase right after the main steps it is due on.

        A lazy phase (``interval`` > 1) is due after main step number n (0-based, counted over
        the run) of its network when ``phase.due(n)``: every ``interval`` optimizer steps.
        """
        phases = self.prog.phases
        lazy = [ph for ph in phases if ph.interval > 1]
        if self._main_steps is None:
            self._main_steps = main_steps_before(phases, step)
        counts = self._main_steps
        for phase in phases:
            if phase.interval > 1:
                continue
            for _ in range(phase.repeats(step)):
                before = {net: counts.get(net, 0) for net in phase.trains}
                self.run(phase, step)
                for net, n in before.items():
                    counts[net] = n + 1
                for lz in lazy:
                    net = lz.updates[0].net
                    if net in before and lz.due(before[net]):
                        self.run(lz, step)

    def flush(self, first_step: int, last_step: int) -> dict[str, float]:
        """Window means of every reported value, plus scheduler and augmenter values.

        Raises ``NonFiniteLoss`` naming the phase and block when a loss went NaN/inf. With
        several ranks the means are global (a NaN on one rank is a NaN on all: every rank stops
        at the same flush) and the message names the ranks where it came from.
        """
        bad_ranks: list[int] = []
        if self.world_size > 1:
            # the origin: the ranks whose own gradients went non-finite (the average spreads a
            # NaN to all), else those whose losses did
            firsts = gather_values(self._first_bad, self.device)
            self._first_bad.fill_(-1.0)
            went_bad = [f for f in firsts if f >= 0]
            bad_ranks = [r for r, f in enumerate(firsts) if went_bad and f == min(went_bad)]
            if not bad_ranks:
                mine = [
                    v for k, v in self.window.means(local=True).items() if k.startswith("loss/")
                ]
                finite = bool(torch.stack(mine).isfinite().all()) if mine else True
                bad_ranks = ranks_with(not finite, self.device)
        means = self.window.means()
        self.window.reset()
        names = [n for n in means if not n.endswith("_sign")]
        values: dict[str, float] = {}
        if names:
            read = torch.stack([means[n].double() for n in names]).tolist()
            values = dict(zip(names, read, strict=True))
        bad = [k for k, v in values.items() if k.startswith("loss/") and not _finite(v)]
        if bad:
            parts = [f"phase {k.split('/')[1]}, block '{k.split('/')[2]}'" for k in bad]
            where = f" (from rank {', '.join(map(str, bad_ranks))})" if bad_ranks else ""
            raise NonFiniteLoss(
                f"non-finite loss between steps {first_step} and {last_step}: "
                + "; ".join(parts)
                + where
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

    def state_dict(self) -> dict[str, object]:
        state: dict[str, object] = {"batch_size": self.batch_size, "stats": self.stats.state_dict()}
        if self._main_steps is not None:
            state["main_steps"] = dict(self._main_steps)
        if self.world_size > 1:
            state["world_size"] = self.world_size
        if self.scalers:
            state["scalers"] = {n: s.state_dict() for n, s in self.scalers.items()}
        return state

    def load_state_dict(self, state: dict[str, object]) -> None:
        saved_batch = int(state["batch_size"])  # type: ignore[call-overload]
        saved_world = state.get("world_size", 1)
        if self.prog.graph.run.batch_per == "global" and isinstance(saved_world, int):
            # the global batch is the setting: this rank's share on this many ranks
            saved_batch = max(1, saved_batch * saved_world // self.world_size)
        self.batch_size = saved_batch
        scalers = state.get("scalers")
        if isinstance(scalers, dict):
            for net, sd in scalers.items():
                if net in self.scalers and isinstance(sd, dict):
                    self.scalers[net].load_state_dict(sd)
        self.stats.load_state_dict(state["stats"])  # type: ignore[arg-type]
        self.window.reset()
        saved = state.get("main_steps")
        # absent (older checkpoints) or unusable: recounted from the plan at the next iteration,
        # which gives the same numbers for the alternating loop
        self._main_steps = None
        if isinstance(saved, dict) and all(
            isinstance(k, str) and type(v) is int and v >= 0 for k, v in saved.items()
        ):
            self._main_steps = {str(k): int(v) for k, v in saved.items()}


def main_steps_before(phases: list[Phase], step: int) -> dict[str, int]:
    """Main-phase optimizer steps per network in iterations ``0 … step−1`` of the plan."""
    counts: dict[str, int] = {}
    for phase in phases:
        if phase.interval > 1:
            continue
        total = sum(phase.repeats(s) for s in range(step))
        for net in phase.trains:
            counts[net] = counts.get(net, 0) + total
    return counts


def _same_samples(x: Tensor, real: Tensor) -> bool:
    """Whether ``x`` is the real batch itself (or a detached view of it, as R1 makes)."""
    return (
        x.shape == real.shape
        and x.device == real.device
        and x.stride() == real.stride()
        and x.data_ptr() == real.data_ptr()
    )


def _finite(v: float) -> bool:
    return v == v and abs(v) != float("inf")
