"""Helpers of the block tests that train compiled programs a few steps.

``edited``: an example, tiny, with node params changed or nodes dropped; ``snapshot``/``same``:
did a phase move a network; ``resume_exactly``: the checkpoint round trip every stateful block
must survive (a run saved at step k and resumed elsewhere continues bit for bit).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from gancanvas.compiler import compile_graph
from gancanvas.compiler.program import Program
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def edited(name: str, /, **params: dict[str, Any] | None) -> dict[str, Any]:
    """``tiny(name, batch=16)`` with node params updated (``D={...}``) or a node dropped
    (``D=None``)."""
    g = tiny(name, batch=16)
    for nid, p in params.items():
        if p is None:
            g["nodes"] = [n for n in g["nodes"] if n["id"] != nid]
            g["edges"] = [e for e in g["edges"] if not e["to"].startswith(f"{nid}.")]
        else:
            next(n for n in g["nodes"] if n["id"] == nid)["params"].update(p)
    return g


def compiled_example(name: str, /, seed: int = 0, **params: dict[str, Any] | None) -> Program:
    """``edited(name, **params)`` compiled on the CPU after ``torch.manual_seed(seed)``."""
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(edited(name, **params)), "cpu")


def snapshot(net: nn.Module) -> list[Tensor]:
    return [p.detach().clone() for p in net.parameters()]


def same(a: list[Tensor], net: nn.Module) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, net.parameters(), strict=True))


def sample_after_a_step(prog: Program, n: int = 32) -> Tensor:
    """One training iteration, then ``n`` samples of the sampling path under ``no_grad``:
    finite, and no graph kept."""
    StepRunner(prog).iteration(0)
    with torch.no_grad():
        x = prog.sampler(prog.latent.sample(n, prog.device))  # type: ignore[misc]
    assert not x.requires_grad and torch.isfinite(x).all()
    return x


def on_disk(state: dict[str, Any]) -> dict[str, Any]:
    """A captured state as it reads back from a file (tensors copied, weights only)."""
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    loaded: dict[str, Any] = torch.load(buf, weights_only=True)
    return loaded


@dataclass
class Resumed:
    """Both programs after ``resume_exactly``: ``a`` trained through, ``b`` resumed."""

    a: Program
    b: Program
    ra: StepRunner
    rb: StepRunner
    state: dict[str, Any]  # the checkpoint as loaded from its file


def resume_exactly(
    make: Callable[[int], Program],
    tmp_path: Path,
    at: int,
    until: int,
    nets: Sequence[str] = ("G", "D"),
) -> Resumed:
    """``a = make(0)`` trains to ``until``, saved at step ``at`` as a run saves it; ``b =
    make(1)`` (other weights) is restored from that file and trains from ``at`` to ``until``.

    Asserts the restore returns step ``at`` and every parameter of ``nets`` ends equal: the
    restore rewinds the global RNG to the checkpoint's, so ``b`` replays ``a``'s draws.
    """
    a, b = make(0), make(1)
    ra, rb = StepRunner(a), StepRunner(b)
    for step in range(at):
        ra.iteration(step)
    ckpt.save(ckpt.capture(a, ra, at, None), tmp_path / "ck.pt")  # capture holds live tensors
    for step in range(at, until):
        ra.iteration(step)
    state = ckpt.load(tmp_path / "ck.pt")
    assert ckpt.restore(b, rb, state) == at
    for step in range(at, until):
        rb.iteration(step)
    for net in nets:
        for x, y in zip(a.nets[net].parameters(), b.nets[net].parameters(), strict=True):
            assert torch.equal(x, y), net
    return Resumed(a, b, ra, rb, state)
