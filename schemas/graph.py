"""The graph file: the JSON contract people save, share and run.

This module imports no torch: editors, the canvas and CI can check files without it.

The contract is strict: a number field takes a JSON number (never ``true`` or ``"0.1"``), an
integer field an integer, every number is finite, and every count and size has an upper bound
whose reason is given next to it. (``schemas.io`` refuses NaN, ±inf and integers beyond 64 bits
while parsing, wherever they stand; the models refuse them again for graphs built in Python.)
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = 1
# Upper case is allowed: GAN readers expect `G`, `D`, `G_ema`.
NODE_ID = r"^[A-Za-z][A-Za-z0-9_]{0,63}$"
BLOCK_TYPE = r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$"
PORT_REF = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)\.([a-z][a-z0-9_]*)$")
PORT_NAME = r"^[a-z][a-z0-9_]{0,63}$"

# Upper bounds, each with its reason. A value past one is a typo or an attack, not an experiment.
#: 10× the longest published GAN schedules (BigGAN ~500k iterations, StyleGAN2's 25M images ≈ 780k
#: steps at batch 32); 1e7 steps at 1000 steps/s is already ~3 hours per million.
MAX_STEPS = 10_000_000
#: seeds are 32-bit in numpy's legacy generator and portable across torch/numpy/CUDA; the run
#: derives a few seeds from it by small offsets (sample latents, evaluation)
MAX_SEED = 2**32 - 1
#: the canvas is measured at 200 nodes; a GAN graph has 10–30
MAX_NODES = 1000
MAX_EDGES = 4000
#: canvas coordinates: far beyond any screen, still exact in float32 rendering
MAX_COORD = 1e7
MAX_DESCRIPTION = 20_000
#: frames and collapsed subgraphs on one canvas (a handful in practice)
MAX_GROUPS = 200

Coord = Annotated[float, Field(ge=-MAX_COORD, le=MAX_COORD)]

#: envelope models refuse coercion (``"5"`` or ``true`` for 5) and non-finite floats
STRICT = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class GraphIssue(BaseModel):
    """One problem with a graph, located by a dotted path into the file."""

    model_config = ConfigDict(frozen=True)

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


class Node(BaseModel):
    """A block instance: a stable id, a ``kind.name`` type tag and that block's params."""

    model_config = STRICT

    id: str = Field(pattern=NODE_ID, description="Stable id: a letter, then letters, digits, _.")
    type: str = Field(pattern=BLOCK_TYPE, description="Block tag '<kind>.<name>'.")
    params: dict[str, Any] = Field(default_factory=dict, description="Checked by the block.")
    bypass: bool = Field(
        False,
        description="Muted: the compiler leaves the block out and passes its inputs through "
        "to the outputs of the same type (ComfyUI's bypass).",
    )

    @model_serializer(mode="wrap")
    def _omit_bypass(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``bypass`` is written only when set, so files without it stay byte-identical."""
        data: dict[str, Any] = handler(self)
        if not self.bypass:
            data.pop("bypass", None)
        return data

    @property
    def kind(self) -> str:
        return self.type.split(".", 1)[0]


class Edge(BaseModel):
    """A wire from an output port to an input port, written ``{"from": "g.fake", "to": ...}``."""

    model_config = ConfigDict(**STRICT, populate_by_name=True)

    source: str = Field(alias="from", description="'<node>.<output port>'")
    target: str = Field(alias="to", description="'<node>.<input port>'")

    @field_validator("source", "target")
    @classmethod
    def _is_port_ref(cls, v: str) -> str:
        if not PORT_REF.match(v):
            raise ValueError(f"'{v}' is not of the form '<node>.<port>'")
        return v

    @property
    def source_node(self) -> str:
        return self.source.split(".", 1)[0]

    @property
    def source_port(self) -> str:
        return self.source.split(".", 1)[1]

    @property
    def target_node(self) -> str:
        return self.target.split(".", 1)[0]

    @property
    def target_port(self) -> str:
        return self.target.split(".", 1)[1]


class RunConfig(BaseModel):
    """How the graph is trained: budget, seed, device, precision and the logging cadence."""

    model_config = STRICT

    steps: int = Field(
        2000,
        ge=1,
        le=MAX_STEPS,
        description="Training iterations (each: n_dis D steps, 1 G step).",
    )
    batch_size: int = Field(
        256,
        ge=1,
        le=65536,
        description="Samples per optimizer step, real and fake (per process or in all: batch_per).",
    )
    seed: int = Field(0, ge=0, le=MAX_SEED, description="Seeds every random draw of the run.")
    device: Literal["auto", "cpu", "cuda"] = Field(
        "auto", description="'auto' picks CUDA if present."
    )
    precision: Literal["fp32", "bf16", "fp16"] = Field(
        "fp32", description="bf16/fp16 autocast the forwards (fp16 with a gradient scaler)."
    )
    channels_last: bool = Field(False, description="Image networks in channels-last memory.")
    compile: bool = Field(
        False, description="torch.compile G and D (eager, with a message, where it fails)."
    )
    n_dis: int = Field(
        1, ge=1, le=100, description="D steps per G step (a loop block may own this)."
    )
    log_every: int = Field(
        50, ge=1, le=MAX_STEPS, description="Steps between metric flushes to MLflow."
    )
    sample_every: int = Field(
        500, ge=0, le=MAX_STEPS, description="Steps between sample grids (0: only at end)."
    )
    checkpoint_every: int = Field(
        1000, ge=0, le=MAX_STEPS, description="Steps between checkpoints (0: end only)."
    )
    eval_every: int = Field(
        0, ge=0, le=MAX_STEPS, description="Steps between metric blocks (0: only at the end)."
    )
    n_samples: int = Field(64, ge=1, le=4096, description="Samples drawn for each sample grid.")
    batch_per: Literal["rank", "global"] = Field(
        "rank",
        description="Distributed runs: batch_size per process ('rank') or over all ('global').",
    )
    accumulate: int = Field(
        1,
        ge=1,
        le=1024,
        description="Micro-batches per step (gradient accumulation; divides batch_size).",
    )


class Group(BaseModel):
    """A frame around nodes on the canvas; dragging it moves them (layout only, never trained)."""

    model_config = STRICT

    id: str = Field(pattern=NODE_ID)
    label: str = Field("", max_length=200)
    nodes: list[str] = Field(default_factory=list, max_length=MAX_NODES)
    color: str | None = Field(None, pattern=r"^#[0-9a-fA-F]{6}$")


class Subgraph(BaseModel):
    """Nodes collapsed into one canvas node with the ports its wires crossed.

    On the canvas it is one node with id ``id``; outer edges address its exposed ports
    (``sub.g_z``). ``inputs`` maps each exposed input to the inner inputs it feeds, ``outputs``
    each exposed output to the inner output behind it. The compiler inlines it
    (``Graph.inlined``), so a file trains the same collapsed or expanded.
    """

    model_config = STRICT

    id: str = Field(pattern=NODE_ID, description="The collapsed node's id on the canvas.")
    label: str = Field("", max_length=200)
    nodes: list[Node] = Field(default_factory=list, max_length=MAX_NODES)
    edges: list[Edge] = Field(default_factory=list, max_length=MAX_EDGES)
    layout: dict[str, tuple[Coord, Coord]] = Field(default_factory=dict, max_length=MAX_NODES)
    inputs: dict[str, list[str]] = Field(default_factory=dict, max_length=MAX_EDGES)
    outputs: dict[str, str] = Field(default_factory=dict, max_length=MAX_EDGES)

    @field_validator("layout", mode="before")
    @classmethod
    def _json_pairs(cls, v: Any) -> Any:
        return _pairs(v)

    @field_validator("inputs", "outputs")
    @classmethod
    def _refs(cls, v: dict[str, Any]) -> dict[str, Any]:
        for port, refs in v.items():
            if not re.match(PORT_NAME, port):
                raise ValueError(f"'{port}' is not a port name (a-z, digits, _)")
            for ref in refs if isinstance(refs, list) else [refs]:
                if not PORT_REF.match(ref):
                    raise ValueError(f"'{ref}' is not of the form '<node>.<port>'")
        return v


def _pairs(v: Any) -> Any:
    """A position is a JSON array ``[x, y]``: taken as the pair it stands for (strict mode
    takes only tuples for tuple fields from Python values)."""
    if isinstance(v, dict):
        return {k: tuple(p) if isinstance(p, list) else p for k, p in v.items()}
    return v


class Graph(BaseModel):
    """A whole experiment."""

    model_config = STRICT

    schema_version: int = Field(SCHEMA_VERSION, description="File format version.")
    name: str = Field("untitled", max_length=200)
    description: str = Field("", max_length=MAX_DESCRIPTION)
    nodes: list[Node] = Field(default_factory=list, max_length=MAX_NODES)
    edges: list[Edge] = Field(default_factory=list, max_length=MAX_EDGES)
    run: RunConfig = Field(default_factory=RunConfig)
    layout: dict[str, tuple[Coord, Coord]] = Field(
        default_factory=dict,
        max_length=MAX_NODES,
        description="Canvas positions; never changes what is trained.",
    )
    groups: list[Group] = Field(
        default_factory=list, max_length=MAX_GROUPS, description="Canvas frames (layout only)."
    )
    subgraphs: list[Subgraph] = Field(
        default_factory=list,
        max_length=MAX_GROUPS,
        description="Collapsed nodes; the compiler inlines them.",
    )

    @field_validator("layout", mode="before")
    @classmethod
    def _json_pairs(cls, v: Any) -> Any:
        return _pairs(v)

    @model_serializer(mode="wrap")
    def _omit_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``groups``/``subgraphs`` are written only when used: older files stay byte-identical."""
        data: dict[str, Any] = handler(self)
        for key in ("groups", "subgraphs"):
            if not data.get(key):
                data.pop(key, None)
        return data

    @model_validator(mode="after")
    def _version_is_current(self) -> Graph:
        if self.schema_version != SCHEMA_VERSION:
            raise ValueError(f"schema_version {self.schema_version} is not {SCHEMA_VERSION}")
        return self

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def inlined(self) -> Graph:
        """The same graph with every subgraph expanded in place (see ``schemas.subgraphs``)."""
        from schemas.subgraphs import inline

        return inline(self).graph

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def content_hash(self) -> str:
        """Hash of what is trained: layout, frames, name and description excluded; subgraphs
        inlined, nodes and edges in a canonical order (collapsing a selection changes nothing)."""
        import hashlib

        data = self.inlined().to_dict()
        for key in ("layout", "name", "description", "groups"):
            data.pop(key, None)
        data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
        data["edges"] = sorted(data["edges"], key=lambda e: (e["from"], e["to"]))
        blob = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
