"""What one crawl process must do, passed from the command to `python -m segdsl_enrich.crawl` as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

MIB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    domains: list[str]
    resolve: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    max_pages: int = 4
    timeout: float = 15.0
    max_bytes: int = 5 * MIB
    delay: float = 0.5
    concurrency: int = 128
    cache_dir: str | None = None

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Job:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["resolve"] = {host: (ip, port) for host, (ip, port) in data["resolve"].items()}
        return cls(**data)
