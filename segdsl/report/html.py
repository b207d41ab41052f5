"""Computed outcome tables -> ONE self-contained HTML page (formatting only).

Charts are Plotly figures (a well-kept library with its plotly.js bundled in the Python package,
so the page inlines it and needs no network). Every chart has its numbers in a table beside it,
for screen readers and for people who would rather read. Only aggregates reach the page: no key,
no customer column, so no personal data.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

import polars as pl

from segdsl.insight.render import cell

_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:1.2rem 2rem}
header h1{margin:0;font-size:1.5rem} header p{margin:.3rem 0 0;opacity:.85}
main{padding:1rem 2rem;max-width:1400px}
section{background:#fff;border-radius:8px;padding:1rem 1.2rem;margin:1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:1.15rem;margin:.2rem 0 .8rem}
.pair{display:flex;flex-wrap:wrap;gap:1.2rem;align-items:flex-start}
.chart{flex:1 1 520px;min-height:360px}
.numbers{flex:1 1 380px;max-height:420px;overflow:auto}
table{border-collapse:collapse;font-size:.85rem;width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #e3e6ea;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}
thead th{position:sticky;top:0;background:#eef1f5}
.note{color:#5a6573;font-size:.85rem}
"""


@dataclass
class Chart:
    """One chart (a Plotly figure as JSON) and the table of its numbers."""

    title: str
    figure: dict
    numbers: pl.DataFrame
    note: str = ""


@dataclass
class Page:
    title: str
    subtitle: str
    charts: list[Chart] = field(default_factory=list)


def render_page(page: Page, plotly_js: str) -> str:
    sections = []
    for index, chart in enumerate(page.charts):
        chart_id = f"chart-{index}"
        sections.append(
            f'<section aria-labelledby="{chart_id}-title"><h2 id="{chart_id}-title">{html.escape(chart.title)}</h2>'
            + (f'<p class="note">{html.escape(chart.note)}</p>' if chart.note else "")
            + f'<div class="pair"><div class="chart" id="{chart_id}" role="img" aria-label="{html.escape(chart.title)} (chart; '
            f'the table beside it has the same numbers)"></div>'
            f'<div class="numbers">{_table(chart.numbers, chart.title)}</div></div></section>'
        )
    figures = json.dumps([c.figure for c in page.charts]).replace("</", "<\\/")
    script = (
        "const FIGURES=" + figures + ";"
        "FIGURES.forEach(function(f,i){Plotly.newPlot('chart-'+i,f.data,f.layout,"
        "{displaylogo:false,responsive:true,staticPlot:false,modeBarButtonsToRemove:['sendDataToCloud']});});"
    )
    inline_js = plotly_js.replace("</script", "<\\/script")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{html.escape(page.title)}</title>"
        f"<style>{_STYLE}</style><script>{inline_js}</script></head><body>"
        f"<header><h1>{html.escape(page.title)}</h1><p>{html.escape(page.subtitle)}</p></header><main>"
        + "".join(sections)
        + f"</main><script>{script}</script></body></html>\n"
    )


def _table(frame: pl.DataFrame, caption: str) -> str:
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell(c, v))}</td>" for c, v in row.items()) + "</tr>"
        for row in frame.iter_rows(named=True)
    )
    return f"<table><caption>{html.escape(caption)}: numbers</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
