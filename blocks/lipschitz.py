"""``metric.lipschitz`` and ``metric.ntk``: the local geometry of G and D during training.

- Lipschitz (Behrmann, Vicol, Wang, Grosse, Jacobsen, AISTATS 2021; techniques-2 §12.2/§12.4):
  pair ratios of D over reals and fakes and of G over latent pairs, σ_max of J_G and ‖∇_x D‖ by
  power iteration; for an invertible G (a module with ``inverse``, e.g. ``generator.coupling``)
  also σ_min(J_G) = 1/σ_max(J_{G⁻¹}), the condition number κ and the reconstruction error.
- NTK (Jacot, Gabriel, Hongler 2018; the GA-NTK empirical kernel of techniques-1 §8): the
  spectrum of K_ij = ⟨∂D(x_i)/∂θ, ∂D(x_j)/∂θ⟩ on a fixed probe set of reals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BuildContext, Shape, handle, samples
from blocks.diagnostics import (
    jacobian_sigma_max,
    kernel_spectrum,
    pair_ratios,
    reconstruction_error,
)
from blocks.metrics_toy import generate
from blocks.ntk import empirical_ntk
from blocks.runtime import (
    CriticOutput,
    DataSource,
    LatentSampler,
    Metric,
    MetricResult,
    MetricWarning,
)
from schemas import PortType

T = TypeVar("T")


class CriticLogits(nn.Module):
    """D's logits ``[B]`` as a plain module (a ``CriticOutput`` is unwrapped)."""

    def __init__(self, critic: nn.Module):
        super().__init__()
        self.critic = critic

    def forward(self, x: Tensor) -> Tensor:
        return CriticOutput.of(self.critic(x)).logits


def _in_eval(net: nn.Module, fn: Callable[[], T]) -> T:
    """``fn()`` with ``net`` in eval mode (no batch-norm coupling, no dropout), mode restored."""
    was = net.training
    net.eval()
    try:
        return fn()
    finally:
        net.train(was)


def lipschitz_of_G(
    G: nn.Module, z1: Tensor, z2: Tensor, n_points: int, iters: int, gen: torch.Generator
) -> dict[str, float]:
    """Pair ratios of G over latent pairs and its Jacobian spectra at ``n_points`` of them.

    With an ``inverse`` (an invertible G): σ_min(J_G(z)) = 1/σ_max(J_{G⁻¹}(G(z))), the condition
    number κ = σ_max/σ_min and the reconstruction error, all at the same points.
    """
    r = pair_ratios(G(z1).detach(), G(z2).detach(), z1, z2)
    out = {"G_lip_max": float(r.max()), "G_lip_min": float(r.min())}
    out["G_inv_lip_lower"] = 1.0 / max(out["G_lip_min"], 1e-30)
    z = z1[:n_points]
    sig_max = jacobian_sigma_max(G, z, iters, gen)
    out.update(G_jac_sigma_max=float(sig_max.max()), G_jac_sigma_mean=float(sig_max.mean()))
    inverse = getattr(G, "inverse", None)
    if callable(inverse):
        sig_inv = jacobian_sigma_max(inverse, G(z).detach(), iters, gen)
        sig_min = 1.0 / sig_inv.clamp_min(1e-30)
        out.update(
            G_jac_sigma_min=float(sig_min.min()),
            G_kappa_max=float((sig_max / sig_min).max()),
            G_recon_err=float(reconstruction_error(G, inverse, z).max()),
        )
    return out


def lipschitz_of_D(
    critic: nn.Module, real: Tensor, fake: Tensor, n_points: int, iters: int, gen: torch.Generator
) -> dict[str, float]:
    """Pair ratios of D over random pairs of reals and fakes, ‖∇_x D‖ at ``n_points`` of them
    (σ_max of a scalar output's Jacobian is its gradient norm)."""
    f = CriticLogits(critic)
    pool = torch.cat([real, fake])
    perm = torch.randperm(pool.shape[0], generator=gen).to(pool.device)
    a, b = pool, pool[perm]
    keep = (a - b).flatten(1).norm(dim=1) > 0
    with torch.no_grad():
        r = pair_ratios(f(a[keep]).unsqueeze(1), f(b[keep]).unsqueeze(1), a[keep], b[keep])
    grad = jacobian_sigma_max(lambda x: f(x).unsqueeze(1), pool[:n_points], iters, gen)
    return {
        "D_lip_max": float(r.max()),
        "D_grad_norm_max": float(grad.max()),
        "D_grad_norm_mean": float(grad.mean()),
    }


class LipschitzParams(BlockParams):
    n_pairs: int = Field(256, ge=2, le=100_000, description="Pairs per evaluation (each side).")
    n_points: int = Field(
        64, ge=1, le=10_000, description="Points where the Jacobian spectra are taken."
    )
    power_iters: int = Field(10, ge=1, le=200, description="Power iterations for σ_max(J).")
    recon_err_hi: float = Field(
        1e-3, gt=0, le=1, description="Warn when an invertible G's ‖z − G⁻¹(G(z))‖/‖z‖ exceeds."
    )
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


class LipschitzEval(Metric):
    """The built ``metric.lipschitz``."""

    def __init__(self, params: LipschitzParams, critic: nn.Module | None, seed: int):
        self.p, self.every, self.critic, self.seed = params, params.every, critic, seed

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> MetricResult:
        p = self.p
        gen = torch.Generator().manual_seed(self.seed + 3)
        # the same latent pairs at every evaluation, drawn on a forked RNG (training untouched)
        z = generate(nn.Identity(), latent, 2 * p.n_pairs, device, seed=self.seed + 3)
        z1, z2 = z[: p.n_pairs], z[p.n_pairs :]
        with torch.enable_grad():
            out = _in_eval(
                generator,
                lambda: lipschitz_of_G(generator, z1, z2, p.n_points, p.power_iters, gen),
            )
            if self.critic is not None:
                critic = self.critic
                real = data.sample_without_replacement(p.n_pairs, gen).to(device)
                fake = generate(generator, latent, p.n_pairs, device, seed=self.seed + 4)
                out.update(
                    _in_eval(critic, lambda: lipschitz_of_D(critic, real, fake, p.n_points, 1, gen))
                )
        warns = []
        err = out.get("G_recon_err")
        if err is not None and not err <= p.recon_err_hi:
            warns.append(
                MetricWarning(
                    "invertibility",
                    f"G is numerically non-invertible: ‖z − G⁻¹(G(z))‖/‖z‖ = {err:.2g} >"
                    f" {p.recon_err_hi:g} (exploding inverse, Behrmann et al. 2021); bound the"
                    " coupling scales or lower the lr",
                )
            )
        return MetricResult(out, warns)

    def protocol(self) -> dict[str, Any]:
        p = self.p
        return {
            "metric": "lipschitz",
            "pairs": f"{p.n_pairs} latent pairs; D: random pairs over {p.n_pairs} reals + fakes",
            "jacobian": f"power iteration on JᵀJ, {p.power_iters} steps, {p.n_points} points",
            "lip_max": "max pair ratio: an empirical lower bound on the Lipschitz constant",
            "inv_lip_lower": "1/min pair ratio: a lower bound on Lip(G⁻¹) for an invertible G",
            "eval_seed": self.seed,
        }


class LipschitzMetric(Block):
    """Empirical Lipschitz and bi-Lipschitz estimates of G and D (Behrmann et al., AISTATS 2021).

    Pair ratios ‖f(a) − f(b)‖/‖a − b‖ (max: a lower bound on Lip; for G the min too, whose
    inverse bounds Lip(G⁻¹) from below), σ_max of J_G and ‖∇_x D‖ by power iteration with
    JVP/VJP; for an invertible G (``generator.coupling``) σ_min(J_G) via the inverse, κ and the
    reconstruction error, with a warning above ``recon_err_hi``. Wire ``critic`` for D's numbers.
    """

    type = "metric.lipschitz"
    title = "Lipschitz estimates"
    paper = "Behrmann, Vicol, Wang, Grosse, Jacobsen, Exploding Inverses in INNs, AISTATS 2021"
    Params = LipschitzParams
    inputs = (
        handle("generator", PortType.GENERATOR, "The generator to probe."),
        samples("real", "Real samples (D's pairs)."),
        handle("critic", PortType.CRITIC, "The critic to probe.", required=False),
    )
    params: LipschitzParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> LipschitzEval:
        critic = ctx.inputs["critic"][0] if ctx.connected("critic") else None
        return LipschitzEval(self.params, critic, ctx.run.seed)


class NTKParams(BlockParams):
    n_probe: int = Field(64, ge=2, le=1024, description="Fixed probe points of the kernel.")
    probe: Literal["real", "real_and_box"] = Field(
        "real_and_box",
        description="Probe set: reals, or half reals and half uniform over their bounding box.",
    )
    top_k: int = Field(3, ge=1, le=32, description="Top eigenvalues logged.")
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


def ntk_probe(data: DataSource, n: int, kind: str, seed: int) -> Tensor:
    """A fixed probe set from ``seed`` alone: ``n`` reals, or ⌈n/2⌉ reals and the rest uniform
    over the reals' bounding box (toy mixtures cluster reals on tight modes, where the kernel
    is nearly singular; box points probe D between the modes too)."""
    gen = torch.Generator().manual_seed(seed)
    if kind == "real":
        return data.sample_without_replacement(n, gen)
    real = data.sample_without_replacement((n + 1) // 2, gen)
    flat = real.flatten(1).cpu()
    lo, hi = flat.min(0).values, flat.max(0).values
    box = lo + (hi - lo) * torch.rand(n - real.shape[0], flat.shape[1], generator=gen)
    return torch.cat([real, box.to(real).view(-1, *real.shape[1:])])


class NTKEval(Metric):
    """The built ``metric.ntk``: the probe set is drawn once from the run's seed."""

    def __init__(self, params: NTKParams, critic: nn.Module, seed: int):
        self.p, self.every, self.critic, self.seed = params, params.every, critic, seed
        self.probe: Tensor | None = None

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> dict[str, float]:
        if self.probe is None:
            self.probe = ntk_probe(data, self.p.n_probe, self.p.probe, self.seed + 5).to(device)
        net, probe = CriticLogits(self.critic), self.probe
        k = _in_eval(self.critic, lambda: empirical_ntk(net, probe))
        return kernel_spectrum(k, self.p.top_k)

    def protocol(self) -> dict[str, Any]:
        return {
            "metric": "ntk",
            "kernel": "empirical NTK K_ij = <dD(x_i)/dθ, dD(x_j)/dθ> over all of D's parameters",
            "probe": f"{self.p.n_probe} points ({self.p.probe}) drawn once (seed + 5)",
            "cond": "λ_max / smallest eigenvalue above 1e-6 λ_max (the kernel's range; rank)",
        }


class NTKMetric(Block):
    """Spectrum of D's empirical neural tangent kernel on a fixed probe set (Jacot et al. 2018).

    K_ij = ⟨∂D(x_i)/∂θ, ∂D(x_j)/∂θ⟩ over every parameter of D, on ``n_probe`` points drawn
    once (reals, and by default as many uniform points over their bounding box); logs the top
    eigenvalues, the trace, λ_max/trace, the effective rank and the condition number over training
    (the empirical kernel of GA-NTK, Zhang et al. arXiv 2204.04090). Small (toy) critics only:
    one backward per probe point.
    """

    type = "metric.ntk"
    title = "D's empirical NTK"
    paper = "Jacot, Gabriel, Hongler, Neural Tangent Kernel, NeurIPS 2018"
    Params = NTKParams
    inputs = (
        handle("generator", PortType.GENERATOR, "The generator (unused: the kernel is D's)."),
        samples("real", "Real data the probe set is drawn from."),
        handle("critic", PortType.CRITIC, "The critic whose kernel is taken."),
    )
    params: NTKParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> NTKEval:
        return NTKEval(self.params, ctx.one("critic"), ctx.run.seed)
