"""gancanvas: compose GAN experiments from typed blocks; train them from the canvas or headless."""

__version__ = "0.1.0"
