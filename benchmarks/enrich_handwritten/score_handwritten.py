"""Score segdsl's enrichment on a hand-written corpus (web/*.json + expected.json): blind3, blind4, blind5, blind7.

    .venv/bin/python benchmarks/enrich_handwritten/score_handwritten.py --corpus benchmarks/enrich_handwritten/blind5

Each corpus was written by hand, by someone who had not read the extractor, as a blind test; see
its README.md and benchmarks/RESULTS.md ("enrichment-quality-handwritten") for which extractor
saw it blind and which rounds were tuned on it afterwards.

Loads expected.json into `benchmarks.enrich_corpus.generate.Site` objects (only the dataclass and FIELDS
are used; each spec is the hand-written site file in web/), then runs the repository's own
`benchmarks.score_enrich.crawl`, `score` and `report`: the real `segdsl enrich` against a local
fixture server, scored exactly as the seeded benchmark is.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE.parents[1], help="repository root whose extractor and scorer run")
    parser.add_argument("--corpus", type=Path, default=HERE / "blind5", help="folder holding web/ and expected.json")
    parser.add_argument("--expected", default="expected.json", help="expected-facts file inside --corpus")
    parser.add_argument("--only", nargs="*", help="score only these domains")
    args = parser.parse_args()
    root = args.root.resolve()
    for path in (str(root / "enrich"), str(root)):
        if path not in sys.path:
            sys.path.insert(0, path)

    from benchmarks.enrich_corpus.generate import FIELDS, Site
    from benchmarks.score_enrich import crawl, report, score

    sites = []
    for entry in json.loads((args.corpus / args.expected).read_text(encoding="utf-8")):
        if args.only and entry["domain"] not in args.only:
            continue
        assert set(entry["expected"]) == set(FIELDS), entry["domain"]
        spec = json.loads((args.corpus / "web" / f"{entry['domain']}.json").read_text(encoding="utf-8"))
        sites.append(Site(domain=entry["domain"], language=entry["language"], spec=spec, expected=entry["expected"],
                          status=entry["status"], people=entry["people"], forbidden_paths=entry["forbidden_paths"],
                          traits=entry["traits"]))
    with tempfile.TemporaryDirectory() as folder:
        frame, hits = crawl(sites, Path(folder), root)
    result = score(sites, frame, hits)
    print(f"# Blind corpus {args.corpus} ({len(sites)} hand-written sites), extractor of {root}\n")
    print(report(result, 0, sites, args.corpus.name))
    print("\n## Errors\n")
    print("\n".join([*result.errors, *(f"PERSONAL {p}" for p in result.personal),
                     *(f"ROBOTS {r}" for r in result.robots_violations)]) or "(none)")


if __name__ == "__main__":
    main()
