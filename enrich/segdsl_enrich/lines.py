"""A page's visible text as lines, one per block element (paragraph, list item, table cell, line
break), which is how a person reads a footer or an address; and the cut of agency credits.

Text nodes alone would split "Site réalisé par <a>Studio Lumen SARL</a>" into a line that looks
like a company's legal name; a block line keeps the credit and its name together, so the credit
can be cut off before any fact is read.
"""

from __future__ import annotations

import re

from lxml import etree

BLOCKS = frozenset("""p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 address br tr td th table section article header
footer nav main aside form blockquote pre hr figure figcaption label button option select caption
tbody thead tfoot summary details body""".split())
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas"})

# "Site réalisé par …", "Design: … GmbH", "Web design by …", "Sito realizzato da …", "Diseño web: …",
# "Website door …", "Desenvolvido por …", "Projekt i wykonanie: …", "Sivuston toteutus: …", "サイト制作：…".
CREDIT = re.compile(
    r"(?i:(?:web\s*)?design(?:ed)?(?:\s+(?:and|&|und|et|e|y|en)\s+\w+)?\s*(?:by\b|:|von\b|par\b|door\b|por\b|da\b)"
    r"|webdesign|web\s*design\b|(?:website|site|sito|web)\s+(?:web\s+)?(?:by|door|realizzat[oa]|réalisé|realise|conçu|créé|"
    r"desarrollada|wykonana)\b|r[ée]alis[ée]e?\s+(?:par|by)\b|conception(?:\s+et\s+r[ée]alisation)?\s*:|realizzat[oa]\s+da\b|"
    r"realizzazione\s*:|powered\s+by\b|made\s+(?:with\s+\S+\s+)?by\b|(?:developed|built|created|crafted|hosted)\s+by\b|"
    r"diseñ(?:o|ado|ada)(?:\s+web)?\s*(?:por\b|:)|desarrollad[oa]\s+por\b|ontwerp\s*(?:en\s+realisatie\s*)?:|"
    r"(?:ontwikkeld|gerealiseerd|gemaakt)\s+door\b|umsetzung\s*:|realisierung\s*:|gestaltung\s*:|"
    r"(?:desenvolvid[oa]|criad[oa]|concebid[oa])\s+por\b|desenvolvimento\s*:|projekt\s+i\s+wykonanie|wykonanie\s*:|"
    r"realizacja\s*:|(?:sivuston\s+)?toteutus\s*:|agency\s*:|agentur\s*:|agence\s*:|agenzia\s*:)"
    r"|サイト制作|ホームページ制作|制作\s*[:：]"
)


def text_lines(root: etree._Element) -> list[str]:
    """Visible text lines of the document's body, credits cut off, whitespace collapsed."""
    body = root.find("body") if root.tag == "html" else None
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buffer).split())
        buffer.clear()
        if line:
            lines.append(without_credit(line))

    walker = etree.iterwalk(body if body is not None else root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCKS:
                flush()
            if not tag or tag in SKIPPED:
                walker.skip_subtree()
            elif element.text:
                buffer.append(element.text)
        else:
            if tag in BLOCKS:
                flush()
            if element.tail and element is not body:
                buffer.append(element.tail)
    flush()
    return [line for line in lines if line]


def without_credit(line: str) -> str:
    """The line up to a web agency's credit: what comes after names the agency, not the company."""
    match = CREDIT.search(line)
    return line[: match.start()].rstrip(" -–—|·•,;:") if match else line
