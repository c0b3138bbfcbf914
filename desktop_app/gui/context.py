"""What every window needs, passed in rather than reached for: no module-level globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.recovery import SessionMarker
from desktop_app.gui.settings import Settings

if TYPE_CHECKING:
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.gui.autosave import SaveWorker


@dataclass
class AppContext:
    lang: str
    store: DraftStore  # the GUI thread's connection
    save_worker: SaveWorker  # the autosave thread, with its own connection
    marker: SessionMarker
    settings: Settings = field(default_factory=Settings)
    dialogs: Dialogs = field(default_factory=Dialogs)

    def shutdown(self) -> None:
        """Clean quit: every save written, the crash marker gone."""
        self.save_worker.stop()
        self.store.close()
        self.marker.remove()
