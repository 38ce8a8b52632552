"""BigGAN's orthogonal regularisation against techniques-2.md §6.1 and BigGAN-PyTorch ``ortho``."""

from __future__ import annotations

import pytest
import torch
from torch import autograd, nn

from blocks.ortho import (
    OrthoParams,
    OrthoReg,
    ortho_code_grad,
    ortho_params,
    ortho_penalty,
)
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


def test_known_values_of_the_spec() -> None:
    # §6.1 [check]: W = [[1, 0], [1, 1]]: R/β = 2, autograd [[4, 4], [4, 0]], code [[2, 2], [2, 0]]
    w = torch.tensor([[1.0, 0.0], [1.0, 1.0]], dtype=torch.float64, requires_grad=True)
    r = ortho_penalty(w)
    assert r.item() == 2.0
    (grad,) = autograd.grad(r, w)
    torch.testing.assert_close(grad, torch.tensor([[4.0, 4.0], [4.0, 0.0]], dtype=torch.float64))
    torch.testing.assert_close(
        ortho_code_grad(w.detach()), torch.tensor([[2.0, 2.0], [2.0, 0.0]], dtype=torch.float64)
    )


def biggan_ortho(w: torch.Tensor, strength: float) -> torch.Tensor:
    """BigGAN-PyTorch ``utils.ortho``'s added gradient, transcribed loop by loop."""
    flat = w.view(w.shape[0], -1)
    gram = torch.mm(flat, flat.t()) * (1.0 - torch.eye(flat.shape[0], dtype=w.dtype))
    return strength * (2 * torch.mm(gram, flat)).view(w.shape)


@pytest.mark.parametrize("shape", [(5, 3), (4, 3, 3, 3), (3, 7)])
def test_code_gradient_is_half_the_autograd_gradient_by_hand(shape: tuple[int, ...]) -> None:
    w = torch.randn(*shape, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    w.requires_grad_(True)
    flat = w.reshape(shape[0], -1)
    by_hand = sum(
        (flat[i] @ flat[j]) ** 2 for i in range(shape[0]) for j in range(shape[0]) if i != j
    )
    torch.testing.assert_close(ortho_penalty(w), by_hand)
    (grad,) = autograd.grad(ortho_penalty(w), w)
    code = ortho_code_grad(w.detach())
    torch.testing.assert_close(code, grad / 2)
    torch.testing.assert_close(1e-4 * code, biggan_ortho(w.detach(), 1e-4))
    # the full variant: BigGAN's default_ortho 2(WWᵀ − I)W, half of ∇‖WWᵀ − I‖²_F
    (full,) = autograd.grad(ortho_penalty(w, "full"), w)
    torch.testing.assert_close(ortho_code_grad(w.detach(), "full"), full / 2)


def test_orthonormal_rows_give_zero_penalty_and_gradient() -> None:
    q, _ = torch.linalg.qr(torch.randn(6, 4, dtype=torch.float64))
    w = q.T  # 4 orthonormal rows
    assert ortho_penalty(w).item() == pytest.approx(0.0, abs=1e-24)
    assert ortho_penalty(w, "full").item() == pytest.approx(0.0, abs=1e-24)
    torch.testing.assert_close(ortho_code_grad(w), torch.zeros_like(w))
    # off-diagonal form: any row norms, still zero (only angles between filters count)
    assert ortho_penalty(w * torch.tensor([[3.0], [0.5], [1.0], [2.0]])).item() < 1e-20


class SmallG(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(4, 3)
        self.lin = nn.Linear(3, 5)
        self.conv = nn.Conv2d(5, 2, 3)


def test_the_hook_adds_beta_times_the_code_gradient_to_weights_only() -> None:
    torch.manual_seed(0)
    net = SmallG().double()
    assert {id(p) for p in ortho_params(net)} == {id(net.lin.weight), id(net.conv.weight)}
    reg = OrthoReg(OrthoParams(beta=0.01), None, "ortho")
    reg.attach(net)
    assert not reg.has_term
    for p in net.parameters():
        p.grad = torch.ones_like(p)
    reg.before_step(net)
    for w in (net.lin.weight, net.conv.weight):
        assert w.grad is not None
        torch.testing.assert_close(w.grad, 1 + 0.01 * ortho_code_grad(w.detach()))
    untouched = [net.embed.weight, net.lin.bias, net.conv.bias]  # blacklist and 1-D
    for q in untouched:
        assert q is not None and q.grad is not None
        torch.testing.assert_close(q.grad, torch.ones_like(q))


def test_autograd_impl_is_a_term_with_twice_the_code_gradient() -> None:
    torch.manual_seed(1)
    net = SmallG().double()
    reg = OrthoReg(OrthoParams(beta=0.01, impl="autograd"), None, "ortho")
    reg.attach(net)
    assert reg.has_term
    term = reg.term(None)  # type: ignore[arg-type]
    assert term is not None
    want = 0.01 * (ortho_penalty(net.lin.weight) + ortho_penalty(net.conv.weight))
    torch.testing.assert_close(term, want)
    (g,) = autograd.grad(term, net.lin.weight)
    torch.testing.assert_close(g, 2 * 0.01 * ortho_code_grad(net.lin.weight.detach()))
    reg.before_step(net)  # no gradient edit with the autograd form


def test_example_runs_in_g_phases_only_and_logs_the_penalty() -> None:
    graph = load_graph_dict(tiny("grid25_ortho", steps=2, batch=16))
    assert validate(graph) == []
    prog = compile_graph(graph, "cpu")
    reg = dict(prog.regularizers)["ortho"]
    assert reg.phase == "G"
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert values["reg/ortho/ortho"] > 0
    g = tiny("grid25_ortho")
    next(e for e in g["edges"] if e["to"] == "ortho.net")["from"] = "D.critic"
    assert validate(load_graph_dict(g))  # G only
