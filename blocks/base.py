"""The block contract.

A block is one class: a docstring naming its paper, a pydantic ``Params`` model (``extra="forbid"``,
defaults, bounds, one-line descriptions: they drive the canvas inspector), typed ``inputs`` and
``outputs``, and ``build(ctx)`` returning the torch object the compiler wires into the loop.
What ``build`` returns depends on the kind; the protocols are in ``blocks.runtime``.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from types import UnionType
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

import torch
from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from schemas import Port, PortType, RunConfig

Shape = tuple[int, ...]

KINDS = (
    "data",
    "latent",
    "generator",
    "discriminator",
    "augmenter",
    "regularizer",
    "loss",
    "optimizer",
    "scheduler",
    "sampler",
    "metric",
)


class BlockParams(BaseModel):
    """Base of every params model: unknown keys are errors, never silently ignored.

    Strict, as the graph file is: a number field takes a JSON number (``"0.1"`` and ``true`` are
    refused, not coerced), an integer field an integer, every float is finite. JSON has no
    tuples: a JSON array given for a tuple field (Adam's ``betas``) is taken as that tuple.
    """

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _as_json_reads(cls, value: Any, info: ValidationInfo) -> Any:
        field = cls.model_fields.get(info.field_name or "")
        if field is None:
            return value
        if isinstance(value, list) and _is_tuple(field.annotation):
            return tuple(value)
        if isinstance(value, bool) and not _takes_bool(field.annotation):
            # strict mode refuses bools for int/float, but Literal[1, 3] matches True == 1
            raise ValueError(f"a boolean ({str(value).lower()}) is not allowed here")
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            # torch and numpy hold 64 bits: a field without an upper bound must not overflow
            raise ValueError("integer out of range: integers must fit 64 bits (< 2**63)")
        return value


def _args(annotation: Any) -> tuple[Any, ...]:
    """The annotation and, through Optional/Union/Annotated, the types it is made of."""
    out = [annotation]
    if get_origin(annotation) in (Union, UnionType, Annotated):
        for arg in get_args(annotation):
            out.extend(_args(arg))
    return tuple(out)


def _is_tuple(annotation: Any) -> bool:
    return any(a is tuple or get_origin(a) is tuple for a in _args(annotation))


def _takes_bool(annotation: Any) -> bool:
    for a in _args(annotation):
        if a is bool or a is Any:
            return True
        if get_origin(a) is Literal and any(isinstance(v, bool) for v in get_args(a)):
            return True
    return False


class NoParams(BlockParams):
    """A block without settings."""


@dataclass(frozen=True)
class BlockProblem:
    """A problem a block finds in its own settings before anything is built (``check``).

    ``field`` is the params field it concerns ('' for the block as a whole).
    """

    field: str
    code: str
    message: str


class UnsupportedShape(ValueError):
    """Raised by ``infer``/``build`` when a block cannot work on the shape it is given."""


@dataclass
class BuildContext:
    """Everything ``build`` may look at: resolved shapes, upstream objects and the run settings."""

    node_id: str
    device: torch.device
    run: RunConfig
    #: shape of the real data the generator is compared with (after shape propagation)
    data_shape: Shape
    #: latent dimension feeding the generator
    z_dim: int
    #: input port → shapes of what arrives there (shaped ports only)
    shapes: dict[str, Shape] = field(default_factory=dict)
    #: input port → built objects of the upstream nodes (handles: networks, optimizers, controls)
    inputs: dict[str, list[Any]] = field(default_factory=dict)
    #: input port → metadata the upstream output declared (e.g. ``{"t_max": 1000}`` for Timestep)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the data source, once built (metrics and toy diagnostics read its modes)
    data: Any = None
    #: the run's named statistics (``blocks.stats.Stats``): report values, open collectors
    stats: Any = None
    #: classes of the graph's labelled data (0: unlabelled data)
    n_classes: int = 0
    #: input port → node ids of the upstream blocks (named statistics such as ``grad_norm/<id>``)
    sources: dict[str, list[str]] = field(default_factory=dict)

    def connected(self, port: str) -> bool:
        return bool(self.inputs.get(port))

    def one(self, port: str) -> Any:
        """The single object wired into ``port`` (validated before build, so present)."""
        return self.inputs[port][0]


class Block:
    """Base class of every block; subclasses set the class attributes and ``build``."""

    type: ClassVar[str]
    title: ClassVar[str]
    #: the paper (or library) the technique comes from, shown in the palette
    paper: ClassVar[str] = ""
    # builtins.type: the class attribute ``type`` (the tag) shadows the builtin in this body
    Params: ClassVar[builtins.type[BlockParams]] = NoParams
    inputs: ClassVar[tuple[Port, ...]] = ()
    outputs: ClassVar[tuple[Port, ...]] = ()

    # -- what the compiler and runner need to know, declared by the block (never a type name) --
    #: sampling: metrics, sample grids and ``gancanvas sample`` use the generator handle of the
    #: block with the highest priority (G 0, an EMA 1, a sampler around them 2)
    sampling_priority: ClassVar[int] = 0
    #: a scheduler that sets the alternating plan ("plan") or owns the iteration ("owner")
    loop_role: ClassVar[str] = ""
    #: a loss that needs a Lipschitz critic (Wasserstein): the validator asks for a constraint
    needs_lipschitz: ClassVar[bool] = False
    #: a regularizer that makes the critic Lipschitz (GP, clipping, spectral norm)
    enforces_lipschitz: ClassVar[bool] = False
    #: a regularizer that penalises per-sample input gradients (GP, R1): batch norm breaks it
    penalizes_input_gradients: ClassVar[bool] = False
    #: a metric that needs a toy mixture's known modes
    needs_modes: ClassVar[bool] = False
    #: a data block that is a toy mixture with known modes
    has_modes: ClassVar[bool] = False
    #: an augmenter that may act on one side of D only, and why (else both sides are required)
    one_sided: ClassVar[str] = ""
    #: critic extras a loss or regularizer reads (``CriticOutput.extras``: "features", …)
    needs_extras: ClassVar[tuple[str, ...]] = ()
    #: generator interfaces a regularizer on G calls (``"w_space"``: StyleGAN2's path length)
    needs_generator: ClassVar[tuple[str, ...]] = ()

    def critic_extras(self) -> frozenset[str]:
        """Extras a discriminator's output carries besides the logits (with these params)."""
        return frozenset()

    def generator_interfaces(self) -> frozenset[str]:
        """Interfaces a generator's module offers besides ``G(z[, y])`` (with these params).

        ``"w_space"``: ``mapping_ws(z, y) -> ws [B, n, w_dim]`` and ``synthesis(ws) -> x``.
        """
        return frozenset()

    def trainable(self) -> bool:
        """A network that an optimizer must train (TTC's fixed source, GA-NTK's D: False)."""
        return self.kind() in ("generator", "discriminator")

    def n_classes(self) -> int:
        """Classes of a labelled data block (0: no labels)."""
        return 0

    def uses_batch_norm(self) -> bool:
        """A network whose batch norm couples samples (checked against per-sample penalties)."""
        return getattr(self.params, "norm", None) == "batch"

    def __init__(self, node_id: str, params: BlockParams):
        self.node_id = node_id
        self.params = params

    @classmethod
    def kind(cls) -> str:
        return cls.type.split(".", 1)[0]

    @classmethod
    def input(cls, name: str) -> Port | None:
        return next((p for p in cls.inputs if p.name == name), None)

    @classmethod
    def output(cls, name: str) -> Port | None:
        return next((p for p in cls.outputs if p.name == name), None)

    @classmethod
    def description(cls) -> str:
        """First line of the docstring: the palette's one-line description."""
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        """Output shapes from input shapes. Default: each output keeps its same-named input's."""
        return {p.name: shapes[p.name] for p in self.outputs if p.name in shapes}

    def check(self) -> list[BlockProblem]:
        """Cheap checks of the environment the params point at (files, folders); no loading."""
        return []

    def check_run(self, run: RunConfig) -> list[BlockProblem]:
        """Checks of the params against the run settings (a packed critic's batch size)."""
        del run
        return []

    def samples_per_logit(self) -> int:
        """Samples a critic judges together (PacGAN's packing m); its logits are ``[B / m]``."""
        return 1

    def output_meta(self) -> dict[str, dict[str, Any]]:
        """Metadata attached to outputs (read by downstream ``BuildContext.meta``)."""
        return {}

    def build(self, ctx: BuildContext) -> Any:
        raise NotImplementedError

    @staticmethod
    def output_value(built: Any, port: str) -> Any:
        """What a handle output passes downstream (default: the built object itself)."""
        return built


# Port constructors used across the library, so one port name always means one thing.
def samples(name: str, doc: str, required: bool = True) -> Port:
    return Port(name=name, type=PortType.SAMPLES, doc=doc, required=required)


def handle(name: str, t: PortType, doc: str, required: bool = True, **kw: Any) -> Port:
    return Port(name=name, type=t, doc=doc, required=required, **kw)
