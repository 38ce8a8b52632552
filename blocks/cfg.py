"""CFG / xICFG (Johnson & Zhang, ICML 2018; TPAMI 2021) and annealed CFG / NATS (Wan et al., TCSVT).

Spec: techniques-1.md §3. Checked against the authors' PyTorch code, riejohnson/cfg-gan-pt
``cfggan.py`` (``d_loss_dflt``, ``g_loss_dflt``, ``DDG.generate``, ``DDG.icfg``,
``DDG.initialize_G``, ``DDG._approximate``, ``OptimConfig.reduce_lr_``).

The CFG generator is G_T(z) = (T functional-gradient steps applied to G̃(z)), one step per stored
critic snapshot D_0..D_{T−1}; G̃ (the "approximator") is refit by regression to G_T's outputs.

The annealing part (``anneal_weights``, ``nats_level``, ``nats_level_weight``, ``NATSSchedule``,
``nats_surrogate_g_loss``) is **an interpretation** (spec §3.5 [proposal]): the NATS / annealed-CFG
papers were available as abstracts only, so the functional form, direction and index of the
annealed weight are the spec author's design, not the paper's.

The blocks that wire this into the loop (``scheduler.xicfg``, ``scheduler.nats``) are in
``blocks.cfg_blocks``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Literal, Protocol

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.func import functional_call

Critic = Callable[[Tensor], Tensor]
#: a per-step multiplier of η: a float, or a 0-d tensor (kept on the device, no host sync)
Weight = float | Tensor


class CriticSequence(Protocol):
    """Critics indexed by step: a list of callables or a ``CriticSnapshots``."""

    def __len__(self) -> int: ...

    def __getitem__(self, t: int, /) -> Critic: ...


# ---------------------------------------------------------------------------------------------
# §3.1 discriminator objective
# ---------------------------------------------------------------------------------------------


def cfg_d_loss(real_logits: Tensor, fake_logits: Tensor) -> Tensor:
    """L_D = mean log(1 + e^{−D(x_r)}) + mean log(1 + e^{D(x_f)})   (spec §3.1, ``d_loss_dflt``).

    Written with softplus, which is the same function without the overflow of log(1 + exp) at
    large logits. The authors take one mean over paired terms; with equal batch sizes (always so
    in ``icfg``) that equals the sum of the two means used here.
    """
    return F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()


def critic_gap(real_logits: Tensor, fake_logits: Tensor) -> Tensor:
    """mean D(x_r) − mean D(x_f): the statistic of the authors' stop rule (|gap| > ``diff_max``)."""
    return real_logits.float().mean() - fake_logits.float().mean()


def should_stop(gap: float, stage: int, diff_max: float = 40.0, min_stage: int = 2000) -> bool:
    """The authors' optional stop: |gap| > diff_max once ``stage`` (0-based) ≥ min_stage.

    ``diff_max ≤ 0`` disables it (as in ``cfggan``). Takes a host float: it is checked once per
    stage, where one sync is harmless.
    """
    return diff_max > 0 and abs(gap) > diff_max and stage >= min_stage


# ---------------------------------------------------------------------------------------------
# §3.2 functional-gradient step on samples
# ---------------------------------------------------------------------------------------------


def critic_input_grad(critic: Critic, x: Tensor) -> Tensor:
    """∇ₓ Σᵢ D(xᵢ), without touching the critic's ``.grad`` fields.

    The gradient is of the *summed* raw output, as ``d_out.backward(ones)`` in ``DDG.generate``;
    for a critic whose outputs are coupled across the batch (BatchNorm in train mode) that sum is
    what the authors differentiate. Grad mode is forced on so this also works inside ``no_grad``
    (not inside ``inference_mode``, where x cannot require grad).
    """
    with torch.enable_grad():
        xg = x.detach().requires_grad_(True)
        (grad,) = torch.autograd.grad(critic(xg).sum(), xg)
    return grad


def cfg_step(x: Tensor, critic: Critic, eta: float, weight: Weight = 1.0) -> Tensor:
    """x ← x + η·w·∇ₓD(x), returned detached (spec §3.2; ``fake.data += cfg_eta * fake.grad``).

    The sign is +: D is a logit of "real", so moving up its gradient moves fakes toward the data.
    ``weight`` is 1 in CFG; annealed CFG / NATS pass their annealed w (an interpretation, §3.5).
    """
    return (x.detach() + (eta * weight) * critic_input_grad(critic, x)).detach()


def cfg_steps(
    x: Tensor,
    critic: Critic,
    eta: float,
    num_steps: int,
    weights: Sequence[Weight] | Tensor | None = None,
) -> Tensor:
    """``num_steps`` CFG steps with one (frozen) critic: x_{s+1} = x_s + η·w_s·∇D(x_s).

    This is NATS option (b) of spec §3.5 (D frozen, x detached). ``weights[s]`` defaults to 1.
    """
    if weights is not None and len(weights) < num_steps:
        raise ValueError(f"need {num_steps} weights, got {len(weights)}")
    for s in range(num_steps):
        x = cfg_step(x, critic, eta, 1.0 if weights is None else weights[s])
    return x.detach()


def refine(
    x: Tensor,
    snapshots: CriticSequence,
    eta: float,
    weights: Sequence[Weight] | Tensor | None = None,
    num_steps: int | None = None,
) -> Tensor:
    """G_t(z) from x₀ = G̃(z): x_{s+1} = x_s + η·w_s·∇D_s(x_s) for s = 0..t−1 (spec §3.2–3.3).

    Step s uses snapshot s, in order, as ``DDG.generate`` (``for t0 in range(t)``). ``num_steps``
    (default: all) is the t of the D-update fakes in ``DDG.icfg``, which use only D_0..D_{t−1}.
    Returns a detached tensor; x itself is not modified.
    """
    t = len(snapshots) if num_steps is None else num_steps
    if not 0 <= t <= len(snapshots):
        raise ValueError(f"num_steps={t} outside 0..{len(snapshots)}")
    if weights is not None and len(weights) < t:
        raise ValueError(f"need {t} weights, got {len(weights)}")
    x = x.detach()
    for s in range(t):
        x = cfg_step(x, snapshots[s], eta, 1.0 if weights is None else weights[s])
    return x


# ---------------------------------------------------------------------------------------------
# §3.3 xICFG: frozen critic snapshots
# ---------------------------------------------------------------------------------------------


class CriticSnapshots:
    """T frozen copies D_0..D_{T−1} of a critic, taken one by one during a stage (spec §3.3).

    Holds one frozen template module (a deep copy of D) and one frozen copy of it per slot; ``take``
    copies D's parameters and buffers into a slot in place (slot t is overwritten each stage, as
    ``store_d_params``). Buffers are cloned per call (``torch.func.functional_call``), so running
    BatchNorm statistics (train mode, as the authors use) or a spectral-norm power-iteration
    vector never drift inside a stored snapshot: applying a snapshot is a pure function of its
    slot. A critic returning a ``CriticOutput`` is reduced to its logits.
    """

    def __init__(self, critic: nn.Module, bn_train_mode: bool = True):
        self.template = copy.deepcopy(critic).requires_grad_(False)
        for p in self.template.parameters():
            p.grad = None
        # the code calls every snapshot with BN in train mode (d_net(..., True)); keep that default
        self.template.train(bn_train_mode)
        self.bn_train_mode = bn_train_mode
        self._param_names = [n for n, _ in self.template.named_parameters()]
        self._buffer_names = [n for n, _ in self.template.named_buffers()]
        self._slots: list[nn.Module] = []

    @staticmethod
    def _tensors(module: nn.Module) -> dict[str, Tensor]:
        return dict(module.named_parameters()) | dict(module.named_buffers())

    def _new_slot(self) -> nn.Module:
        slot = copy.deepcopy(self.template)
        slot.train(self.bn_train_mode)
        return slot

    def take(self, critic: nn.Module, t: int | None = None) -> None:
        """Store a frozen copy of ``critic`` in slot t (default: append). D_t ← D."""
        t = len(self._slots) if t is None else t
        if not 0 <= t <= len(self._slots):
            raise IndexError(f"slot {t} outside 0..{len(self._slots)}")
        src = self._tensors(critic)
        if sorted(src) != sorted(self._param_names + self._buffer_names):
            raise ValueError("critic does not have the snapshot template's parameters/buffers")
        if t == len(self._slots):
            self._slots.append(self._new_slot())
        dst = self._tensors(self._slots[t])
        with torch.no_grad():
            for n, v in src.items():
                dst[n].copy_(v)

    def clear(self) -> None:
        self._slots.clear()

    def __len__(self) -> int:
        return len(self._slots)

    def apply(self, t: int, x: Tensor) -> Tensor:
        """D_t(x): slot t's frozen module (its buffers cloned: see class doc)."""
        slot = self._slots[t]
        if self._buffer_names:
            buffers = {n: b.clone() for n, b in slot.named_buffers()}
            out = functional_call(slot, buffers, (x,))
        else:
            out = slot(x)
        logits: Tensor = getattr(out, "logits", out)
        return logits

    def __getitem__(self, t: int) -> Critic:
        if not -len(self._slots) <= t < len(self._slots):
            raise IndexError(t)
        t %= len(self._slots)
        return lambda x: self.apply(t, x)

    def __iter__(self) -> Iterator[Critic]:
        return (self[t] for t in range(len(self._slots)))

    def state_dict(self) -> dict[str, Tensor]:
        """Plain tensors (copies) keyed ``"{t}.{name}"``; the slot count is implied by the keys."""
        return {
            f"{t}.{n}": v.detach().clone()
            for t, slot in enumerate(self._slots)
            for n, v in self._tensors(slot).items()
        }

    def load_state_dict(self, state: dict[str, Tensor]) -> None:
        slots: dict[int, dict[str, Tensor]] = {}
        for key, v in state.items():
            idx, _, name = key.partition(".")
            slots.setdefault(int(idx), {})[name] = v
        if sorted(slots) != list(range(len(slots))):
            raise ValueError(f"snapshot slots are not 0..n−1: {sorted(slots)}")
        ref = self._tensors(self.template)
        for t in range(len(slots)):
            if sorted(slots[t]) != sorted(ref) or any(
                v.shape != ref[n].shape for n, v in slots[t].items()
            ):
                raise ValueError(f"snapshot {t} does not match the template's tensors")
        loaded = []
        for t in range(len(slots)):
            slot = self._new_slot()
            dst = self._tensors(slot)
            with torch.no_grad():
                for n, v in slots[t].items():
                    dst[n].copy_(v)
            loaded.append(slot)
        self._slots = loaded


# ---------------------------------------------------------------------------------------------
# §3.3 xICFG: the approximator G̃ and its refit
# ---------------------------------------------------------------------------------------------


def approximator_loss(fake: Tensor, target: Tensor) -> Tensor:
    """L = Σ ‖G̃(z) − sg[x*]‖² / (2·B)   (``g_loss_dflt``: ``((fake-target)**2).sum()/2/num``).

    Summed over every element of a sample, averaged over the batch B; the target is a constant.
    """
    return (fake - target.detach()).square().sum() / (2 * fake.shape[0])


def random_projection(
    z_dim: int,
    sample_shape: Sequence[int],
    std: float = 0.01,
    *,
    device: torch.device | str | None = None,
    generator: torch.Generator | None = None,
) -> Tensor:
    """W ~ N(0, std²) of shape [z_dim, prod(sample_shape)]: ``initialize_G``'s fixed projection."""
    n = math.prod(sample_shape)
    w = torch.randn(z_dim, n, device=device, generator=generator)
    return w * std


def projection_targets(z: Tensor, proj: Tensor, sample_shape: Sequence[int]) -> Tensor:
    """x* = clamp(z·W, −1, 1) as samples: the targets G̃ is first fit to (``initialize_G``)."""
    return (z @ proj).clamp(-1.0, 1.0).reshape(z.shape[0], *sample_shape)


def approx_lr_after_epoch(
    lr: float,
    epoch_loss: float,
    prev_loss: float | None,
    reductions: int,
    decay: float = 0.1,
    max_reductions: int = 3,
) -> tuple[float, int]:
    """(lr, reductions) after one refit epoch (``OptimConfig.reduce_lr_``).

    lr ← decay·lr when this epoch's mean loss is strictly above the previous epoch's, at most
    ``max_reductions`` times per refit (the counter and lr restart with each fresh optimizer).
    ``decay ≤ 0`` disables; ``max_reductions ≤ 0`` means unlimited, as in the code. Host floats:
    decided once per epoch (10 per stage), where the sync is negligible.
    """
    if prev_loss is None or not epoch_loss > prev_loss or decay <= 0:
        return lr, reductions
    if 0 < max_reductions <= reductions:
        return lr, reductions
    return lr * decay, reductions + 1


# ---------------------------------------------------------------------------------------------
# §3.5 [interpretation] annealed CFG and NATS
# ---------------------------------------------------------------------------------------------

AnnealMode = Literal["decay", "grow", "const"]


def anneal_weights(
    num_steps: int,
    ratio: float = 10.0,
    mode: AnnealMode = "decay",
    device: torch.device | None = None,
) -> Tensor:
    """Per-inner-step weights w_t = (σ_t/σ_1)², σ geometric from σ_1 to σ_T = σ_1/ratio.

    INTERPRETATION (spec §3.5 [proposal]; the annealed-CFG paper is abstract-only): the shape of
    the step size of annealed Langevin dynamics (α_i ∝ σ_i²). ``decay``: w = 1 … 1/ratio²;
    ``grow``: the same list reversed (1/ratio² … 1, so the largest step stays η); ``const``: ones.
    """
    if num_steps < 1 or ratio <= 0:
        raise ValueError("need num_steps ≥ 1 and ratio > 0")
    if mode == "const" or num_steps == 1:
        return torch.ones(num_steps, device=device)
    frac = torch.arange(num_steps, device=device, dtype=torch.float64) / (num_steps - 1)
    w = (ratio ** (-2.0 * frac)).float()  # (σ_t/σ_1)² with σ_t/σ_1 = ratio^(−t/(T−1))
    if mode == "decay":
        return w
    if mode == "grow":
        return w.flip(0)
    raise ValueError(f"unknown anneal mode {mode!r}")


def nats_level(step: int, steps_per_level: int, num_levels: int) -> int:
    """Level k = min(⌊step / M⌋, K − 1), 0-based (the spec's k = 1..K is this k + 1).

    INTERPRETATION (§3.5): K levels of M ordinary GAN iterations each; the last level persists.
    """
    if steps_per_level < 1 or num_levels < 1:
        raise ValueError("need steps_per_level ≥ 1 and num_levels ≥ 1")
    return min(max(step, 0) // steps_per_level, num_levels - 1)


def nats_level_weight(
    level: int, num_levels: int, w_start: float = 1.0, w_end: float = 0.1
) -> float:
    """w_k = w_start·(w_end/w_start)^{k/(K−1)}: geometric from w_start (k=0) to w_end (k=K−1).

    INTERPRETATION (§3.5 default: geometric decay 1 → 0.1). K = 1 gives w_start.
    """
    if num_levels == 1:
        return w_start
    return w_start * (w_end / w_start) ** (min(max(level, 0), num_levels - 1) / (num_levels - 1))


class NATSSchedule:
    """The NATS annealing state: a step counter; level k and weight w_k are pure functions of it.

    INTERPRETATION of an abstract-only method (spec §3.5). The effective step size of level k is
    η·w_k; option (a) scales the base G loss by w_k (``nats_surrogate_g_loss``), option (b) uses
    ``cfg_steps(x, D, eta * w_k, S)`` targets with ``approximator_loss``. Checkpoint with
    ``state_dict``; the defaults K=10, M=1000 are placeholders (the spec gives none).
    """

    def __init__(
        self,
        num_levels: int = 10,
        steps_per_level: int = 1000,
        w_start: float = 1.0,
        w_end: float = 0.1,
    ):
        if num_levels < 1 or steps_per_level < 1 or w_start <= 0 or w_end <= 0:
            raise ValueError("need num_levels, steps_per_level ≥ 1 and positive weights")
        self.num_levels = num_levels
        self.steps_per_level = steps_per_level
        self.w_start = w_start
        self.w_end = w_end
        self.step = 0

    @property
    def level(self) -> int:
        return nats_level(self.step, self.steps_per_level, self.num_levels)

    @property
    def weight(self) -> float:
        return nats_level_weight(self.level, self.num_levels, self.w_start, self.w_end)

    def eta(self, eta: float) -> float:
        """The annealed step size η·w_k of the current level."""
        return eta * self.weight

    def advance(self, n: int = 1) -> None:
        self.step += n

    def state_dict(self) -> dict[str, int]:
        return {"step": self.step}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.step = int(state["step"])


def nats_surrogate_g_loss(base_g_loss: Tensor, weight: Weight) -> Tensor:
    """NATS option (a), INTERPRETATION (§3.5): L_G' = w_k · L_G^base.

    Its gradient equals that of a one-step CFG regression (``approximator_loss`` to
    x + η·w_k·∇D(x)) exactly when L_G^base = −η·mean D(G(z)); for other base losses (e.g.
    non-saturating) it is the same direction only up to the base loss's per-sample weights.
    """
    return weight * base_g_loss
