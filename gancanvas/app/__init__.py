"""The gancanvas canvas: a NiceGUI app around a Vue Flow node editor (see ``frontend/``).

``serve`` is what ``gancanvas ui`` calls. The app edits a ``Graph``, asks the compiler's validator,
and starts the headless runner as a subprocess: it never trains in its own process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["serve"]

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from schemas import Graph


def serve(
    file: Path | None,
    host: str = "127.0.0.1",
    port: int = 8080,
    graphs_dir: Path | None = None,
    token: str | None = None,
    show: bool = False,
    graph: Graph | None = None,
    tracking_uri: str | None = None,
    token_file: str | Path | None = None,
    allow_origins: Sequence[str] = (),
) -> None:
    """Start the canvas on host:port (see ``gancanvas.app.server.serve``); ``graph`` (a run's,
    say) opens instead of ``file``."""
    from pathlib import Path

    from .server import serve as _serve

    _serve(
        file,
        host=host,
        port=port,
        graphs_dir=graphs_dir or Path("graphs"),
        token=token,
        show=show,
        graph=graph,
        tracking_uri=tracking_uri,
        token_file=token_file,
        allow_origins=allow_origins,
    )
