"""CLR-GAN (techniques-1.md §2): latent head, consistency and reconstruction losses, blocks."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import torch
from torch import Tensor, nn
from torch.nn import functional as F

from blocks.clr import (
    CLRParams,
    CLRReg,
    EqualizedLinear,
    LatentHead,
    LatentHeadCritic,
    clr_d_loss,
    clr_g_loss,
    latent_consistency_loss,
    real_reconstruction_loss,
    reconstruct,
)
from blocks.runtime import Batch, CriticOutput, Phase
from gancanvas.compiler import compile_graph, validate
from gancanvas.compiler.program import Program
from gancanvas.runner.loop import StepRunner
from schemas import load_graph_dict
from tests.graphs import tiny
from tests.steps import edited, resume_exactly, same, snapshot

D64 = torch.float64


def t(*rows: list[float]) -> Tensor:
    return torch.tensor(rows, dtype=D64)


def test_consistency_loss_by_hand() -> None:
    z, lat = t([1, 2], [0, 0]), t([0, 0], [0, 1])
    # squared errors 1, 4, 0, 1 → mean 1.5; λ1 = 5
    assert latent_consistency_loss(z, lat).item() == pytest.approx(7.5)
    assert latent_consistency_loss(z, lat, weight=1.0).item() == pytest.approx(1.5)
    # |errors| 1, 2, 0, 1 → mean 1
    assert latent_consistency_loss(z, lat, norm="l1").item() == pytest.approx(5.0)
    # equals the spec's manual mean((z − φ(G(z)))²)
    assert latent_consistency_loss(z, lat, 1.0).item() == (z - lat).square().mean().item()


def test_reconstruction_loss_by_hand() -> None:
    x = torch.ones(2, 1, 2, 2, dtype=D64)
    recon = x.clone()
    recon[0, 0, 0, 0], recon[1, 0, 1, 1] = 0.0, 3.0
    # squared errors: 1 and 4 over 8 pixels → 5/8; λ2 = 0.5
    assert real_reconstruction_loss(x, recon).item() == pytest.approx(0.5 * 5 / 8)
    assert real_reconstruction_loss(x, recon, norm="l1").item() == pytest.approx(0.5 * 3 / 8)
    with pytest.raises(ValueError, match="norm"):
        real_reconstruction_loss(x, recon, norm="l3")  # type: ignore[arg-type]


def test_full_losses_add_the_terms_and_reduce_to_ns_gan_bit_for_bit() -> None:
    g = torch.Generator().manual_seed(0)
    r, f = torch.randn(8, generator=g), torch.randn(8, generator=g)
    z, lat = torch.randn(8, 4, generator=g), torch.randn(8, 4, generator=g)
    x, rec = torch.randn(8, 3, generator=g), torch.randn(8, 3, generator=g)
    ns_d = F.softplus(-r).mean() + F.softplus(f).mean()  # spec §0's L_D
    ns_g = F.softplus(-f).mean()
    assert torch.equal(clr_d_loss(r, f, z, lat, weight=0.0), ns_d)
    assert torch.equal(clr_g_loss(f, x, rec, weight=0.0), ns_g)
    d = clr_d_loss(r, f, z, lat)
    torch.testing.assert_close(d, ns_d + 5 * (z - lat).square().mean())
    torch.testing.assert_close(clr_g_loss(f, x, rec), ns_g + 0.5 * (x - rec).square().mean())


def test_epilogue_head_by_hand() -> None:
    head = LatentHead(2, 2).double()
    with torch.no_grad():
        head.fc.weight.copy_(t([1, 0], [0, -1]))
        head.fc.bias.zero_()
        head.out.weight.copy_(t([1, 1]))
        head.out.bias.fill_(0.5)
    logit, lat = head(t([2, 3]))
    # fc → (2, −3); √2·lrelu₀.₂ → (2√2, −0.6√2); out: sum + ½
    s2 = math.sqrt(2)
    torch.testing.assert_close(lat, t([2 * s2, -0.6 * s2]))
    torch.testing.assert_close(logit, torch.tensor([1.4 * s2 + 0.5], dtype=D64))


def test_linear_head_shapes_and_equalized_layer() -> None:
    head = LatentHead(12, 5, mode="linear", equalized_lr=True)
    logit, lat = head(torch.randn(3, 3, 2, 2))  # conv features are flattened
    assert logit.shape == (3,) and lat.shape == (3, 5)
    lin = EqualizedLinear(4, 2)
    x = torch.randn(6, 4)
    torch.testing.assert_close(lin(x), x @ (lin.weight / 2).T + lin.bias)  # gain 1/√4
    with pytest.raises(ValueError, match="mode"):
        LatentHead(4, 2, mode="other")  # type: ignore[arg-type]


def invertible_setup() -> tuple[nn.Linear, nn.Sequential]:
    """G(z) = Wz + b and a D whose linear-mode head computes φ(x) = W⁻¹(x − b) exactly."""
    torch.manual_seed(0)
    G = nn.Linear(3, 3).double()
    head = LatentHead(3, 3, mode="linear").double()
    with torch.no_grad():
        w_inv = torch.linalg.inv(G.weight)
        head.fc.weight.copy_(w_inv)
        head.fc.bias.copy_(-w_inv @ G.bias)
    return G, nn.Sequential(nn.Identity(), head)


def test_losses_vanish_when_the_head_inverts_G() -> None:
    G, D = invertible_setup()
    z = torch.randn(16, 3, dtype=D64)
    _, lat_fake = D(G(z).detach())
    assert latent_consistency_loss(z, lat_fake).item() < 1e-20
    x_real = torch.randn(16, 3, dtype=D64)
    _, lat_real = D(x_real)
    assert real_reconstruction_loss(x_real, reconstruct(G, lat_real)).item() < 1e-20
    # …and they do not vanish for another G
    with torch.no_grad():
        G.bias.add_(0.1)
    assert latent_consistency_loss(z, D(G(z).detach())[1]).item() > 1e-3


def make_nets() -> tuple[nn.Module, nn.Module, LatentHead]:
    torch.manual_seed(1)
    G = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    trunk = nn.Sequential(nn.Linear(2, 16), nn.LeakyReLU(0.2))
    return G, trunk, LatentHead(16, 4)


def grads(net: nn.Module) -> list[Tensor | None]:
    return [p.grad for p in net.parameters()]


def test_d_step_gradients_reach_trunk_and_phi_not_G() -> None:
    G, trunk, head = make_nets()
    z, x_real = torch.randn(32, 4), torch.randn(32, 2)
    fake = G(z).detach()  # the engine's D-step detach (G frozen in the authors' code)
    fake_logits, lat_fake = head(trunk(fake))
    real_logits, _ = head(trunk(x_real))
    latent_consistency_loss(z, lat_fake).backward(retain_graph=True)
    assert all(g is not None and g.abs().sum() > 0 for g in grads(trunk) + grads(head.fc))
    assert all(g is None for g in grads(head.out))  # the latent comes before the logit layer
    assert all(g is None for g in grads(G))
    clr_d_loss(real_logits, fake_logits, z, lat_fake).backward()
    assert all(g is not None for g in grads(head.out))
    assert all(g is None for g in grads(G))


def test_g_step_reconstruction_trains_G_only_and_equals_freezing_D() -> None:
    G, trunk, head = make_nets()
    x_real = torch.randn(32, 2)
    # ours: D left trainable, φ(x_r) detached inside ``reconstruct``
    _, lat_real = head(trunk(x_real))
    real_reconstruction_loss(x_real, reconstruct(G, lat_real)).backward()
    assert all(g is None for g in grads(trunk) + grads(head))
    ours = [p.grad.clone() for p in G.parameters() if p.grad is not None]
    assert len(ours) == 4 and all(g.abs().sum() > 0 for g in ours)
    # the authors': D frozen via requires_grad, no detach
    G.zero_grad(set_to_none=True)
    trunk.requires_grad_(False)
    head.requires_grad_(False)
    _, lat_real = head(trunk(x_real))
    real_reconstruction_loss(x_real, G(lat_real)).backward()
    for a, b in zip(ours, [p.grad for p in G.parameters()], strict=True):
        torch.testing.assert_close(a, b)


# --- blocks (contract v2) ---------------------------------------------------------------------


def clr_graph(**params: dict[str, Any] | None) -> dict[str, Any]:
    """The digits example, tiny, with node params updated or a node dropped (None)."""
    return edited("digits_clr", **params)


def compiled(seed: int = 0, graph: dict[str, Any] | None = None) -> Program:
    torch.manual_seed(seed)
    return compile_graph(load_graph_dict(graph or clr_graph()), "cpu")


def test_critic_block_outputs_logits_features_and_a_latent_of_z_dim() -> None:
    prog = compiled()
    assert isinstance(prog.D, LatentHeadCritic) and prog.D.head.mode == "epilogue"
    out = prog.D(torch.randn(5, 1, 8, 8))
    assert isinstance(out, CriticOutput) and out.logits.shape == (5,)
    assert out.extras["latent"].shape == (5, 32)  # the example's z dim
    assert out.extras["features"].shape[0] == 5
    linear = compiled(graph=clr_graph(D={"head": "linear", "equalized_lr": True}))
    assert linear.D.head.mode == "linear"  # type: ignore[union-attr]


def test_regularizer_refuses_a_critic_without_latent_head() -> None:
    g = clr_graph()
    next(n for n in g["nodes"] if n["id"] == "D")["type"] = "discriminator.dcgan"
    issues = validate(load_graph_dict(g))
    assert any(i.code == "missing_critic_output" and "latent" in i.message for i in issues)


def test_regularizer_terms_by_hand() -> None:
    G, trunk, head = make_nets()

    class Critic(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.trunk, self.head = trunk, head

        def forward(self, x: Tensor) -> CriticOutput:
            logit, latent = self.head(self.trunk(x))
            return CriticOutput(logit, {"latent": latent})

    D = Critic()
    reg = CLRReg(CLRParams(), None, "clr")
    z, real = torch.randn(8, 4), torch.randn(8, 2)
    fake = G(z).detach()
    d_batch = Batch.fixed(real=real, fake=fake, critic=D, z=z, G=G, D=D, side="D")
    expected = 5 * (z - D(fake).extras["latent"]).square().mean()
    torch.testing.assert_close(reg.term(d_batch), expected)
    g_batch = Batch.fixed(real=real, fake=fake, critic=D, z=z, G=G, D=D, side="G")
    recon = G(D(real).extras["latent"])
    torch.testing.assert_close(reg.term(g_batch), 0.5 * (real - recon).square().mean())
    off = CLRReg(CLRParams(consistency_weight=0, reconstruction_weight=0), None, "clr")
    assert off.term(d_batch) is None and off.term(g_batch) is None


def count_phases(runner: StepRunner) -> list[str]:
    ran: list[str] = []
    run = runner.run

    def counting(phase: Phase | str, step: int | None = None) -> Batch | None:
        ran.append(phase if isinstance(phase, str) else phase.name)
        return run(phase, step)

    runner.run = counting  # type: ignore[method-assign]
    return ran


def test_loop_alternates_and_each_step_trains_its_network_only() -> None:
    prog = compiled()
    runner = StepRunner(prog)
    ran = count_phases(runner)
    g0, d0 = snapshot(prog.G), snapshot(prog.D)
    runner.run("Dmain", 0)
    assert same(g0, prog.G) and not same(d0, prog.D)  # consistency trains D (trunk and φ)
    d1 = snapshot(prog.D)
    runner.run("Gmain", 0)
    assert same(d1, prog.D) and not same(g0, prog.G)  # reconstruction trains G only
    ran.clear()
    for step in range(1, 3):
        runner.iteration(step)
    assert ran == ["Dmain", "Gmain"] * 2
    values = runner.flush(0, 3)
    for key in (
        "loss/Dmain/clr",
        "loss/Gmain/clr",
        "clr/clr/consistency",
        "clr/clr/reconstruction",
    ):
        assert math.isfinite(values[key]), key
    # the D term is λ1 · the unweighted error the regularizer reports
    assert values["loss/Dmain/clr"] == pytest.approx(5 * values["clr/clr/consistency"], rel=1e-6)


def test_zero_weights_train_exactly_like_the_plain_graph_with_the_same_critic() -> None:
    off = compiled(graph=clr_graph(clr={"consistency_weight": 0, "reconstruction_weight": 0}))
    plain = compiled(graph=clr_graph(clr=None))
    for prog in (off, plain):
        torch.manual_seed(7)
        runner = StepRunner(prog)
        for step in range(3):
            runner.iteration(step)
    for net in ("G", "D"):
        for x, y in zip(off.nets[net].parameters(), plain.nets[net].parameters(), strict=True):
            assert torch.equal(x, y)


def test_resume_is_exact(tmp_path: Path) -> None:
    resume_exactly(compiled, tmp_path, at=3, until=5)


def test_mlp_critic_with_head_on_toy_data() -> None:
    g = tiny("grid25_vanilla", batch=16)
    next(n for n in g["nodes"] if n["id"] == "D")["type"] = "discriminator.clr_mlp"
    g["nodes"].append({"id": "clr", "type": "regularizer.clr", "params": {}})
    g["edges"].append({"from": "D.critic", "to": "clr.critic"})
    prog = compiled(graph=g)
    out = prog.D(torch.randn(3, 2))
    assert out.extras["latent"].shape == (3, 16) and out.extras["features"].shape == (3, 32)
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step)
    assert math.isfinite(runner.flush(0, 2)["loss/Gmain/clr"])
