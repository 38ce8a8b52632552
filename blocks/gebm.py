"""GEBM: Generalized Energy-Based Models (Arbel, Zhou, Gretton; ICLR 2021, arXiv 2003.05033).

Spec: techniques-1.md §7 (model §7.1, KALE losses §7.2, schedule §7.3, latent Langevin §7.4,
checks §7.5, block interface §7.6). Checked against MichaelArbel/GeneralizedEBM @b2fb244
(``compute.kale``, ``Trainer.iteration / compute_log_partition / grad_clip / which_step``,
``samplers.LangevinSampler / LMCsampler``, ``models/discriminator.py``).

The model is q(x) ∝ exp(−E(x))·(G_#η)(x) with η = N(0, I). With h = E + A (A: the learnable
log-partition), the energy minimises

    L_E = mean_i h(x_r,i) + mean_j exp(−h(G(z_j))) − 1         (−L_E is the KALE estimate)

and the base generator minimises L_G = −mean_i E(x_r,i) − Â, Â = log mean_j exp(−E(G(z_j))).
Samples come from Langevin dynamics in latent space on U(z) = ½‖z‖² + β·E(G(z)), then x = G(z).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Literal

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from blocks.regularizers import input_gradient

Net = Callable[[Tensor], Tensor]
Phase = Literal["energy", "generator"]

# ---------------------------------------------------------------------------------------------
# The energy network and its log-partition A
# ---------------------------------------------------------------------------------------------


def truncate_energy(energy: Tensor, min_value: float = -10.0) -> Tensor:
    """E = ReLU(E_raw − m) + m with m = −10: the energy is bounded below (``models/discriminator``).

    Written as the authors' ReLU (not ``clamp``) so the gradient at the kink matches theirs (0).
    Without it a single fake with very negative energy makes exp(−h) explode in L_E.
    """
    return F.relu(energy - min_value) + min_value


class EnergyNet(nn.Module):
    """E(x) = truncate(body(x)) → [B], plus the learnable scalar log-partition A (§7.1, §7.6).

    A is a parameter of this module so the energy's optimiser trains it with the body, as the
    authors append it to ``d_params``. ``log_partition`` is excluded from :meth:`body_parameters`
    (the authors' ``gradient_l2`` penalty and the 2g/(1+g²) transform act on the body only).
    """

    def __init__(self, body: nn.Module, trunc_min: float | None = -10.0):
        super().__init__()
        self.body = body
        self.trunc_min = trunc_min
        self.log_partition = nn.Parameter(torch.zeros(()))

    def forward(self, x: Tensor) -> Tensor:
        e = self.body(x).reshape(x.shape[0])
        return e if self.trunc_min is None else truncate_energy(e, self.trunc_min)

    def body_parameters(self) -> list[nn.Parameter]:
        return [p for p in self.body.parameters() if p.requires_grad]


def batch_log_partition(energy_fake: Tensor) -> Tensor:
    """Â = log mean_j exp(−E(G(z_j))) = logsumexp_j(−E_j) − log M (``compute_log_partition``).

    This is also the minimiser over A of L_E (∂L_E/∂A = 1 − e^{−A}·mean e^{−E_f} = 0), so it is
    the closed-form A: the G-step uses it on the batch, and ``initialize_log_partition`` on many.
    """
    e = energy_fake.reshape(-1)
    return torch.logsumexp(-e, dim=0) - math.log(e.shape[0])


@torch.no_grad()
def init_log_partition_(log_partition: Tensor, energy_fake: Tensor) -> None:
    """A ← Monte-Carlo closed form on ``energy_fake`` (the authors use 100 batches of fakes)."""
    log_partition.copy_(batch_log_partition(energy_fake).reshape(log_partition.shape))


# ---------------------------------------------------------------------------------------------
# KALE losses (§7.2)
# ---------------------------------------------------------------------------------------------


def kale_energy_loss(energy_real: Tensor, energy_fake: Tensor, log_partition: Tensor) -> Tensor:
    """L_E = mean(E(x_r) + A) + mean(exp(−(E(G(z)) + A))) − 1 (``compute.kale``, discriminator).

    Trains E and A; the fakes must come from a G run without grad (the energy step).
    """
    h_real = energy_real + log_partition
    h_fake = energy_fake + log_partition
    return h_real.mean() + torch.exp(-h_fake).mean() - 1


def kale_generator_loss(energy_fake: Tensor, energy_real: Tensor | None = None) -> Tensor:
    """L_G = −mean E(x_r) − Â with Â = log mean exp(−E(G(z))) (the batch estimate, not A).

    The real term is constant in G (the authors include it, so L_G estimates −KALE at the
    closed-form A); pass ``energy_real=None`` to skip that forward. ∇_G L_G is the softmax(−E)
    weighted mean of ∇E(G(z_j)): G moves its samples toward low energy. E must be frozen.
    """
    loss = -batch_log_partition(energy_fake)
    if energy_real is not None:
        loss = loss - energy_real.mean()
    return loss


def kale_gradient_penalty(energy: Net, real: Tensor, fake: Tensor) -> Tensor:
    """P = mean_i ‖∇ₓE(x̂_i)‖², x̂ = αx_r + (1−α)x_f, α ~ U[0,1] per sample (``_gradient_penalty``).

    Squared norm with no (‖·‖ − 1) offset; λ = 1 in training.yaml, 0.1 in main.py. The graph is
    kept (create_graph) so the penalty trains E. Fakes are truncated to the real batch size.
    """
    n = min(real.shape[0], fake.shape[0])
    alpha = torch.rand(n, *([1] * (real.dim() - 1)), device=real.device, dtype=real.dtype)
    x_hat = (alpha * real.detach()[:n] + (1 - alpha) * fake.detach()[:n]).requires_grad_(True)
    return input_gradient(energy(x_hat), x_hat).square().sum(1).mean()


def param_l2_penalty(params: Iterable[Tensor]) -> Tensor:
    """Σ_p ‖p‖² / Σ_p Σ_k shape(p)_k: the L2 half of ``gradient_l2`` (main.py's default).

    The authors normalise by the sum of each tensor's *dimensions* (a [64,3,3,3] weight counts
    73), not by its number of elements; kept as written.
    """
    params = list(params)
    total = torch.stack([p.square().sum() for p in params]).sum()
    return total / float(sum(sum(p.shape) for p in params))


@torch.no_grad()
def gebm_grad_transform_(params: Iterable[Tensor], log_partition: Tensor | None = None) -> None:
    """In place, before the energy optimiser's step (``Trainer.grad_clip``, grad_clip = 1):

    g ← 2g/(1 + g²) for every energy parameter (bounded in [−1, 1]), and g ← g/(1 − g) for A.
    A tensor whose new gradient is not finite gets a zero gradient, as in the authors' code
    (decided on the device with ``torch.where``, no host sync). For A, g = 1 − mean e^{−h_f} < 1,
    so g/(1−g) = 1/mean(e^{−h_f}) − 1, zero at the same A as g. Not applied in the G-step.
    """

    def finite_or_zero(g: Tensor) -> Tensor:
        return torch.where(torch.isfinite(g).all(), g, torch.zeros_like(g))

    for p in params:
        if p is log_partition or p.grad is None:
            continue
        g = p.grad
        p.grad.copy_(finite_or_zero(2 * g / (1 + g.square())))
    if log_partition is not None and log_partition.grad is not None:
        g = log_partition.grad
        log_partition.grad.copy_(finite_or_zero(g / (1 - g)))


# ---------------------------------------------------------------------------------------------
# Training schedule (§7.3)
# ---------------------------------------------------------------------------------------------


def _schedule(
    step: int, n_iter_d: int, n_iter_d_init: int, burst_every: int | None
) -> tuple[bool, int]:
    """(is this a generator step, number of generator steps before it) for 0-based ``step``.

    The authors' rule (``which_step``), with counter = step + 1 and g = generator steps so far:
    modulus m = n_iter_d_init + 1 if g < 2 or g % burst_every == 0 else n_iter_d + 1, and a
    generator step when counter % m == 0 and counter > n_iter_d_init. Since m only changes at
    generator steps, we jump from burst to burst (O(step / (burst_every·(n_iter_d+1)))).
    """
    if (
        step < 0
        or n_iter_d < 0
        or n_iter_d_init < 0
        or (burst_every is not None and burst_every < 1)
    ):
        raise ValueError("step, n_iter_d, n_iter_d_init must be ≥ 0 and burst_every ≥ 1 (or None)")
    counter = step + 1
    long_m, short_m = n_iter_d_init + 1, n_iter_d + 1
    last, g = 0, 0  # counter of the last generator step; generator steps so far
    while True:
        if g < 2 or (burst_every is not None and g % burst_every == 0):
            nxt = long_m * (max(last, n_iter_d_init) // long_m + 1)
            if counter <= nxt:
                return counter == nxt, g
            last, g = nxt, g + 1
            continue
        first = short_m * (max(last, n_iter_d_init) // short_m + 1)
        if counter < first:
            return False, g
        run = None if burst_every is None else (g // burst_every + 1) * burst_every - g
        if run is None or counter <= first + (run - 1) * short_m:
            k, r = divmod(counter - first, short_m)
            return r == 0, g + k + (r != 0)
        last, g = first + (run - 1) * short_m, g + run


def which_step(
    step: int, n_iter_d: int = 5, n_iter_d_init: int = 100, burst_every: int | None = 500
) -> Phase:
    """The phase of the 0-based iteration ``step``: "energy" or "generator" (pure in ``step``).

    Authors' defaults (main.py): 100 energy steps first, then 5 energy : 1 generator, with a
    energy burst after every ``burst_every``-th generator step (the modulus switches to
    n_iter_d_init + 1 = 101, so the burst is 0–100 energy steps depending on where it starts).
    ``burst_every=None``: only the initial bursts.
    """
    return "generator" if _schedule(step, n_iter_d, n_iter_d_init, burst_every)[0] else "energy"


def generator_steps_before(
    step: int, n_iter_d: int = 5, n_iter_d_init: int = 100, burst_every: int | None = 500
) -> int:
    """The authors' ``g_counter`` at ``step``: generator steps in iterations 0 … step − 1.

    Their run length (``total_gen_iter`` = 150000) and the step-decay every 5000 generator
    steps count these, not iterations.
    """
    return _schedule(step, n_iter_d, n_iter_d_init, burst_every)[1]


# ---------------------------------------------------------------------------------------------
# Latent-space Langevin sampler (§7.4)
# ---------------------------------------------------------------------------------------------


class LatentLangevin:
    """Langevin dynamics on the latent posterior ν(z) ∝ N(z; 0, I)·exp(−β·E(G(z))).

    Potential U(z) = ½‖z‖² + β·E(G(z)) (``samplers.Latent_potential``; −log η up to a constant).

    - ``method="langevin"`` (``LangevinSampler.euler``): z ← z − (γ/2)∇U(z) + s·√γ·ξ, s the
      ``noise_scale`` (1; 0 gives gradient descent on U).
    - ``method="lmc"`` (``LMCsampler.leapfrog``, underdamped, v₀ = 0): h = 2√γ, C = e^{−κh},
      D = √(1 − e^{−2κh}); x½ = x + (h/2)v; v½ = v − (h/2)∇U(x½); ṽ = C·v½ + s·D·ξ;
      v = ṽ − (h/2)∇U(x½); x = x½ + (h/2)v.

    Step k (0-based) uses γ_k = γ·decay^⌊k / decay_every⌋ (``Trainer.sample``: ×0.1 every 200
    steps; ``decay_every=None`` keeps γ fixed). Defaults: 1000 steps (sampling.yaml), γ = 1e-4
    (scripts.sh), β = 100 (main.py ``--temperature``; theory gives β = 1), κ = 100.

    Every step is detached: ∇U comes from ``torch.autograd.grad`` w.r.t. z only, so nothing
    accumulates in G's or E's ``.grad`` (the authors' ``backward()`` did). Works when the caller
    is under ``torch.no_grad`` or ``torch.inference_mode``. Put G and E in eval mode first if
    they have batch-dependent layers (the authors call ``potential.eval()``).
    """

    def __init__(
        self,
        G: Net,
        energy: Net,
        latent_dim: int,
        steps: int = 1000,
        step_size: float = 1e-4,
        temperature: float = 100.0,
        noise_scale: float = 1.0,
        decay: float = 0.1,
        decay_every: int | None = 200,
        method: Literal["langevin", "lmc"] = "langevin",
        kappa: float = 100.0,
    ):
        if method not in ("langevin", "lmc"):
            raise ValueError(f"unknown method {method!r}: 'langevin' or 'lmc'")
        self.G, self.energy, self.latent_dim = G, energy, latent_dim
        self.steps, self.step_size, self.temperature = steps, step_size, temperature
        self.noise_scale, self.decay, self.decay_every = noise_scale, decay, decay_every
        self.method, self.kappa = method, kappa

    def potential(self, z: Tensor) -> Tensor:
        """U(z) = ½‖z‖² + β·E(G(z)), per sample [B]."""
        e = self.energy(self.G(z)).reshape(z.shape[0])
        return 0.5 * z.flatten(1).square().sum(1) + self.temperature * e

    def grad_potential(self, z: Tensor) -> Tensor:
        """∇_z U(z) at a detached copy of z (only z is differentiated)."""
        with torch.enable_grad():
            z = z.detach().requires_grad_(True)
            (g,) = torch.autograd.grad(self.potential(z).sum(), z)
        return g

    def step_size_at(self, k: int) -> float:
        if not self.decay_every:
            return self.step_size
        return self.step_size * self.decay ** (k // self.decay_every)

    def _noise(self, like: Tensor) -> Tensor | float:
        # skip the draw at zero noise: gradient descent must not consume the RNG
        return self.noise_scale * torch.randn_like(like) if self.noise_scale else 0.0

    def chain(
        self, z: Tensor, v: Tensor | None = None, start: int = 0, steps: int | None = None
    ) -> tuple[Tensor, Tensor | None]:
        """Run ``steps`` (default: all) steps from step index ``start``; returns (z, v).

        ``v`` is the LMC velocity (zeros when None; None for plain Langevin). ``start`` lets a
        chain run in chunks, as ``Trainer.sample`` does, without restarting the γ decay.
        """
        n = self.steps if steps is None else steps
        with torch.inference_mode(False), torch.no_grad():
            z = z.clone()  # a normal tensor even if the caller made z in inference mode
            if self.method == "lmc":
                v = torch.zeros_like(z) if v is None else v.clone()
            for k in range(start, start + n):
                gamma = self.step_size_at(k)
                if self.method == "langevin":
                    z = z - gamma / 2 * self.grad_potential(z) + math.sqrt(gamma) * self._noise(z)
                else:
                    assert v is not None
                    z, v = self._leapfrog(z, v, gamma)
        return z, v

    def _leapfrog(self, x: Tensor, v: Tensor, gamma: float) -> tuple[Tensor, Tensor]:
        h = 2 * math.sqrt(gamma)
        c = math.exp(-self.kappa * h)
        d = math.sqrt(1 - math.exp(-2 * self.kappa * h))
        x_half = x + h / 2 * v
        du = self.grad_potential(x_half)
        v_tilde = c * (v - h / 2 * du) + d * self._noise(v)
        v = v_tilde - h / 2 * du
        return x_half + h / 2 * v, v

    def latents(self, z: Tensor) -> Tensor:
        """z_T after ``steps`` steps from z₀ = ``z``."""
        if z.shape[1:].numel() != self.latent_dim:
            raise ValueError(f"z has {z.shape[1:].numel()} features, expected {self.latent_dim}")
        return self.chain(z)[0]

    def sample(self, z: Tensor) -> Tensor:
        """x = G(z_T): samples of the GEBM q ∝ e^{−βE}·G_#η (exactly q when β = 1)."""
        z_t = self.latents(z)
        with torch.inference_mode(False), torch.no_grad():
            return self.G(z_t)
