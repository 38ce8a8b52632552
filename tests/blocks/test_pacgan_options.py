"""PacGAN's 2-D baseline options on the MLP blocks (Lin et al., NeurIPS 2018).

Generator batch norm and hidden bias, maxout critic units, N(0, 0.02) initialisation, packing;
and the defaults, which must build exactly what the blocks built before these options.
"""

from __future__ import annotations

import pytest
import torch
from pydantic import ValidationError
from torch import nn

from blocks.base import BuildContext, UnsupportedShape
from blocks.discriminators import (
    MLPDiscriminator,
    MLPDiscriminatorBlock,
    MLPDParams,
    pack_problem,
)
from blocks.generators import MLPGenerator, MLPParams
from blocks.layers import Maxout, init_linear, mlp
from schemas import RunConfig


def test_maxout_is_the_max_of_consecutive_groups() -> None:
    torch.manual_seed(0)
    x = torch.randn(3, 12)
    out = Maxout(4)(x)
    assert out.shape == (3, 3)
    for b in range(3):
        for j in range(3):
            assert out[b, j] == max(x[b, 4 * j + p] for p in range(4))


def test_default_mlp_is_the_old_linear_act_stack() -> None:
    """Same seed → the same modules, weights and outputs as Linear–LeakyReLU(0.2)–…–Linear."""
    torch.manual_seed(7)
    new = mlp([2, 16, 8, 1], "leaky_relu")
    torch.manual_seed(7)
    old = nn.Sequential(
        nn.Linear(2, 16), nn.LeakyReLU(0.2), nn.Linear(16, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1)
    )
    assert repr(new) == repr(old)
    assert all(
        torch.equal(a, b)
        for a, b in zip(new.state_dict().values(), old.state_dict().values(), strict=True)
    )
    x = torch.randn(5, 2)
    assert torch.equal(new(x), old(x))


def test_default_blocks_build_the_same_networks_as_before() -> None:
    torch.manual_seed(1)
    G = MLPGenerator(2, [32, 32], "leaky_relu", nn.Identity(), (2,))
    D = MLPDiscriminator(2, [32, 32], "leaky_relu", None, 16)
    torch.manual_seed(1)
    g_old = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 32))
    g_old.append(nn.LeakyReLU(0.2)).append(nn.Linear(32, 2))
    d_old = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 32))
    d_old.append(nn.LeakyReLU(0.2)).append(nn.Linear(32, 1))
    z = torch.randn(6, 2)
    assert torch.equal(G(z), g_old(z)) and torch.equal(D(z), d_old(z).squeeze(1))
    p, q = MLPParams(), MLPDParams()
    assert (p.batch_norm, p.bias, p.init) == (False, True, "default")
    assert (q.activation, q.init, q.pack) == ("leaky_relu", "default", 1)


def test_generator_batch_norm_before_activation_and_no_hidden_bias() -> None:
    G = MLPGenerator(2, [16, 16], "relu", nn.Identity(), (2,), batch_norm=True, bias=False)
    kinds = [type(m) for m in G.net]
    assert kinds == [nn.Linear, nn.BatchNorm1d, nn.ReLU] * 2 + [nn.Linear]
    linears = [m for m in G.net if isinstance(m, nn.Linear)]
    assert [m.bias is None for m in linears] == [True, True, False]  # the output keeps its bias
    # training mode: each BN output (the ReLU's input) is standardised over the batch
    seen: list[torch.Tensor] = []
    G.net[1].register_forward_hook(lambda m, i, o: seen.append(o))
    G(torch.randn(64, 2) * 5 + 3)
    torch.testing.assert_close(seen[0].mean(0), torch.zeros(16), atol=1e-5, rtol=0)
    torch.testing.assert_close(seen[0].var(0, unbiased=False), torch.ones(16), atol=1e-3, rtol=0)
    G.eval()  # evaluation uses the running statistics: one sample at a time is fine
    assert G(torch.randn(1, 2)).shape == (1, 2)


def test_normal_init_draws_0_02_weights_and_zero_biases() -> None:
    torch.manual_seed(0)
    G = MLPGenerator(
        2, [400, 400], "relu", nn.Identity(), (2,), batch_norm=True, init="normal_0.02"
    )
    big = G.net[3]
    assert isinstance(big, nn.Linear) and big.weight.shape == (400, 400)
    assert abs(big.weight.std().item() - 0.02) < 0.0005 and abs(big.weight.mean().item()) < 0.0005
    for m in G.net:
        if isinstance(m, nn.Linear):
            assert m.bias is not None and torch.equal(m.bias, torch.zeros_like(m.bias))
        if isinstance(m, nn.BatchNorm1d):  # BN keeps γ = 1, β = 0
            assert torch.equal(m.weight, torch.ones_like(m.weight))
            assert torch.equal(m.bias, torch.zeros_like(m.bias))
    D = MLPDiscriminator(2, [200], "maxout", None, 16, init="normal_0.02")
    first = D.net[0]
    assert isinstance(first, nn.Linear) and abs(first.weight.std().item() - 0.02) < 0.002
    # 'default' is a no-op: it changes neither the weights nor the RNG stream
    lin = nn.Linear(3, 3)
    w, state = lin.weight.clone(), torch.get_rng_state()
    init_linear(lin, "default")
    assert torch.equal(lin.weight, w) and torch.equal(torch.get_rng_state(), state)


def test_pacgan_grid_critic_layout_and_size() -> None:
    """3 maxout layers of 200 units × 5 pieces on m packed 2-D points, then a linear output."""
    for m in (1, 2, 4):
        D = MLPDiscriminator(2, [200, 200, 200], "maxout", None, 16, pack=m)
        shapes = [tuple(x.weight.shape) for x in D.net if isinstance(x, nn.Linear)]
        assert shapes == [(1000, 2 * m), (1000, 200), (1000, 200), (1, 200)]
        n = sum(p.numel() for p in D.parameters())
        assert n == (2 * m + 1) * 1000 + 2 * 201 * 1000 + 201
        assert D(torch.randn(8 * m, 2)).shape == (8,)


def test_packing_concatenates_m_consecutive_samples() -> None:
    torch.manual_seed(0)
    D = MLPDiscriminator(2, [8], "maxout", None, 16, pack=3, maxout_pieces=2)
    x = torch.randn(6, 2)
    out = D(x)
    assert out.shape == (2,)
    for i in range(2):
        packed = torch.cat([x[3 * i], x[3 * i + 1], x[3 * i + 2]]).unsqueeze(0)
        torch.testing.assert_close(out[i], D.net(packed)[0, 0])
    with pytest.raises(ValueError, match="divisible by 3"):
        D(torch.randn(7, 2))
    # with a timestep, each sample's embedding travels with it inside the pack
    Dt = MLPDiscriminator(2, [8], "relu", 100, 4, pack=2)
    assert Dt.net[0].in_features == 2 * (2 + 4)
    t = torch.tensor([0, 0, 50, 90])
    out_t = Dt(x[:4], t)
    assert Dt.t_embed is not None
    packed = torch.cat([x[:4], Dt.t_embed(t)], 1).reshape(2, 12)
    torch.testing.assert_close(out_t, Dt.net(packed).squeeze(1))


def test_packing_needs_a_divisible_batch_size() -> None:
    assert pack_problem(256, 4) is None and pack_problem(7, 1) is None
    msg = pack_problem(256, 3)
    assert msg and "255" in msg and "258" in msg
    block = MLPDiscriminatorBlock("D", MLPDParams(pack=3))

    def ctx(batch: int) -> BuildContext:
        return BuildContext("D", torch.device("cpu"), RunConfig(batch_size=batch), (2,), 2)

    with pytest.raises(UnsupportedShape, match="divisible by 3"):
        block.build(ctx(256))
    assert block.build(ctx(300)).pack == 3


def test_params_accept_the_pacgan_settings_only() -> None:
    q = MLPDParams.model_validate(
        {"hidden": [200] * 3, "activation": "maxout", "maxout_pieces": 5, "pack": 2}
    )
    assert q.activation == "maxout"
    for bad in ({"pack": 0}, {"maxout_pieces": 1}, {"init": "xavier"}, {"activation": "swish"}):
        with pytest.raises(ValidationError):
            MLPDParams.model_validate(bad)
    with pytest.raises(ValidationError):  # maxout is a critic option, not a generator one
        MLPParams.model_validate({"activation": "maxout"})
