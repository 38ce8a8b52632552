"""Typed ports.

Data ports carry a shape (``Samples[1,28,28]``, ``Latent[16]``, ``Timestep``); handle ports carry
a role (``Generator``, ``Critic``, ``Optimizer``, ``Control``): they pass a reference to another
block's object, not a tensor.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class PortType(StrEnum):
    """What travels along an edge."""

    SAMPLES = "Samples"  # a batch in data space: [B, *shape]
    LATENT = "Latent"  # generator input: [B, dim]
    TIMESTEP = "Timestep"  # int64 [B] diffusion step (0 = clean)
    LABELS = "Labels"  # int64 [B] class labels of a labelled data source
    GENERATOR = "Generator"  # handle to a generator network
    CRITIC = "Critic"  # handle to a discriminator network (and its outputs)
    OPTIMIZER = "Optimizer"  # handle to a built optimizer
    CONTROL = "Control"  # a live value a scheduler drives (e.g. augmentation level)


#: Types whose ports carry a tensor shape.
SHAPED = frozenset({PortType.SAMPLES, PortType.LATENT})


class Port(BaseModel):
    """One input or output of a block."""

    model_config = ConfigDict(frozen=True)

    name: str
    type: PortType
    doc: str = ""
    required: bool = True
    #: An input that takes several edges (e.g. one lr schedule driving two optimizers).
    multiple: bool = False
    #: Extra types an input accepts besides ``type`` (an optimizer takes G or D).
    also: tuple[PortType, ...] = Field(default=())

    def accepts(self, t: PortType) -> bool:
        return t == self.type or t in self.also


def format_type(t: PortType, shape: tuple[int, ...] | None) -> str:
    """``Samples[1,28,28]`` for shaped ports with a known shape, else the bare type."""
    if t in SHAPED and shape is not None:
        return f"{t.value}[{','.join(map(str, shape))}]"
    return t.value
