"""What all pages (browser tabs) of one server share, and the one app-level timer for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nicegui import Client, app

from schemas import Graph

from .drafts import Drafts
from .runs import RunManager
from .tracking import MlflowUi

if TYPE_CHECKING:
    from .page import CanvasPage


@dataclass
class Services:
    """What all pages of one server share."""

    graphs_dir: Path
    runs: RunManager
    mlflow: MlflowUi
    initial: Graph | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    drafts: Drafts | None = None
    pages: list[CanvasPage] = field(default_factory=list)
    ticker: Any = None

    def __post_init__(self) -> None:
        if self.drafts is None:
            self.drafts = Drafts(self.graphs_dir / ".drafts")

    def attach(self, page: CanvasPage) -> None:
        """Follow a new tab; the one app-level timer starts with the first."""
        self.pages.append(page)
        if self.ticker is None:
            self.ticker = app.timer(0.5, self.tick)

    def tick(self) -> None:
        """Every 0.5 s, for all tabs at once: read the runs' events, then update each live tab
        (its run view, and its draft on disk when the graph changed)."""
        self.runs.poll()
        self.pages = [p for p in self.pages if p.client.id in Client.instances]
        for page in self.pages:
            with page.client:
                page.tick()
