"""Conditional BN, the projection head, the AC-GAN loss and the class-conditional DCGAN pair."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from blocks.conditional import (
    ConditionalBatchNorm1d,
    ConditionalBatchNorm2d,
    ConditionalDCGANGenerator,
    ProjectionDCGANDiscriminator,
    ProjectionHead,
    ac_d_loss,
    ac_g_loss,
    projection_logits,
    sample_labels,
)
from blocks.discriminators import DCGANDiscriminator
from blocks.generators import DCGANGenerator


@pytest.mark.parametrize(
    ("cbn", "bn", "shape"),
    [
        (ConditionalBatchNorm2d, nn.BatchNorm2d, (12, 3, 5, 5)),
        (ConditionalBatchNorm1d, nn.BatchNorm1d, (12, 3)),
    ],
)
def test_cbn_with_equal_class_params_is_plain_bn(cbn: type, bn: type, shape: tuple) -> None:
    torch.manual_seed(0)
    c, g, b = shape[1], torch.randn(shape[1]), torch.randn(shape[1])
    cond, plain = cbn(c, n_classes=4), bn(c)
    with torch.no_grad():
        cond.gamma.copy_(g.expand(4, c))
        cond.beta.copy_(b.expand(4, c))
        plain.weight.copy_(g)
        plain.bias.copy_(b)
    y = torch.randint(0, 4, (shape[0],))
    for _ in range(3):  # training: batch statistics, and the same running averages
        x = torch.randn(shape) * 3 + 1
        torch.testing.assert_close(cond(x, y), plain(x), rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(cond.bn.running_mean, plain.running_mean)
    torch.testing.assert_close(cond.bn.running_var, plain.running_var)
    cond.eval(), plain.eval()
    x = torch.randn(shape)
    torch.testing.assert_close(cond(x, y), plain(x), rtol=1e-5, atol=1e-5)


def test_cbn_starts_as_unit_gamma_zero_beta() -> None:
    cond = ConditionalBatchNorm2d(3, n_classes=5)
    assert torch.equal(cond.gamma, torch.ones(5, 3)) and torch.equal(cond.beta, torch.zeros(5, 3))
    x = torch.randn(8, 3, 4, 4)
    expect = (x - x.mean((0, 2, 3), keepdim=True)) / torch.sqrt(
        x.var((0, 2, 3), unbiased=False, keepdim=True) + 1e-5
    )
    torch.testing.assert_close(cond(x, torch.randint(0, 5, (8,))), expect, rtol=1e-4, atol=1e-5)


def test_a_class_params_touch_only_its_samples() -> None:
    torch.manual_seed(1)
    cond = ConditionalBatchNorm2d(3, n_classes=3)
    x, y = torch.randn(9, 3, 4, 4), torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2])
    before = cond(x, y)
    with torch.no_grad():
        cond.gamma[1] = torch.tensor([2.0, -1.0, 0.5])
        cond.beta[1] = torch.tensor([0.3, 0.0, -4.0])
    after = cond(x, y)
    mine = y == 1
    assert torch.equal(after[~mine], before[~mine])
    # for class 1: γ·x̂ + β with x̂ the (γ=1, β=0) output
    expect = before[mine] * torch.tensor([2.0, -1.0, 0.5]).view(1, 3, 1, 1)
    expect = expect + torch.tensor([0.3, 0.0, -4.0]).view(1, 3, 1, 1)
    torch.testing.assert_close(after[mine], expect)
    # and only the used rows receive gradients
    cond(x[y != 2], y[y != 2]).square().sum().backward()
    assert cond.gamma.grad is not None and cond.beta.grad is not None
    assert torch.equal(cond.gamma.grad[2], torch.zeros(3)) and cond.gamma.grad[0].abs().sum() > 0


def test_projection_logits_by_hand() -> None:
    head = ProjectionHead(2, n_classes=2)
    with torch.no_grad():
        head.linear.weight.copy_(torch.tensor([[0.5, -1.0]]))
        head.linear.bias.fill_(0.1)
        head.embed.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 2.0]]))
    h, y = torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([1, 0])
    # sample 0: 0.5 − 2 + 0.1 + (0·1 + 2·2) = 2.6; sample 1: 1.5 − 4 + 0.1 + (1·3 + 0·4) = 0.6
    torch.testing.assert_close(head(h, y), torch.tensor([2.6, 0.6]))
    torch.testing.assert_close(projection_logits(h, y, head.linear, head.embed), head(h, y))


def test_projection_embedding_is_glorot_scaled() -> None:
    torch.manual_seed(0)
    head = ProjectionHead(4096, n_classes=10)
    bound = math.sqrt(6 / (4096 + 10))
    assert head.embed.weight.abs().max() <= bound
    assert abs(head.embed.weight.std().item() - bound / math.sqrt(3)) < 0.02 * bound


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28)])
def test_projection_d_is_plain_d_plus_the_projection_term(shape: tuple[int, int, int]) -> None:
    torch.manual_seed(3)
    plain = DCGANDiscriminator(shape, 8, "layer", "leaky_relu", t_max=None)
    torch.manual_seed(3)
    proj = ProjectionDCGANDiscriminator(shape, 8, n_classes=10, norm="layer")
    x, y = torch.randn(5, *shape), torch.tensor([0, 3, 9, 3, 1])
    h = plain.convs(x).flatten(1)
    term = torch.stack([h[i] @ proj.head.embed.weight[y[i]] for i in range(5)])
    torch.testing.assert_close(proj(x, y), plain(x) + term, rtol=1e-5, atol=1e-5)
    with torch.no_grad():
        proj.head.embed.weight.zero_()
    torch.testing.assert_close(proj(x, y), plain(x))


def test_ac_losses_against_cross_entropy() -> None:
    # two classes, logits (0, log 3): p(class 1) = 3/4, so CE(y=1) = log 4/3 and CE(y=0) = log 4
    logits = torch.tensor([[0.0, math.log(3.0)]])
    torch.testing.assert_close(ac_g_loss(logits, torch.tensor([1])), torch.tensor(math.log(4 / 3)))
    torch.testing.assert_close(
        ac_d_loss(logits, torch.tensor([1]), logits, torch.tensor([0])),
        torch.tensor(math.log(4 / 3) + math.log(4.0)),
    )
    torch.manual_seed(0)
    cr, cf = torch.randn(6, 10), torch.randn(6, 10)
    yr, yf = torch.randint(0, 10, (6,)), torch.randint(0, 10, (6,))
    nll = lambda c, t: -c.log_softmax(1)[torch.arange(6), t].mean()  # noqa: E731
    torch.testing.assert_close(ac_d_loss(cr, yr, cf, yf), nll(cr, yr) + nll(cf, yf))
    torch.testing.assert_close(ac_d_loss(cr, yr, cf, yf, fake_weight=0.0), F.cross_entropy(cr, yr))
    torch.testing.assert_close(ac_g_loss(cf, yf), F.cross_entropy(cf, yf))


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28)])
def test_conditional_g_starts_as_the_plain_dcgan_g(shape: tuple[int, int, int]) -> None:
    torch.manual_seed(5)
    plain = DCGANGenerator(16, shape, 8, nn.Tanh())
    torch.manual_seed(5)
    cond = ConditionalDCGANGenerator(16, shape, 8, n_classes=10)
    z = torch.randn(6, 16)
    torch.testing.assert_close(cond(z, sample_labels(6, 10, "cpu")), plain(z))
    # once a class's tables move, the label changes the sample
    with torch.no_grad():
        cond.fc_norm.beta[7] += 1.0
    assert not torch.allclose(
        cond(z, torch.full((6,), 7)), cond(z, torch.zeros(6, dtype=torch.long))
    )


@pytest.mark.parametrize("shape", [(1, 8, 8), (1, 28, 28)])
def test_conditional_pair_shapes_and_gradients(shape: tuple[int, int, int]) -> None:
    torch.manual_seed(0)
    G = ConditionalDCGANGenerator(16, shape, 8, n_classes=10)
    D = ProjectionDCGANDiscriminator(shape, 8, n_classes=10, norm="batch")
    y = sample_labels(4, 10, "cpu")
    assert y.dtype == torch.long and y.shape == (4,) and 0 <= int(y.min()) <= int(y.max()) < 10
    x = G(torch.randn(4, 16), y)
    assert x.shape == (4, *shape) and x.abs().max() <= 1
    out = D(x, y)
    assert out.shape == (4,)
    out.sum().backward()
    assert all(p.grad is not None for p in G.parameters())
    assert all(p.grad is not None for p in D.parameters())
    assert D.features(x).shape == (4, D.head.linear.in_features)


# -- the blocks on contract v2 -------------------------------------------------------------------
def _program(name: str):  # type: ignore[no-untyped-def]
    from gancanvas.compiler import compile_graph
    from schemas import load_graph_dict
    from tests.graphs import tiny

    torch.manual_seed(0)
    return compile_graph(load_graph_dict(tiny(name, steps=2, batch=16)), "cpu")


def test_ac_classifier_term_is_the_cross_entropy_of_each_phase() -> None:
    from gancanvas.runner.loop import StepRunner

    prog = _program("digits_acgan")
    runner = StepRunner(prog)
    ac = prog.built["ac"]
    seen: dict[str, torch.Tensor] = {}
    original = ac.term

    def spy(batch):  # type: ignore[no-untyped-def]
        out = original(batch)
        fake = batch.out_fake.extras["class_logits"].detach()
        want = F.cross_entropy(fake, batch.fake_labels)
        if batch.side == "D":
            real = batch.out_real.extras["class_logits"].detach()
            want = want + F.cross_entropy(real, batch.real_labels)
            assert torch.equal(batch.real_labels, prog.data.last_labels)
        seen[batch.side] = out.detach()
        torch.testing.assert_close(out.detach(), want)
        return out

    for phase in prog.phases:
        phase.updates[0].terms = [
            (n, spy if n == "ac" else fn, s) for n, fn, s in phase.updates[0].terms
        ]
    runner.iteration(0)
    assert set(seen) == {"D", "G"}  # one term, both phases
    values = runner.flush(0, 1)
    assert "loss/Dmain/ac" in values and "loss/Gmain/ac" in values


def test_conditional_generator_asks_for_the_batch_labels_and_samples_classes_in_turn() -> None:
    prog = _program("digits_conditional")
    G = prog.G
    calls: list[torch.Tensor | None] = []
    hook = G.register_forward_pre_hook(
        lambda m, args, kwargs: calls.append(kwargs.get("y")), with_kwargs=True
    )
    from gancanvas.runner.loop import StepRunner

    StepRunner(prog).iteration(0)
    hook.remove()
    assert calls and all(y is not None and y.shape == (16,) for y in calls)
    z = torch.randn(20, 32)
    G.eval()
    with torch.no_grad():
        by_default = G(z)
        by_class = G(z, torch.arange(20) % 10)
    assert torch.equal(by_default, by_class)
