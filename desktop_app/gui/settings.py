"""Small user preferences (last folders, language) in a JSON file in the data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.core.errors import OutputError
from desktop_app.core.storage.atomic import atomic_write_text


class Settings:
    """Read once, written through on every change; a broken file is ignored, not fatal."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._values: dict[str, Any] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self._values = data
        except (OSError, ValueError):
            pass

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def get_str(self, key: str, default: str = "") -> str:
        value = self._values.get(key)
        return value if isinstance(value, str) else default

    def set(self, key: str, value: Any) -> None:
        if self._values.get(key) == value:
            return
        self._values[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(self._values, ensure_ascii=False, indent=2))
        except (OSError, OutputError):
            pass  # a preference that cannot be saved is not worth interrupting the clerk
