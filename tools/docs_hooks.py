"""MkDocs hooks (`hooks:` in mkdocs.yml): the generated parts of the site's pages.

A page asks for one on a line of its own, ``<!-- generated: NAME [ARGUMENT] -->``, NAME one of
`GENERATED` below; the build puts the markdown that function returns there (mkdocstrings then
renders any ``:::`` block it holds). An unknown name, or a marker that is not alone on its line,
fails the build; a marker quoted as code (in backticks) is text.
"""

from __future__ import annotations

import pathlib
import re
import sys
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # appended: the package documented is the installed one, not the source folder
from tools import docs_bench, docs_tables  # noqa: E402

GENERATED: dict[str, Callable[..., str]] = {
    "calls": docs_tables.calls_markdown,
    "revisions": docs_tables.revisions_markdown,
    "differences": docs_tables.differences_markdown,
    "models": docs_tables.models_markdown,
    "bench": docs_bench.bench_markdown,
    "targets": docs_bench.targets_markdown,
    "soak": docs_bench.soak_markdown,
    "signature": docs_tables.signature_markdown,
}
"""What a page may ask for, by name (the hook's marker), with its arguments."""

MARKER = re.compile(r"^<!-- generated: ([\w-]+)(?: ([\w-]+))? -->$", re.MULTILINE)
ANY_MARKER = re.compile(r"(?<!`)<!-- generated:")


def render(markdown: str) -> str:
    """The page with every marker replaced by what it asks for."""

    def generated(match: re.Match[str]) -> str:
        name, argument = match.groups()
        if name not in GENERATED:
            raise ValueError(f"no generated part named {name!r} (known: {', '.join(GENERATED)})")
        return GENERATED[name](*([argument] if argument else []))

    for line in markdown.splitlines():
        if ANY_MARKER.search(line) and not MARKER.fullmatch(line):
            raise ValueError(f"a generated part's marker must be alone on its line: {line!r}")
    return MARKER.sub(generated, markdown)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    return render(markdown)
