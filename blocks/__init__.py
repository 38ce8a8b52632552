"""The block library: one module per family; the explicit list is ``blocks.registry.BLOCKS``."""
