"""Progressive growing of GANs as blocks (Karras, Aila, Laine, Lehtinen; ICLR 2018; spec §8).

The math is in ``blocks.progressive`` (tested there); this module wires it into the contract:

- ``generator.progressive`` / ``discriminator.progressive``: the networks, built at the last
  stage with α = 1 (what a finished run samples); the stage travels in their state dicts.
- ``scheduler.progressive``: stage and α from the step (official ``TrainingSchedule``), applied
  to G, D and every EMA copy wired to it; Adam reset at each segment start; batch per stage.
- ``augmenter.fade_reals``: the real side's fade-in (official ``process_reals``), one-sided.
- ``regularizer.drift``: ε·E[D(x_real)²] of the WGAN-GP loss (official ``wgan_epsilon``).

Why the augmenter reads the stage from D instead of a wire from the scheduler: the scheduler
takes D as a handle, so a scheduler → augmenter → D.real wire would close a cycle
(D → scheduler → augmenter → D), which the validator refuses. The augmenter fades the reals to
the stage D is at (``batch.D``), so the two can never disagree, also after a resume.
"""

from __future__ import annotations

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
    handle,
    samples,
)
from blocks.generators import G_INPUTS, G_OUTPUTS
from blocks.progressive import (
    ProgressiveDiscriminator,
    ProgressiveGenerator,
    _Staged,
    drift_penalty,
    fade_reals,
    level_of_detail,
    progressive_plan,
    progressive_schedule,
    reset_steps,
)
from blocks.runtime import Augmenter, Batch, LoopDriver, Origin, Regularizer, Scheduler
from schemas import PortType, RunConfig

PAPER = "Karras, Aila, Laine, Lehtinen, Progressive Growing of GANs, ICLR 2018"

# --------------------------------------------------------------------------------------------
# Networks


class ProgressiveGParams(BlockParams):
    width: int = Field(
        128, ge=4, le=1024, description="Channels at the base resolution (paper: 512)."
    )
    min_width: int = Field(
        16, ge=1, le=1024, description="Fewest channels: halved per doubling down to this."
    )
    normalize_latents: bool = Field(True, description="Pixel norm on z (official default).")
    out_activation: Literal["none", "tanh"] = Field(
        "none", description="Output after the fade: none (paper, linear) or tanh."
    )


class ProgressiveGeneratorBlock(Block):
    """Progressive GAN generator: grows from base·base to the data size (Karras et al. 2018).

    Equalised-lr convs, pixel norm, nearest ×2 per stage, toRGB per stage and the fade-in
    lerp(up(toRGB_{k−1}), toRGB_k, α) (official ``G_paper``). The output is always the full data
    size (nearest-upsampled from the current stage), so the rest of the graph sees one shape.
    Sizes s·2^k with 4 ≤ s ≤ 7 (8 = 4·2, 28 = 7·4, 32 = 4·8); Animal-MNIST grows 7 → 14 → 28.
    Built at the last stage with α = 1; ``scheduler.progressive`` moves it. The stage and α are
    part of its state dict, so a checkpoint samples at the stage it was trained at.
    """

    type = "generator.progressive"
    title = "Progressive G"
    paper = PAPER
    Params = ProgressiveGParams
    inputs = G_INPUTS
    outputs = G_OUTPUTS
    params: ProgressiveGParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        progressive_plan(data_shape)  # raises UnsupportedShape with the reason
        return {"fake": data_shape}

    def output_meta(self) -> dict[str, dict[str, Any]]:
        return {"net": {"node_id": self.node_id}}

    def build(self, ctx: BuildContext) -> ProgressiveGenerator:
        p = self.params
        return ProgressiveGenerator(
            ctx.z_dim,
            ctx.data_shape,
            width=p.width,
            min_width=p.min_width,
            normalize_latents=p.normalize_latents,
            out_activation=nn.Tanh() if p.out_activation == "tanh" else None,
        )


class ProgressiveDParams(BlockParams):
    width: int = Field(
        128, ge=4, le=1024, description="Channels at the base resolution (paper: 512)."
    )
    min_width: int = Field(
        16, ge=1, le=1024, description="Fewest channels: halved per doubling down to this."
    )
    mbstd_group_size: int = Field(
        4, ge=0, le=64, description="Minibatch-stddev group (official 4; 0 or 1: off)."
    )


def mbstd_problem(batch_size: int, group: int) -> str | None:
    """Why the minibatch-stddev layer cannot take batches of ``batch_size``, or None."""
    g = min(group, batch_size)
    if g > 1 and batch_size % g:
        return (
            f"batch {batch_size} is not divisible by the minibatch-stddev group {g}: "
            "use a multiple of it (or mbstd_group_size 0)"
        )
    return None


class ProgressiveDiscriminatorBlock(Block):
    """Progressive GAN critic with minibatch stddev, mirroring G's growth (Karras et al. 2018).

    fromRGB per stage, (conv 3×3, conv 3×3, box ×½) per block and, at the base, the
    minibatch-stddev feature, conv 3×3 and two dense layers (official ``D_paper``). Takes full-size
    images at every stage (box-downsampled inside); while fading, the new path is blended with
    fromRGB_{k−1} of the pooled input. Call it separately on reals and fakes (the loop does):
    its stddev groups would mix them otherwise.
    """

    type = "discriminator.progressive"
    title = "Progressive D"
    paper = PAPER
    Params = ProgressiveDParams
    inputs = (
        samples("real", "Real samples (after augmenter.fade_reals)."),
        samples("fake", "Generated samples."),
    )
    outputs = (
        handle("critic", PortType.CRITIC, "This critic: its logits feed losses and penalties."),
    )
    params: ProgressiveDParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            progressive_plan(shapes["real"])
        return {}

    def check_run(self, run: RunConfig) -> list[BlockProblem]:
        problem = mbstd_problem(run.batch_size, self.params.mbstd_group_size)
        return [BlockProblem("mbstd_group_size", "bad_param", problem)] if problem else []

    def output_meta(self) -> dict[str, dict[str, Any]]:
        return {"critic": {"node_id": self.node_id}}

    def build(self, ctx: BuildContext) -> ProgressiveDiscriminator:
        p = self.params
        return ProgressiveDiscriminator(
            ctx.data_shape,
            width=p.width,
            min_width=p.min_width,
            mbstd_group_size=p.mbstd_group_size,
        )


# --------------------------------------------------------------------------------------------
# Schedule


class ProgressiveGrowing(Scheduler):
    """Stage and α of every step, applied to the networks; Adam resets; batch per stage.

    ``step_end(step)`` prepares step + 1: the networks' stage, the shared α (a 0-d device
    tensor filled in place, no host sync), the loop's batch size and, at a segment start, the
    optimizer resets. Step 0's stage is applied at build. The state is the next step alone:
    loading it re-applies everything, so a resumed run continues exactly.
    """

    def __init__(
        self,
        nets: list[_Staged],
        *,
        stable_images: int,
        fade_images: int,
        batch_sizes: list[int],
        reset: bool,
        net_ids: list[str | None],
        device: torch.device,
    ):
        self.nets = nets
        self.stable_images, self.fade_images = stable_images, fade_images
        self.batch_sizes = batch_sizes
        self.base = nets[0].base
        self.resets = set(reset_steps(stable_images, fade_images, batch_sizes)) if reset else set()
        self.net_ids = net_ids
        self.alpha = torch.ones((), device=device)
        self.apply(0)

    def schedule(self, step: int) -> tuple[int, float]:
        return progressive_schedule(step, self.stable_images, self.fade_images, self.batch_sizes)

    def apply(self, step: int) -> None:
        """Put every network at the stage and α of ``step``."""
        self.step = step
        self.stage, self.alpha_value = self.schedule(step)
        fading = self.alpha_value < 1.0
        if fading:
            self.alpha.fill_(self.alpha_value)
        for net in self.nets:
            net.set_stage(self.stage, self.alpha if fading else None)

    def _ids(self, loop: LoopDriver) -> list[str]:
        """Node ids of G and D (declared by their blocks; else found among the loop's phases)."""
        ids = []
        for nid, net in zip(self.net_ids, self.nets[:2], strict=True):
            if nid is None:
                updates = [u for ph in loop.phases.values() for u in ph.updates]
                nid = next((u.net for u in updates if u.module is net), None)
            if nid is not None:
                ids.append(nid)
        return ids

    def step_end(self, step: int, loop: LoopDriver) -> None:
        self.apply(step + 1)
        loop.batch_size = self.batch_sizes[self.stage]
        if self.step in self.resets:  # official reset_opt_for_new_lod
            for nid in self._ids(loop):
                loop.reset_optimizer(nid)

    def values(self) -> dict[str, Tensor | float]:
        n = self.nets[0].n_stages
        return {
            "stage": float(self.stage),
            "alpha": self.alpha_value,
            "resolution": float(self.base * 2**self.stage),
            "lod": level_of_detail(self.stage, self.alpha_value, n),
            "batch_size": float(self.batch_sizes[self.stage]),
        }

    def state_dict(self) -> dict[str, Any]:
        return {"step": self.step}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.apply(int(state["step"]))


class ProgressiveParams(BlockParams):
    training_kimg: float = Field(
        600.0, ge=0, le=100_000, description="Thousands of reals per stable segment (official 600)."
    )
    transition_kimg: float = Field(
        600.0, ge=0, le=100_000, description="Thousands of reals per fade-in (official 600)."
    )
    batch_sizes: list[int] = Field(
        default_factory=list,
        max_length=16,
        description="Batch at stage k (official minibatch_dict); 0 or missing: run.batch_size. "
        "Stage 0's must be the run's.",
    )
    reset_optimizer: bool = Field(
        True, description="Forget the Adam state of G and D at every fade start and end."
    )


class ProgressiveScheduler(Block):
    """Progressive growing's schedule: resolution and fade-in α from the images shown (ProGAN).

    Official ``TrainingSchedule`` in steps: stage 0 trains ``training_kimg``·1000 reals, then each
    stage k fades in over ``transition_kimg``·1000 reals (α = 0 → 1 linearly, α = images shown /
    images of the fade) and stabilises for ``training_kimg``·1000; the last stage never ends.
    A segment of I images at batch b_k lasts ⌈I/b_k⌉ steps. It sets the stage and α of the
    generator, the critic and every EMA copy wired to ``ema`` (each holds its own stage), resets
    the optimizers of G and D at every segment start (``reset_opt_for_new_lod``) and sets the
    loop's batch size per stage. Logs stage, α, resolution and lod. Deviation: α moves every
    step, not every ``minibatch_repeats`` = 4 steps.
    """

    type = "scheduler.progressive"
    title = "Progressive growing"
    paper = PAPER
    Params = ProgressiveParams
    inputs = (
        handle("generator", PortType.GENERATOR, "The generator.progressive to grow."),
        handle("critic", PortType.CRITIC, "The discriminator.progressive to grow."),
        handle(
            "ema",
            PortType.GENERATOR,
            "EMA copies of G (scheduler.ema.ema): they follow G's stage.",
            required=False,
            multiple=True,
        ),
    )
    params: ProgressiveParams

    def check_run(self, run: RunConfig) -> list[BlockProblem]:
        b = self.params.batch_sizes
        problems = []
        if b and b[0] not in (0, run.batch_size):
            problems.append(
                BlockProblem(
                    "batch_sizes",
                    "bad_param",
                    f"stage 0 runs at the run's batch size ({run.batch_size}), not {b[0]}: "
                    "set run.batch_size or make the first entry 0",
                )
            )
        if any(x < 0 for x in b):
            problems.append(BlockProblem("batch_sizes", "bad_param", "batch sizes must be ≥ 0"))
        return problems

    def build(self, ctx: BuildContext) -> ProgressiveGrowing:
        p = self.params
        G, D = ctx.one("generator"), ctx.one("critic")
        nets = [G, D, *ctx.inputs.get("ema", [])]
        for port, net in (("generator", G), ("critic", D), *(("ema", e) for e in nets[2:])):
            if not isinstance(net, _Staged):
                raise ValueError(
                    f"'{port}' must be a progressive network (generator.progressive, "
                    f"discriminator.progressive or an EMA of one), got {type(net).__name__}"
                )
        n = G.n_stages
        if any(net.n_stages != n or net.base != G.base for net in nets):
            raise ValueError("G, D and the EMA copies must grow through the same resolutions")
        if len(p.batch_sizes) > n:
            raise ValueError(f"batch_sizes has {len(p.batch_sizes)} entries for {n} stages")
        batches = [b or ctx.run.batch_size for b in p.batch_sizes]
        batches += [ctx.run.batch_size] * (n - len(batches))
        group = D.blocks[0].group_size
        for k, b in enumerate(batches):
            problem = mbstd_problem(b, group)
            if problem:
                raise ValueError(f"stage {k}: {problem}")
        return ProgressiveGrowing(
            nets,
            stable_images=round(p.training_kimg * 1000),
            fade_images=round(p.transition_kimg * 1000),
            batch_sizes=batches,
            reset=p.reset_optimizer,
            net_ids=[
                ctx.meta.get("generator", {}).get("node_id"),
                ctx.meta.get("critic", {}).get("node_id"),
            ],
            device=ctx.device,
        )


# --------------------------------------------------------------------------------------------
# Faded reals


class FadeReals(Augmenter):
    """The reals D sees at its current stage: ``fade_reals(x, D.stage, D.alpha, D.n_stages)``.

    In the loop (``transform``) it reads the stage of the critic it feeds (``batch.D``); ``net``
    fixes the network to read instead (tests, tools). Held by reference, not as a submodule.
    """

    net: _Staged | None

    def __init__(self, net: _Staged | None = None):
        super().__init__()
        object.__setattr__(self, "net", net)

    @staticmethod
    def fade(x: Tensor, net: nn.Module) -> Tensor:
        if not isinstance(net, _Staged):
            raise TypeError(
                "augmenter.fade_reals fades the reals to a progressive critic's stage; "
                f"this D is a {type(net).__name__}: use discriminator.progressive"
            )
        return fade_reals(x, net.stage, net.alpha, net.n_stages)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor | None]:
        return (x if self.net is None else self.fade(x, self.net)), None

    def transform(self, x: Tensor, origin: Origin, batch: Batch) -> tuple[Tensor, Tensor | None]:
        if origin != "real":
            raise ValueError(
                "augmenter.fade_reals acts on reals only: G's output is already faded inside G"
            )
        return self.fade(x, self.net if self.net is not None else batch.D), None


class FadeRealsBlock(Block):
    """Fade-in of the reals to D's current resolution, real side only (Karras et al. 2018).

    Official ``process_reals``: x_k = box-downsample x to the current resolution; during a fade
    x_k ← lerp(up₂(pool₂(x_k)), x_k, α); then nearest-upsample to the full size. The stage and α
    are read from the critic it feeds (set by ``scheduler.progressive``), so they always agree.
    Wire data.real → fade.real → D.real; the fake side has no fade (G's output is faded inside G).
    Penalties (GP) interpolate the unfaded reals: during a fade their new-resolution path sees
    x_k instead of the faded x_k (stable stages are the same, since D pools its input anyway).
    """

    type = "augmenter.fade_reals"
    title = "Fade reals (ProGAN)"
    paper = PAPER
    one_sided = "ProGAN fades only the reals to D's resolution; G's output is faded inside G itself"
    inputs = (samples("real", "Real samples at the full data size."),)
    outputs = (samples("real", "Reals at D's current stage and α (feed D.real)."),)

    def build(self, ctx: BuildContext) -> FadeReals:
        return FadeReals()


# --------------------------------------------------------------------------------------------
# Drift penalty


class DriftParams(BlockParams):
    eps: float = Field(
        0.001, ge=0, le=1, description="ε_drift of ε·E[D(x_real)²] (official wgan_epsilon)."
    )


class DriftReg(Regularizer):
    def __init__(self, eps: float):
        self.eps = eps

    def term(self, batch: Batch) -> Tensor:
        return drift_penalty(batch.logits_real, self.eps)  # the loss's forward, shared


class DriftPenalty(Block):
    """Drift penalty ε·E[D(x_real)²] keeping a WGAN critic near zero (Karras et al. 2018).

    The fourth term of ProGAN's WGAN-GP critic loss (official ``D_wgangp_acgan``,
    ``wgan_epsilon`` = 0.001): without it the critic's output can drift without bound, since the
    Wasserstein loss only sees differences. Reads the logits of the loss's own real forward.
    """

    type = "regularizer.drift"
    title = "Drift penalty"
    paper = PAPER
    Params = DriftParams
    inputs = (handle("critic", PortType.CRITIC, "The critic whose real logits are penalised."),)
    params: DriftParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return DriftReg(self.params.eps)


PROGRESSIVE_BLOCKS = [
    ProgressiveGeneratorBlock,
    ProgressiveDiscriminatorBlock,
    ProgressiveScheduler,
    FadeRealsBlock,
    DriftPenalty,
]
