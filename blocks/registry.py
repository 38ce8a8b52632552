"""The block registry: one explicit list, looked up by ``type`` tag."""

from __future__ import annotations

from typing import Any

from blocks.ada import ADA_BLOCKS
from blocks.adaptive import AdaptiveDiffusionBlock, ADAScheduler
from blocks.augmenters import DiffAugmentBlock, DiffusionBlock
from blocks.base import Block
from blocks.biggan import BIGGAN_BLOCKS
from blocks.cfg_blocks import CFG_BLOCKS
from blocks.clr import CLR_BLOCKS
from blocks.conditional import CONDITIONAL_BLOCKS
from blocks.consistency import CONSISTENCY_BLOCKS
from blocks.coupling import CouplingGeneratorBlock
from blocks.dat import DAT_BLOCKS
from blocks.data import DATA_BLOCKS
from blocks.discriminators import DCGANDiscriminatorBlock, MLPDiscriminatorBlock
from blocks.failure_modes import FailureModesMetric
from blocks.gebm_blocks import GEBM_BLOCKS
from blocks.generalized_loss import GENERALIZED_LOSS_BLOCKS
from blocks.generators import DCGANGeneratorBlock, MLPGeneratorBlock
from blocks.gradnorm import GRADNORM_BLOCKS
from blocks.icmn import ICMN_BLOCKS
from blocks.latent import NormalLatent, TruncatedNormalLatent, UniformLatent
from blocks.lcr import LCR_BLOCKS
from blocks.lipschitz import LipschitzMetric, NTKMetric
from blocks.losses import LOSS_BLOCKS
from blocks.manifold import MANIFOLD_BLOCKS
from blocks.metrics_image import IMAGE_METRIC_BLOCKS
from blocks.metrics_image.paper import PAPER_METRIC_BLOCKS
from blocks.metrics_toy import ModesMetric
from blocks.mmd import MMD_BLOCKS
from blocks.ntk_blocks import NTK_BLOCKS
from blocks.optimizers import OPTIMIZER_BLOCKS
from blocks.ortho import ORTHO_BLOCKS
from blocks.plugins import load_plugins
from blocks.progressive_blocks import PROGRESSIVE_BLOCKS
from blocks.regularizers import REGULARIZER_BLOCKS
from blocks.resnet import RESNET_BLOCKS
from blocks.samplers import SAMPLER_BLOCKS
from blocks.schedulers import SCHEDULER_BLOCKS
from blocks.stylegan2 import STYLEGAN2_BLOCKS
from blocks.ttc_blocks import TTC_BLOCKS

BLOCKS: list[type[Block]] = [
    *DATA_BLOCKS,
    NormalLatent,
    UniformLatent,
    TruncatedNormalLatent,
    MLPGeneratorBlock,
    DCGANGeneratorBlock,
    MLPDiscriminatorBlock,
    DCGANDiscriminatorBlock,
    *CONDITIONAL_BLOCKS,
    *RESNET_BLOCKS,
    *BIGGAN_BLOCKS,
    DiffAugmentBlock,
    DiffusionBlock,
    *LOSS_BLOCKS,
    *REGULARIZER_BLOCKS,
    *OPTIMIZER_BLOCKS,
    *SCHEDULER_BLOCKS,
    *SAMPLER_BLOCKS,
    AdaptiveDiffusionBlock,
    ModesMetric,
    *IMAGE_METRIC_BLOCKS,
    *PAPER_METRIC_BLOCKS,
    *GEBM_BLOCKS,
    *PROGRESSIVE_BLOCKS,
    *CLR_BLOCKS,
    *MMD_BLOCKS,
    *DAT_BLOCKS,
    *CFG_BLOCKS,
    *TTC_BLOCKS,
    *NTK_BLOCKS,
    CouplingGeneratorBlock,
    FailureModesMetric,
    LipschitzMetric,
    NTKMetric,
    *ADA_BLOCKS,
    ADAScheduler,
    *STYLEGAN2_BLOCKS,
    *CONSISTENCY_BLOCKS,
    *ICMN_BLOCKS,
    *MANIFOLD_BLOCKS,
    *GRADNORM_BLOCKS,
    *GENERALIZED_LOSS_BLOCKS,
    *ORTHO_BLOCKS,
    *LCR_BLOCKS,
]

#: the package each block comes from: "gancanvas", or the distribution of a plugin
PACKAGE: dict[str, str] = {b.type: "gancanvas" for b in BLOCKS}
for _plugin, _package in load_plugins(BLOCKS):  # the gancanvas.blocks entry points
    BLOCKS.append(_plugin)
    PACKAGE[_plugin.type] = _package

_BY_TYPE: dict[str, type[Block]] = {b.type: b for b in BLOCKS}


def get_block(type_tag: str) -> type[Block] | None:
    return _BY_TYPE.get(type_tag)


def block_types() -> list[str]:
    return sorted(_BY_TYPE)


def params_models() -> dict[str, Any]:
    return {b.type: b.Params for b in BLOCKS}


def catalog() -> list[dict[str, Any]]:
    """Everything the canvas palette and inspector need, as plain JSON-able dicts."""

    def port(p: Any) -> dict[str, Any]:
        return {
            "name": p.name,
            "type": p.type.value,
            "accepts": [p.type.value, *(t.value for t in p.also)],
            "required": p.required,
            "multiple": p.multiple,
            "doc": p.doc,
        }

    return [
        {
            "type": b.type,
            "kind": b.kind(),
            "title": b.title,
            "description": b.description(),
            "paper": b.paper,
            "package": PACKAGE.get(b.type, "gancanvas"),
            "params_schema": b.Params.model_json_schema(),
            "inputs": [port(p) for p in b.inputs],
            "outputs": [port(p) for p in b.outputs],
        }
        for b in BLOCKS
    ]
