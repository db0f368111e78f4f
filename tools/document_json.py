"""Write the document as JSON into the package: `veeam_agents_client/openapi.json`.

    python -m tools.document_json DOCUMENT > veeam_agents_client/openapi.json   (make generate)

The fake VBR server (the `testing` extra) validates request bodies against the document's own
schemas with an independent validator, so it needs the document at run time, where there is no
YAML reader. Runs inside `make generate`, so `make check-generated` covers it.
"""

from __future__ import annotations

import json
import sys

import yaml


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with open(args[0]) as handle:
        document = yaml.safe_load(handle)
    sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
