"""Will it fit? A training-memory estimate at validation, against the device's memory.

A graph can pass every check and still ask for more memory than the machine has (16 layers of
width 16384 are ~34 GB of weights; a batch of 65536 through a 1024-wide DCGAN is terabytes of
activations). Rather than let such a run crash (or swap the machine to a halt) after setup, the
validator builds G and D on the meta device — shapes only, nothing allocated — as the dry run
does, and adds up:

- weights: the trainable networks' parameters, plus one copy of G per EMA (a sampling path with
  ``sampling_priority == 1``);
- gradients: one per trainable parameter;
- optimizer state: per parameter, Adam keeps 2 moments, RMSprop 1, SGD 1 with momentum (else 0),
  an optimizer this module does not know 2;
- activations at the run's batch size: the outputs of every leaf module in one forward, per
  sample, at the peak of a step — the D step keeps D's activations for the real and the fake
  batch, the G step G's and D's on the fake batch — in fp32 (2 bytes under bf16).

It leaves out the dataset (held on the device), the framework itself and the backward's
temporaries, so it is a floor: a graph refused by it cannot train, one passing it may still be
tight. The figure is compared with the memory of the device the run will use (``run.device``:
the GPU's total memory, else the machine's RAM, capped by a cgroup limit).
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gancanvas.compiler.analysis import Analysis

GB = 1e9
#: optimizer state per parameter, in parameter-sized tensors
OPTIMIZER_STATE = {"optimizer.adam": 2, "optimizer.rmsprop": 1}


@dataclass(frozen=True)
class MemoryEstimate:
    """Bytes a training step needs at its peak, by part."""

    weights: int
    gradients: int
    optimizer: int
    activations: int
    batch_size: int
    #: the network with the most parameters (where a refusal points when weights dominate)
    largest: str

    @property
    def total(self) -> int:
        return self.weights + self.gradients + self.optimizer + self.activations

    def describe(self) -> str:
        return (
            f"estimated training memory {_gb(self.total)} (weights {_gb(self.weights)}, "
            f"gradients {_gb(self.gradients)}, optimizer state {_gb(self.optimizer)}, "
            f"activations at batch {self.batch_size}: {_gb(self.activations)}; "
            "the dataset not counted)"
        )


def _gb(n: int) -> str:
    return f"{n / GB:.1f} GB" if n >= 0.1 * GB else f"{n / 1e6:.1f} MB"


def _tensors(out: Any) -> list[Any]:
    """The tensors of a module's output (a tensor, a tuple/list of them, a ``CriticOutput``)."""
    import torch

    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, list | tuple):
        return [t for o in out for t in _tensors(o)]
    logits = getattr(out, "logits", None)
    return [logits] if isinstance(logits, torch.Tensor) else []


def _activation_elements(net: Any, forward: Any) -> int:
    """Elements output by every leaf module of ``net`` during ``forward()`` (on meta)."""
    total = 0

    def hook(_module: Any, _inputs: Any, out: Any) -> None:
        nonlocal total
        total += sum(int(t.numel()) for t in _tensors(out))

    handles = [m.register_forward_hook(hook) for m in net.modules() if not any(m.children())]
    try:
        forward()
    finally:
        for h in handles:
            h.remove()
    return total


def _optimizer_factor(a: Analysis, net: str) -> int:
    """Parameter-sized state tensors the optimizer wired to ``net`` keeps per parameter."""
    for e in a.graph.edges:
        if e.source_node != net:
            continue
        block = a.blocks.get(e.target_node)
        if block is None or block.kind() != "optimizer":
            continue
        if block.type == "optimizer.sgd":
            return 1 if getattr(block.params, "momentum", 0) else 0
        return OPTIMIZER_STATE.get(block.type, 2)
    return 0


def estimate(a: Analysis) -> MemoryEstimate | None:
    """The estimate for an analysed graph (None when G or D cannot be built on meta)."""
    import torch

    from gancanvas.compiler.build import make_context

    if a.G is None or a.D is None or a.data_shape is None or a.z_dim is None:
        return None
    meta = torch.device("meta")
    n = 2 * a.blocks[a.D].samples_per_logit()
    try:
        with meta:
            G = a.blocks[a.G].build(make_context(a, a.G, meta, {}))
            D = a.blocks[a.D].build(make_context(a, a.D, meta, {}))
            y = torch.zeros(n, dtype=torch.long)
            g_kw = {"y": y} if a.sources(a.G, "y") else {}
            d_kw: dict[str, Any] = {}
            if a.sources(a.D, "t"):
                d_kw["t"] = torch.zeros(n, dtype=torch.long)
            if a.sources(a.D, "y"):
                d_kw["y"] = y
            z = torch.empty(n, a.z_dim)
            fake = torch.empty(n, *a.data_shape)
            act_g = _activation_elements(G, lambda: G(z, **g_kw))
            act_d = _activation_elements(D, lambda: D(fake, **d_kw))
    except Exception:  # the dry run reports what does not build; nothing to estimate here
        return None
    weights = grads = state = 0
    params: dict[str, int] = {}
    for nid, net in ((a.G, G), (a.D, D)):
        count = sum(int(p.numel()) for p in net.parameters())
        params[nid] = count
        if a.blocks[nid].trainable():
            weights += count
            grads += count
            state += count * _optimizer_factor(a, nid)
        else:
            weights += count
    copies = sum(1 for b in a.blocks.values() if b.sampling_priority == 1)  # EMAs of G
    weights += copies * params[a.G]
    bytes_act = 2 if a.graph.run.precision in ("bf16", "fp16") else 4
    # activations live for one micro-batch at a time (gradient accumulation)
    batch = a.graph.run.batch_size // a.graph.run.accumulate
    per_sample = max(2 * act_d, act_g + act_d) / n
    return MemoryEstimate(
        weights=4 * weights,
        gradients=4 * grads,
        optimizer=4 * state,
        activations=math.ceil(per_sample * batch * bytes_act),
        batch_size=batch,
        largest=max(params, key=lambda k: params[k]),
    )


def _cgroup_limit() -> int | None:
    """The memory limit of this process's cgroup (v2, then v1), if one is set."""
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = Path(path).read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < 1 << 60:
            return int(raw)
    return None


@functools.lru_cache(maxsize=4)
def device_memory(device: str) -> tuple[str, int] | None:
    """(what, bytes) of the memory a run on ``device`` ('auto', 'cpu', 'cuda') can use; None when
    unknown (CUDA asked for but absent: the run itself says so)."""
    import torch

    if device in ("cuda", "auto") and torch.cuda.is_available():
        props = torch.cuda.get_device_properties(torch.cuda.current_device())
        return f"GPU memory of {props.name}", int(props.total_memory)
    if device == "cuda":
        return None
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None
    limit = _cgroup_limit()
    if limit is not None and limit < ram:
        return "memory of this process's cgroup", limit
    return "RAM", int(ram)


def check_memory(a: Analysis) -> MemoryEstimate | None:
    """Add a ``too_much_memory`` issue when the estimate exceeds the device's memory."""
    est = estimate(a)
    if est is None:
        return None
    avail = device_memory(a.graph.run.device)
    if avail is None or est.total <= avail[1]:
        return est
    what, size = avail
    if est.activations >= est.total / 2:
        path, fix = "run.batch_size", "lower the batch size (or the networks' sizes)"
    else:
        path, fix = f"nodes.{est.largest}", "make the networks narrower or shallower"
    a.add(
        path,
        "too_much_memory",
        f"{est.describe()} is more than the {_gb(size)} of {what} here: {fix}",
    )
    return est
