"""`python -m segdsl_enrich.crawl JOBFILE`: run one Scrapy crawl and stream results as JSON lines.

A separate process because Twisted's reactor cannot be restarted, and so the `segdsl` CLI
process never imports Scrapy. Stdout carries one JSON object per line: `{"page": url}` per
fetched page, `{"row": {...}}` per finished domain. Logs go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from scrapy.crawler import CrawlerProcess

from segdsl_enrich.extract import extract_page
from segdsl_enrich.job import Job
from segdsl_enrich.settings import crawl_settings
from segdsl_enrich.spider import EnrichSpider


# Text enough for the language model, a spelled number, a founding year and an address.
_WARM_UP_PAGE = ("<html lang='de'><body><p>Die Firma wurde 1999 gegründet und beschäftigt heute zwölf Mitarbeiter "
                 "in der Hauptstraße 5, 10115 Berlin, Deutschland. Wir entwickeln Software für den Mittelstand "
                 "und beraten Unternehmen in ganz Europa.</p></body></html>")


def warm_up() -> None:
    """Load now what extraction loads on first use (the language model, number words, locale data):
    about a second during which the event loop would otherwise stand still at the first page with
    text, so that responses and timeouts of other sites fall due together, and which one wins
    would depend on the machine's load (a slow site could then pass, or a fast one time out)."""
    extract_page(_WARM_UP_PAGE, "https://warm-up.invalid/", {})


def run(job: Job, channel: TextIO) -> None:
    warm_up()

    def write(message: dict[str, Any]) -> None:
        channel.write(json.dumps(message, ensure_ascii=False) + "\n")
        channel.flush()

    process = CrawlerProcess(crawl_settings(job), install_root_handler=True)
    process.crawl(EnrichSpider, job=job, emit=lambda row: write({"row": row}),
                  on_page=lambda url: write({"page": url}))
    process.start()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m segdsl_enrich.crawl JOBFILE\n")
        return 2
    # The result channel is a private copy of stdout; fd 1 itself now points at stderr, so a
    # stray print() from any library lands in the log instead of corrupting the JSON stream.
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    with channel:
        run(Job.load(Path(argv[0])), channel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
