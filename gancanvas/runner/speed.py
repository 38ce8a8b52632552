"""Speed options of the run settings: channels-last memory and ``torch.compile`` of G and D.

(Autocast with bf16/fp16, fp16's gradient scalers and gradient accumulation live in the loop.)
A compilation that fails — no compiler on the machine, an operation the backend lacks — prints
one message and leaves that network eager, so ``compile: true`` never ends a run.
"""

from __future__ import annotations

import sys
from typing import Any, cast

import torch
from torch import nn

from gancanvas.compiler import Program
from schemas.graph import RunConfig

#: torch.compile's backend (tests use "eager": Dynamo's tracing without code generation)
BACKEND = "inductor"


class CompiledNet:
    """``torch.compile(module)``, falling back to ``module`` itself on the first failure.

    Attributes are the module's (blocks read ``D.n_classes`` and the like), and checkpoints keep
    the module: the compiled wrapper only replaces the forward the loop calls.
    """

    def __init__(self, module: nn.Module, name: str, backend: str | None = None):
        self.module, self.name = module, name
        self.failed: str | None = None
        try:
            self._compiled: Any = torch.compile(module, backend=backend or BACKEND)
        except Exception as err:  # torch.compile itself refuses (an unsupported platform)
            self._fail(err)

    def _fail(self, err: Exception) -> None:
        root: BaseException = err  # the backend's own error, not Dynamo's wrapper of it
        while True:
            inner = getattr(root, "inner_exception", None) or root.__cause__
            if not isinstance(inner, BaseException) or inner is root:
                break
            root = inner
        first = (str(root).strip().splitlines() or [""])[0][:200]
        self.failed = f"{type(root).__name__}: {first}"
        print(
            f"compile: torch.compile of {self.name} failed ({self.failed}); {self.name} runs eager",
            file=sys.stderr,
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.failed is None:
            try:
                return self._compiled(*args, **kwargs)
            except Exception as err:
                self._fail(err)
        return self.module(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.module, name)


def apply_speed_options(prog: Program, run: RunConfig, backend: str | None = None) -> None:
    """Channels-last networks and compiled G and D forwards, as ``run`` asks."""
    if run.channels_last:
        for net in prog.nets.values():
            net.to(memory_format=torch.channels_last)  # only 4-D tensors change
    if run.compile:
        prog.G = cast(nn.Module, CompiledNet(prog.G, "G", backend))
        prog.D = cast(nn.Module, CompiledNet(prog.D, "D", backend))
