"""Class-conditional GAN modules: conditional batch norm, projection head, AC-GAN loss, cDCGAN.

Spec: the conditioning rows of /work/shared/reference/gan-libraries.md §1b ("G conditioning":
cBN; "D conditioning": AC, PD) and StudioGAN (``src/utils/ops.py`` ConditionalBatchNorm2d,
``src/models/deep_conv.py``).

- **Conditional batch norm** (de Vries et al. 2017; Miyato & Koyama, "cGANs with Projection
  Discriminator", ICLR 2018, ``CategoricalConditionalBatchNormalization``; BigGAN):
  y_out = γ_c · (x − μ_B)/√(σ²_B + ε) + β_c, one (γ_c, β_c) per class c, looked up by label.
  γ starts at 1 and β at 0 (sngan_projection's initial_gamma/beta), so at initialisation it is
  plain batch norm and the labels have no effect yet.
- **Projection discriminator** (Miyato & Koyama 2018, eq. 3): D(x, y) = ψ(φ(x)) + ⟨V_y, φ(x)⟩,
  with φ the feature trunk, ψ a linear head and V a class embedding of φ's width.
- **AC-GAN** (Odena, Olah, Shlens, ICML 2017, eqs. 2–3): L_C = E[log P(C=c | x_real)] +
  E[log P(C=c | x_fake)]; D maximises L_S + L_C, G maximises L_C − L_S. As losses to minimise,
  D's class term is CE(real) + CE(fake) and G's is CE(fake); L_S is the usual adversarial loss.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import Tensor, nn

from blocks.base import Block, BlockParams, BlockProblem, BuildContext, Shape, handle
from blocks.discriminators import DCGANDParams, Norm, _norm, labelled_d_inputs
from blocks.generators import G_OUTPUTS, DCGANParams, _out_activation
from blocks.layers import Activation, activation, dcgan_plan
from blocks.runtime import Batch, CriticOutput, Regularizer
from schemas import Port, PortType


class _ConditionalBatchNorm(nn.Module):
    """Batch norm without affine, then the per-class γ_y, β_y (rows of [n_classes, C] tables)."""

    def __init__(self, num_features: int, n_classes: int, eps: float = 1e-5, momentum: float = 0.1):
        super().__init__()
        self.bn = self._make_bn(num_features, eps, momentum)
        # plain tensors, not nn.Embedding: no RNG draw, so a conditional network built after
        # the same seed has the same conv/linear weights as its unconditional twin
        self.gamma = nn.Parameter(torch.ones(n_classes, num_features))
        self.beta = nn.Parameter(torch.zeros(n_classes, num_features))

    @staticmethod
    def _make_bn(num_features: int, eps: float, momentum: float) -> nn.Module:
        raise NotImplementedError

    def forward(self, x: Tensor, y: Tensor) -> Tensor:
        # γ, β broadcast over the spatial dims: [B, C] → [B, C, 1, 1] for 4-D input
        view = (x.shape[0], x.shape[1]) + (1,) * (x.dim() - 2)
        return self.bn(x) * self.gamma[y].view(view) + self.beta[y].view(view)


class ConditionalBatchNorm2d(_ConditionalBatchNorm):
    """Conditional BN of [B, C, H, W] maps: BN(x)·γ_y + β_y, γ = 1, β = 0 at init."""

    @staticmethod
    def _make_bn(num_features: int, eps: float, momentum: float) -> nn.Module:
        return nn.BatchNorm2d(num_features, eps=eps, momentum=momentum, affine=False)


class ConditionalBatchNorm1d(_ConditionalBatchNorm):
    """Conditional BN of [B, C] features: BN(x)·γ_y + β_y, γ = 1, β = 0 at init."""

    @staticmethod
    def _make_bn(num_features: int, eps: float, momentum: float) -> nn.Module:
        return nn.BatchNorm1d(num_features, eps=eps, momentum=momentum, affine=False)


def projection_logits(h: Tensor, y: Tensor, psi: nn.Linear, embed: nn.Embedding) -> Tensor:
    """ψ(h) + ⟨V_y, h⟩ per sample: features h [B, F], labels y [B] → logits [B]."""
    return psi(h).squeeze(1) + (embed(y) * h).sum(1)


class ProjectionHead(nn.Module):
    """Projection-discriminator output layer (Miyato & Koyama 2018) on features [B, F].

    V is Glorot-uniform, as sngan_projection's ``EmbedID(initialW=GlorotUniform)``: the
    projection term then starts on the scale of ψ(h), not √F times larger (N(0, 1) rows).
    """

    def __init__(self, features: int, n_classes: int):
        super().__init__()
        self.linear = nn.Linear(features, 1)
        self.embed = nn.Embedding(n_classes, features)
        nn.init.xavier_uniform_(self.embed.weight)

    def forward(self, h: Tensor, y: Tensor) -> Tensor:
        return projection_logits(h, y, self.linear, self.embed)


def ac_d_loss(
    class_real: Tensor,
    y_real: Tensor,
    class_fake: Tensor,
    y_fake: Tensor,
    fake_weight: float = 1.0,
) -> Tensor:
    """D's AC-GAN class loss −L_C = CE(C(x), y) + w·CE(C(G(z, y_f)), y_f) (Odena et al. 2017).

    Class logits [B, K], labels [B]; each CE is a batch mean. w = 1 is the paper's L_C;
    w = 0 trains D's classifier on reals only (StudioGAN's AC: ``cond_loss(**real_dict)``).
    """
    return F.cross_entropy(class_real, y_real) + fake_weight * F.cross_entropy(class_fake, y_fake)


def ac_g_loss(class_fake: Tensor, y_fake: Tensor) -> Tensor:
    """G's AC-GAN class loss CE(C(G(z, y_f)), y_f): G maximises L_C, i.e. minimises this."""
    return F.cross_entropy(class_fake, y_fake)


def sample_labels(n: int, n_classes: int, device: torch.device | str) -> Tensor:
    """n labels uniform over the classes (int64 [n]), the class prior of G's inputs."""
    return torch.randint(0, n_classes, (n,), device=device)


class ConditionalDCGANGenerator(nn.Module):
    """DCGAN generator with conditional BN wherever the plain one has BN (cBN-GAN, StudioGAN).

    Linear → cBN1d → ReLU → s0×s0 map, then k stride-2 transposed convs, each but the last
    followed by cBN2d → ReLU. The labels enter only through the cBN tables (StudioGAN's
    ``g_cond_mtd: cBN``). The fc's BN is conditional too: at 8×8 (k = 1) it is the only BN.
    Built in the order of ``DCGANGenerator``, so after the same seed both have the same weights
    and, with γ = 1, β = 0, the same output for any labels.
    """

    def __init__(
        self, z_dim: int, shape: Shape, width: int, n_classes: int, out: nn.Module | None = None
    ):
        super().__init__()
        c_out = shape[0]
        s0, k = dcgan_plan(shape)
        self.c0, self.s0 = width * 2 ** (k - 1), s0
        self.fc = nn.Linear(z_dim, self.c0 * s0 * s0)
        self.fc_norm = ConditionalBatchNorm1d(self.c0 * s0 * s0, n_classes)
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        c = self.c0
        for i in range(k):
            last = i == k - 1
            nxt = c_out if last else c // 2
            self.convs.append(nn.ConvTranspose2d(c, nxt, 4, 2, 1, bias=last))
            if not last:
                self.norms.append(ConditionalBatchNorm2d(nxt, n_classes))
            c = nxt
        self.out = out if out is not None else nn.Tanh()
        self.n_classes = n_classes

    def forward(self, z: Tensor, y: Tensor | None = None) -> Tensor:
        if y is None:  # sampling path without labels: the classes in turn (balanced grids)
            y = torch.arange(z.shape[0], device=z.device) % self.n_classes
        h = F.relu(self.fc_norm(self.fc(z), y)).view(z.shape[0], self.c0, self.s0, self.s0)
        for i, conv in enumerate(self.convs):
            h = conv(h)
            if i < len(self.norms):
                h = F.relu(self.norms[i](h, y))
        return self.out(h)


class ProjectionDCGANDiscriminator(nn.Module):
    """DCGAN critic with a projection head: logit = ψ(φ(x)) + ⟨V_y, φ(x)⟩ → [B].

    φ is ``DCGANDiscriminator``'s trunk (k stride-2 convs, norm after all but the first,
    flattened s0×s0 features). Built in the same order (convs, then ψ), so after the same seed
    its convs and ψ equal the plain critic's and the difference is the projection term alone.
    """

    def __init__(
        self,
        shape: Shape,
        width: int,
        n_classes: int,
        norm: Norm = "none",
        act: Activation = "leaky_relu",
        projection: bool = True,
        ac_head: bool = False,
    ):
        super().__init__()
        s0, k = dcgan_plan(shape)
        layers: list[nn.Module] = []
        c = shape[0]
        for i in range(k):
            nxt = width * 2**i
            layers.append(nn.Conv2d(c, nxt, 4, 2, 1, bias=norm == "none" or i == 0))
            if i > 0:
                layers.append(_norm(norm, nxt))
            layers.append(activation(act))
            c = nxt
        self.convs = nn.Sequential(*layers)
        self.head = ProjectionHead(c * s0 * s0, n_classes)
        self.classifier = nn.Linear(c * s0 * s0, n_classes) if ac_head else None
        self.projection = projection

    def features(self, x: Tensor) -> Tensor:
        """φ(x) [B, F]: what an auxiliary classifier head (AC-GAN) would read."""
        return self.convs(x).flatten(1)

    def forward(self, x: Tensor, y: Tensor | None = None) -> Tensor | CriticOutput:
        h = self.features(x)
        if self.projection and y is not None:
            logits = self.head(h, y)
        else:  # unconditional ψ(h) (an AC-GAN critic, or sampling without labels)
            logits = self.head.linear(h).squeeze(1)
        if self.classifier is None:
            return logits
        return CriticOutput(logits, {"class_logits": self.classifier(h), "features": h})


# -- blocks -----------------------------------------------------------------------------------
LABELS_IN = Port(
    name="y", type=PortType.LABELS, doc="Class labels: wire the data block's labels here."
)


class ConditionalDCGANGeneratorBlock(Block):
    """Class-conditional DCGAN generator: conditional batch norm per class (cBN; BigGAN, SNGAN).

    G(z, y): the DCGAN generator with every batch norm conditional on the label (per-class γ, β,
    Miyato & Koyama 2018). Sample grids and metrics without labels cycle through the classes.
    """

    type = "generator.conditional_dcgan"
    title = "Conditional DCGAN generator"
    paper = "Miyato & Koyama, cGANs with Projection Discriminator, ICLR 2018; de Vries et al. 2017"
    Params = DCGANParams
    inputs = (Port(name="z", type=PortType.LATENT, doc="Latent codes."), LABELS_IN)
    outputs = G_OUTPUTS
    params: DCGANParams

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if not data_shape:
            return {}
        dcgan_plan(data_shape)
        return {"fake": data_shape}

    def build(self, ctx: BuildContext) -> nn.Module:
        out = _out_activation(self.params.out_activation, ctx.data_shape)
        return ConditionalDCGANGenerator(
            ctx.z_dim, ctx.data_shape, self.params.width, max(ctx.n_classes, 1), out
        )


class ProjectionDParams(DCGANDParams):
    projection: bool = Field(True, description="Projection term ⟨V_y, φ(x)⟩ (needs y wired).")
    ac_head: bool = Field(
        False, description="Auxiliary classifier head (AC-GAN): outputs class_logits."
    )


class ProjectionDCGANDiscriminatorBlock(Block):
    """Class-conditional DCGAN critic: projection head and/or AC-GAN classifier head.

    logit = ψ(φ(x)) + ⟨V_y, φ(x)⟩ (Miyato & Koyama, ICLR 2018); with ``ac_head`` the output also
    carries ``class_logits`` for ``regularizer.ac_classifier`` (Odena et al., ICML 2017).
    """

    type = "discriminator.projection_dcgan"
    title = "Projection DCGAN discriminator"
    paper = "Miyato & Koyama, cGANs with Projection Discriminator, ICLR 2018"
    Params = ProjectionDParams
    inputs = labelled_d_inputs("Class labels (projection); an AC-only critic needs none.")
    outputs = (handle("critic", PortType.CRITIC, "This critic: logits (and class logits)."),)
    params: ProjectionDParams

    def check(self) -> list[BlockProblem]:
        if not (self.params.projection or self.params.ac_head):
            return [BlockProblem("projection", "bad_param", "enable projection, ac_head or both")]
        return []

    def critic_extras(self) -> frozenset[str]:
        return frozenset({"class_logits", "features"}) if self.params.ac_head else frozenset()

    def infer(self, shapes: dict[str, Shape], data_shape: Shape | None) -> dict[str, Shape]:
        if "real" in shapes:
            dcgan_plan(shapes["real"])
        return {}

    def build(self, ctx: BuildContext) -> nn.Module:
        p = self.params
        return ProjectionDCGANDiscriminator(
            ctx.data_shape,
            p.width,
            max(ctx.n_classes, 1),
            p.norm,
            p.activation,
            projection=p.projection and ctx.connected("y"),
            ac_head=p.ac_head,
        )


class ACParams(BlockParams):
    weight: float = Field(1.0, ge=0, le=1e3, description="λ of the class terms (Odena: 1).")
    fake_weight: float = Field(
        1.0, ge=0, le=1, description="Weight of CE on fakes in D's term (paper 1; StudioGAN 0)."
    )


class ACClassifierReg(Regularizer):
    """D: λ(CE(C(x), y) + w·CE(C(G(z, y_f)), y_f)); G: λ·CE(C(G(z, y_f)), y_f)."""

    phase = "both"

    def __init__(self, p: ACParams):
        self.p = p

    def term(self, batch: Batch) -> Tensor:
        fake_logits = batch.out_fake.extras["class_logits"]
        y_fake = batch.fake_labels
        assert y_fake is not None, "AC-GAN needs a conditional generator (G.y wired)"
        if batch.side == "G":
            return self.p.weight * ac_g_loss(fake_logits, y_fake)
        y_real = batch.real_labels
        assert y_real is not None
        real_logits = batch.out_real.extras["class_logits"]
        d_term = ac_d_loss(real_logits, y_real, fake_logits, y_fake, self.p.fake_weight)
        return self.p.weight * d_term


class ACClassifier(Block):
    """AC-GAN's auxiliary classifier loss in both phases (Odena, Olah, Shlens, ICML 2017).

    Reads the ``class_logits`` of D's output (``discriminator.projection_dcgan`` with
    ``ac_head``): D learns to classify reals (and fakes), G to make fakes of the asked class.
    """

    type = "regularizer.ac_classifier"
    title = "AC-GAN classifier"
    paper = "Odena, Olah, Shlens, Conditional Image Synthesis with Auxiliary Classifier GANs, 2017"
    Params = ACParams
    inputs = (handle("critic", PortType.CRITIC, "The discriminator with a classifier head."),)
    needs_extras = ("class_logits",)
    params: ACParams

    def build(self, ctx: BuildContext) -> Regularizer:
        return ACClassifierReg(self.params)


CONDITIONAL_BLOCKS: list[type[Block]] = [
    ConditionalDCGANGeneratorBlock,
    ProjectionDCGANDiscriminatorBlock,
    ACClassifier,
]
