"""Where things are: the bundled corpus, the default warehouse path."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCUMENTS = PROJECT_ROOT / "sample_documents"
DEFAULT_DB = "warehouse.duckdb"


@dataclass(frozen=True)
class Settings:
    """Paths of one run; validates itself."""

    docs_dir: Path = SAMPLE_DOCUMENTS
    db_path: Path = Path(os.environ.get("JUESUAN_DB", DEFAULT_DB))

    def __post_init__(self) -> None:
        if not self.docs_dir.exists():
            raise ValueError(f"documents folder does not exist: {self.docs_dir}")
        if not self.docs_dir.is_dir():
            raise ValueError(f"documents path is not a folder: {self.docs_dir}")
        if self.db_path.exists() and self.db_path.is_dir():
            raise ValueError(f"database path is a folder: {self.db_path}")
