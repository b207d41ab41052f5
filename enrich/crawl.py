"""`python -m enrich.crawl JOBFILE`: run one Scrapy crawl and stream results as JSON lines.

A separate process because Twisted's reactor cannot be restarted, and so the `segdsl` CLI
process never imports Scrapy. Stdout carries one JSON object per line: `{"page": url}` per
fetched page, `{"row": {...}}` per finished domain. Logs go to stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess

from enrich.job import Job
from enrich.settings import crawl_settings
from enrich.spider import EnrichSpider


def _write(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run(job: Job) -> None:
    process = CrawlerProcess(crawl_settings(job), install_root_handler=True)
    # robots.txt over https failing is routine (the http fallback follows) and each failure is
    # logged with a traceback: costly at scale and reported per domain anyway.
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    process.crawl(EnrichSpider, job=job, emit=lambda row: _write({"row": row}),
                  on_page=lambda url: _write({"page": url}))
    process.start()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m enrich.crawl JOBFILE\n")
        return 2
    run(Job.load(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
