"""GraN-GAN and GN critics against techniques-1.md §4.1–4.3, by hand on tiny networks."""

from __future__ import annotations

import copy

import pytest
import torch
from torch import Tensor, autograd, nn
from torch.nn import functional as F

from blocks.gradnorm import GradNormParams, GradNormReg, critic_grad_norm
from gancanvas.compiler import compile_graph, validate
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny


class TinyCritic(nn.Module):
    """2 → 3 → 1 with a chosen activation; logits ``[B]``."""

    def __init__(self, act: nn.Module, seed: int = 0):
        super().__init__()
        torch.manual_seed(seed)
        self.l1, self.act, self.l2 = nn.Linear(2, 3), act, nn.Linear(3, 1)
        self.double()

    def forward(self, x: Tensor) -> Tensor:
        return self.l2(self.act(self.l1(x))).squeeze(1)


def normalised(net: nn.Module, **params: object) -> nn.Module:
    """A copy of ``net`` with the block's hooks attached (the original stays raw)."""
    hooked = copy.deepcopy(net)
    GradNormReg(GradNormParams.model_validate(params), None, "gran").attach(hooked)
    return hooked


def points(n: int = 6, seed: int = 1) -> Tensor:
    return torch.randn(n, 2, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)


def leaky_by_hand(net: TinyCritic, x: Tensor) -> tuple[Tensor, Tensor]:
    """D(x) and ∇ₓD(x) of w2·leaky(W1x + b1) + b2, written out (slope 0.2)."""
    h = x @ net.l1.weight.T + net.l1.bias
    slope = torch.where(h > 0, 1.0, 0.2).double()
    d = (torch.where(h > 0, h, 0.2 * h) @ net.l2.weight.T).squeeze(1) + net.l2.bias
    g = (slope * net.l2.weight) @ net.l1.weight  # [B, 2]: W1ᵀ(w2 ⊙ σ'(h)) per sample
    return d.detach(), g.detach()


def test_gran_equals_the_formula_and_its_gradient_norm_is_k_n2_over_n2_plus_eps() -> None:
    net = TinyCritic(nn.LeakyReLU(0.2))
    k, eps = 2.5, 1e-2
    hooked = normalised(net, variant="gran", k=k, eps=eps)
    x = points().requires_grad_(True)
    d_hat = hooked(x)
    d, g = leaky_by_hand(net, x)
    n = g.norm(dim=1)
    torch.testing.assert_close(d_hat, k * d * n / (n**2 + eps))
    # §4.3: piecewise linear D → ‖∇ₓD̂‖ = K‖g‖²/(‖g‖² + ε) < K (the Hessian term is 0)
    (grad,) = autograd.grad(d_hat.sum(), x)
    torch.testing.assert_close(grad.norm(dim=1), k * n**2 / (n**2 + eps))
    assert (grad.norm(dim=1) < k).all()


def test_gran_is_invariant_to_rescaling_d_up_to_eps() -> None:
    net = TinyCritic(nn.LeakyReLU(0.2))
    scaled = copy.deepcopy(net)
    with torch.no_grad():
        scaled.l2.weight.mul_(7.0)
        scaled.l2.bias.mul_(7.0)
    x = points()
    a = normalised(net, variant="gran", eps=1e-12)(x)
    b = normalised(scaled, variant="gran", eps=1e-12)(x)
    torch.testing.assert_close(a, b, rtol=1e-9, atol=1e-12)


def test_gn_is_bounded_by_k_and_equals_d_over_norm_plus_abs_d() -> None:
    net = TinyCritic(nn.LeakyReLU(0.2))
    with torch.no_grad():  # large logits: the |D| term dominates
        net.l2.bias.fill_(30.0)
    for k in (1.0, 0.5):
        hooked = normalised(net, variant="gn", k=k, eps=0.0)
        x = (points(64, seed=2) * 3).requires_grad_(True)
        d_hat = hooked(x)
        d, g = leaky_by_hand(net, x)
        n = g.norm(dim=1)
        torch.testing.assert_close(d_hat, k * d / (n + d.abs()))
        assert (d_hat.abs() < k).all()
        # locally linear D: ∇D̂ = K·g·‖g‖/(‖g‖ + |D|)², of norm ≤ K
        (grad,) = autograd.grad(d_hat.sum(), x)
        torch.testing.assert_close(grad.norm(dim=1), k * n**2 / (n + d.abs()) ** 2)
        assert (grad.norm(dim=1) <= k).all()


def test_packed_critic_takes_the_norm_over_its_pack() -> None:
    w = torch.tensor([1.0, -2.0, 3.0, 0.5], dtype=torch.float64)
    x = points(4).requires_grad_(True)  # packs of 2 consecutive rows, 4 features each
    logits = x.reshape(2, 4) @ w
    torch.testing.assert_close(critic_grad_norm(logits, x), w.norm().expand(2))


def gran_by_hand(net: nn.Module, x: Tensor, k: float, eps: float) -> Tensor:
    """An independent D̂: ∇ₓD in the graph, then K·D·‖g‖/(‖g‖² + ε)."""
    x = x if x.requires_grad else x.detach().requires_grad_(True)
    d = net(x)
    (g,) = autograd.grad(d.sum(), x, create_graph=True)
    n = g.norm(dim=1)
    return k * d * n / (n**2 + eps)


@pytest.mark.parametrize("act", [nn.LeakyReLU(0.2), nn.Softplus()], ids=["leaky", "smooth"])
def test_d_and_g_phase_gradients_are_those_of_the_normalised_critic(act: nn.Module) -> None:
    """D's weights (D phase) and G's (G phase) get ∇ of the loss on D̂, through ∇ₓD."""
    k, eps = 1.5, 1e-3
    raw = TinyCritic(act)
    hooked = normalised(raw, variant="gran", k=k, eps=eps)
    torch.manual_seed(3)
    G = nn.Linear(3, 2).double()
    z, real = torch.randn(6, 3, dtype=torch.float64), points(6, seed=4)

    # D phase: fakes without G's graph
    fake = G(z).detach()
    loss = F.softplus(-hooked(real)).mean() + F.softplus(hooked(fake)).mean()
    got = autograd.grad(loss, list(hooked.parameters()))
    ref = F.softplus(-gran_by_hand(raw, real, k, eps)).mean()
    ref = ref + F.softplus(gran_by_hand(raw, fake, k, eps)).mean()
    want = autograd.grad(ref, list(raw.parameters()))
    for a, b in zip(got, want, strict=True):
        torch.testing.assert_close(a, b)
        assert a.abs().sum() > 0

    # G phase: D frozen, fakes carry G's graph; double backprop through ‖∇ₓD‖
    hooked.requires_grad_(False)
    raw.requires_grad_(False)
    got_g = autograd.grad(F.softplus(-hooked(G(z))).mean(), list(G.parameters()))
    want_g = autograd.grad(
        F.softplus(-gran_by_hand(raw, G(z), k, eps)).mean(), list(G.parameters())
    )
    for a, b in zip(got_g, want_g, strict=True):
        torch.testing.assert_close(a, b)
        assert a.abs().sum() > 0
    if isinstance(act, nn.Softplus):  # a curved D: the Hessian term is really in G's gradient

        def detached_norm(x: Tensor) -> Tensor:
            d = raw(x)
            (g,) = autograd.grad(d.sum(), x, retain_graph=True)
            n = g.norm(dim=1)
            return k * d * n / (n**2 + eps)

        first_order = autograd.grad(F.softplus(-detached_norm(G(z))).mean(), list(G.parameters()))
        assert not torch.allclose(got_g[0], first_order[0])


def test_no_grad_evaluation_gives_the_same_normalised_logits() -> None:
    hooked = normalised(TinyCritic(nn.LeakyReLU(0.2)), variant="gran")
    x = points()
    with torch.no_grad():
        a = hooked(x)
    torch.testing.assert_close(a, hooked(x).detach())
    assert not a.requires_grad


def test_example_trains_and_logs_the_raw_gradient_norm() -> None:
    graph = load_graph_dict(tiny("grid25_gran", steps=2, batch=16))
    assert validate(graph) == []
    torch.manual_seed(0)
    prog = compile_graph(graph, "cpu")
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step, track=True)
    values = runner.flush(0, 2)
    assert values["reg/gran/grad_norm_raw"] > 0
    # the program's D is D̂ (every caller sees the normalised critic)
    x = prog.data.next(16)
    torch.testing.assert_close(
        prog.D(x).detach(), gran_by_hand(_unhooked(prog.D), x, 1.0, 1e-8).detach()
    )


def _unhooked(net: nn.Module) -> nn.Module:
    plain = copy.deepcopy(net)
    for m in plain.modules():
        m._forward_hooks.clear()
        m._forward_pre_hooks.clear()
    return plain


def test_wasserstein_with_gran_needs_no_penalty_and_batch_norm_is_refused() -> None:
    g = tiny("grid25_gran")
    next(n for n in g["nodes"] if n["id"] == "loss")["type"] = "loss.wasserstein"
    assert validate(load_graph_dict(g)) == []
    g["nodes"] = [n for n in g["nodes"] if n["id"] != "gran"]
    g["edges"] = [e for e in g["edges"] if not e["to"].startswith("gran.")]
    assert any(i.code == "unconstrained_critic" for i in validate(load_graph_dict(g)))
    img = tiny("digits_dcgan")
    for n in img["nodes"]:
        if n["id"] == "D":
            n["params"]["norm"] = "batch"
    img["nodes"].append({"id": "gran", "type": "regularizer.gradient_normalization"})
    img["edges"].append({"from": "D.critic", "to": "gran.critic"})
    codes = {i.code for i in validate(load_graph_dict(img))}
    assert "batchnorm_with_penalty" in codes
