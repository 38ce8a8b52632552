"""``metric.failure_modes``: mode collapse, non-convergence and vanishing G gradients, live.

The three failure modes of Saad, O'Reilly, Rehmani ("A Survey on Training Challenges in GANs
for Biomedical Image Analysis", arXiv 2201.07646), measured as techniques-2 §13 proposes; the
thresholds are defaults to expose, not published constants. Each evaluation (every
``eval_every`` steps) returns the evidence values and a ``MetricWarning`` per crossed threshold:

- **collapse**: on a toy mixture, fewer than ``collapse_modes`` of the modes get samples (a
  mode gets samples when ≥ ``mode_share``·N/K of them are nearest to it, at any distance, so an
  untrained G spread over the plane is not called collapsed; ``metric.modes``'s VEEGAN/PacGAN
  numbers are reported alongside); otherwise the diversity
  ratio (mean pairwise distance of fakes over that of reals; on the shipped domain classifier's
  features for images) is below ``diversity_lo``.
- **nonconvergence**: the D and G losses of the last ``window`` evaluation windows (means of the
  loop's ``loss/…`` statistics between evaluations) spread by more than ``osc_std_hi``.
- **vanishing**: ‖∇G‖/‖∇D‖ (the loop's ``grad_norm/<net>`` on logging steps) below
  ``grad_ratio_lo``, or D separating reals from fakes by more than ``gap_hi`` logits
  (mean D(x) − mean D(G(z)) over the window).
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
from pydantic import Field
from torch import Tensor, nn

from blocks.base import (
    Block,
    BlockParams,
    BuildContext,
    Shape,
    UnsupportedShape,
    handle,
    samples,
)
from blocks.diagnostics import diversity_ratio, mode_mass, spread
from blocks.metrics_image.blocks import resolve_domain
from blocks.metrics_image.features import domain_extractor
from blocks.metrics_toy import generate, mode_stats
from blocks.runtime import DataSource, LatentSampler, Metric, MetricResult, MetricWarning, Stats
from schemas import PortType

Features = Literal["auto", "raw", "domain"]
#: the warnings this metric raises (each also logged as a 0/1 series ``warn_<name>``)
WARNINGS = ("collapse", "nonconvergence", "vanishing")


class FailureModesParams(BlockParams):
    n_samples: int = Field(
        2500, ge=100, le=100_000, description="Generated samples per evaluation (toy: 2500)."
    )
    n_diversity: int = Field(
        500, ge=16, le=5000, description="Samples (each side) for the pairwise-distance ratio."
    )
    features: Features = Field(
        "auto", description="Diversity space: auto (domain CNN for images, raw otherwise)."
    )
    collapse_modes: float = Field(
        0.75, ge=0, le=1, description="Warn when fewer than this share of the modes get samples."
    )
    mode_share: float = Field(
        0.25, gt=0, le=1, description="A mode gets samples: ≥ this × N/K nearest to it."
    )
    diversity_lo: float = Field(
        0.5, ge=0, le=10, description="Warn when fake/real mean pairwise distance is below."
    )
    window: int = Field(
        4, ge=2, le=100, description="Evaluation windows the loss spread is taken over."
    )
    osc_std_hi: float = Field(
        0.5, gt=0, le=1e6, description="Warn when the D or G loss spread over windows exceeds."
    )
    grad_ratio_lo: float = Field(
        1e-3, ge=0, le=1e6, description="Warn when grad_norm(G)/grad_norm(D) falls below."
    )
    gap_hi: float = Field(
        8.0, gt=0, le=1e6, description="Warn when mean D(x) − D(G(z)) (logits) exceeds."
    )
    every: int = Field(0, ge=0, description="Steps between evaluations (0: the run's eval_every).")


def _mean(c: Any, names: list[str]) -> float:
    """Sum over ``names`` of each name's window mean (NaN when none was reported)."""
    vals = [c.mean(n) for n in names]
    vals = [float(v) for v in vals if v is not None]
    return sum(vals) if vals else math.nan


class FailureModesEval(Metric):
    """The built ``metric.failure_modes`` (its window history is checkpointed)."""

    def __init__(
        self,
        params: FailureModesParams,
        source: Any,
        stats: Stats | None,
        g_name: str | None,
        d_name: str | None,
        domain: str | None,
        seed: int,
    ):
        self.p, self.every, self.source, self.seed = params, params.every, source, seed
        self.g_name, self.d_name, self.domain = g_name, d_name, domain
        self.collector = stats.collector() if stats is not None else None
        self.history: dict[str, list[float]] = {"loss_D": [], "loss_G": []}

    # -- evidence ------------------------------------------------------------------------------
    def _collapse(
        self, x: Tensor, data: DataSource, device: torch.device, out: dict[str, float]
    ) -> list[MetricWarning]:
        p, warns = self.p, []
        src = self.source if self.source is not None else data
        modes = getattr(src, "modes", None)
        if modes is not None and getattr(src, "mode_std", 0.0) > 0:
            s = mode_stats(x, modes, float(src.mode_std))
            out.update(
                modes_covered=float(s["modes_covered"]),
                modes_covered_strict=float(s["modes_covered_strict"]),
                hq_fraction=float(s["hq_fraction"]),
                reverse_kl=float(s["reverse_kl"]),
            )
            held, _ = mode_mass(x, modes, p.mode_share)
            out["modes_with_mass"] = float(held)
            need = p.collapse_modes * s["n_modes"]
            if held < need:
                warns.append(
                    MetricWarning(
                        "collapse",
                        f"mode collapse: only {held} of {s['n_modes']} modes get samples (≥"
                        f" {p.mode_share:g} of a uniform share; threshold {need:g}); try a lower"
                        " lr, TTUR, minibatch discrimination/PacGAN or a gradient penalty",
                    )
                )
        gen = torch.Generator().manual_seed(self.seed + 1)
        real = data.sample_without_replacement(p.n_diversity, gen)
        fake = x[: p.n_diversity]
        if self.domain is not None:
            ext = domain_extractor(self.domain, device)
            real, fake = ext.features(real), ext.features(fake)
        ratio = diversity_ratio(fake, real)
        out["diversity_ratio"] = ratio
        if modes is None and math.isfinite(ratio) and ratio < p.diversity_lo:
            warns.append(
                MetricWarning(
                    "collapse",
                    f"low diversity: fakes are {ratio:.2f}× as spread as reals (threshold"
                    f" {p.diversity_lo:g}); G is collapsing",
                )
            )
        return warns

    def _dynamics(self, out: dict[str, float]) -> list[MetricWarning]:
        c, p = self.collector, self.p
        warns: list[MetricWarning] = []
        if c is None:
            return warns
        names = list(c.stats.sums)
        for side in ("D", "G"):
            m = _mean(c, [n for n in names if n.startswith(f"loss/{side}")])
            hist = self.history[f"loss_{side}"]
            hist.append(m)
            del hist[: -p.window]
            out[f"loss_{side}_window"] = m
            out[f"loss_{side}_spread"] = spread(hist)
        gap = _mean(c, ["D/real"]) - _mean(c, ["D/fake"])
        out["d_gap"] = gap
        worst = max((out[f"loss_{s}_spread"] for s in "DG"), default=math.nan)
        if len(self.history["loss_D"]) >= p.window and worst > p.osc_std_hi:
            warns.append(
                MetricWarning(
                    "nonconvergence",
                    f"losses oscillate: their window means spread by {worst:.3g} over the last"
                    f" {p.window} evaluations (threshold {p.osc_std_hi:g}); try a lower lr,"
                    " TTUR, an EMA of G or a zero-centred gradient penalty",
                )
            )
        g_names = [self.g_name] if self.g_name in names else []
        if not g_names:  # G itself is not wired (an EMA is): every other trained net
            g_names = [n for n in names if n.startswith("grad_norm/") and n != self.d_name]
        g = _mean(c, g_names) if g_names else math.nan
        d = _mean(c, [self.d_name]) if self.d_name else math.nan
        ratio = g / d if math.isfinite(g) and math.isfinite(d) and d > 0 else math.nan
        out["grad_ratio"] = ratio
        reasons = []
        if math.isfinite(ratio) and ratio < p.grad_ratio_lo:
            reasons.append(f"grad_norm(G)/grad_norm(D) = {ratio:.2g} < {p.grad_ratio_lo:g}")
        if math.isfinite(gap) and gap > p.gap_hi:
            reasons.append(f"D(x) − D(G(z)) = {gap:.3g} logits > {p.gap_hi:g}")
        if reasons:
            warns.append(
                MetricWarning(
                    "vanishing",
                    "vanishing G gradients: " + "; ".join(reasons) + " — D wins; try the"
                    " non-saturating loss, fewer D steps, a weaker D or instance noise",
                )
            )
        c.reset()
        return warns

    def compute(
        self, generator: nn.Module, latent: LatentSampler, data: DataSource, device: torch.device
    ) -> MetricResult:
        out: dict[str, float] = {}
        x = generate(generator, latent, self.p.n_samples, device, seed=self.seed)
        warns = self._collapse(x, data, device, out) + self._dynamics(out)
        raised = {w.name for w in warns}
        out.update({f"warn_{n}": float(n in raised) for n in WARNINGS})
        return MetricResult(out, warns)

    def protocol(self) -> dict[str, Any]:
        p = self.p
        return {
            "metric": "failure_modes",
            "collapse": f"toy: modes_covered_strict < {p.collapse_modes} x modes; else diversity"
            f" ratio < {p.diversity_lo}",
            "diversity_space": f"domain_cnn/{self.domain}" if self.domain else "raw samples",
            "nonconvergence": f"window-mean loss spread over {p.window} evals > {p.osc_std_hi}",
            "vanishing": f"grad ratio < {p.grad_ratio_lo} or D gap > {p.gap_hi}",
            "grad_norms": f"G: {self.g_name or 'other nets'}, D: {self.d_name or 'unwired'}",
            "eval_seed": self.seed,
        }

    def state_dict(self) -> dict[str, Any]:
        state: dict[str, Any] = {"history": {k: list(v) for k, v in self.history.items()}}
        if self.collector is not None:  # a reader's window start, as the other blocks name it
            state["window"] = self.collector.state_dict()
        return state

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.history = {k: [float(x) for x in v] for k, v in state["history"].items()}
        if self.collector is not None and "window" in state:
            self.collector.load_state_dict(state["window"])


class FailureModesMetric(Block):
    """Mode collapse, non-convergence and vanishing-gradient warnings (Saad et al. 2022 survey).

    Every evaluation: mode coverage on toy mixtures (VEEGAN/PacGAN rule) or the fake/real
    diversity ratio (images: on the shipped domain classifier's features), the spread of the
    window-mean D and G losses, D(x) − D(G(z)) and ‖∇G‖/‖∇D‖ from the loop's statistics. Each
    has a threshold; crossing it raises a warning, logged as an MLflow tag and shown on the
    run view. Wire ``critic`` for the gradient ratio.
    """

    type = "metric.failure_modes"
    title = "Failure-mode diagnostics"
    paper = "Saad, O'Reilly, Rehmani, Training Challenges in GANs (survey), arXiv 2201.07646"
    Params = FailureModesParams
    inputs = (
        handle("generator", PortType.GENERATOR, "The generator to evaluate."),
        samples("real", "The data the samples are compared with."),
        handle("critic", PortType.CRITIC, "The critic (its grad_norm statistic).", required=False),
    )
    params: FailureModesParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        return {}

    def build(self, ctx: BuildContext) -> FailureModesEval:
        p = self.params
        real = ctx.inputs.get("real") or []
        source = next((r for r in real if getattr(r, "modes", None) is not None), ctx.data)
        images = len(ctx.data_shape) == 3
        use_domain = p.features == "domain" or (p.features == "auto" and images)
        try:
            domain = resolve_domain(ctx.node_id, "auto", ctx.data) if use_domain else None
        except UnsupportedShape:
            if p.features == "domain":
                raise
            domain = None  # no shipped classifier for this data: raw pixels
        gen_src = next(iter(ctx.sources.get("generator", [])), None)
        d_src = next(iter(ctx.sources.get("critic", [])), None)
        return FailureModesEval(
            p,
            source,
            ctx.stats,
            f"grad_norm/{gen_src}" if gen_src else None,
            f"grad_norm/{d_src}" if d_src else None,
            domain,
            ctx.run.seed,
        )
