"""The benchmark parts of the documentation site: the targets `make bench` checks and the settings of
`make soak`, as their scripts state them (read without running them), and the figures of the last runs in
this checkout (.bench/), each beside its target."""

from __future__ import annotations

import ast
import json
import pathlib
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent

BENCHMARKS = ROOT / "benchmarks"
BENCH_RESULTS = {
    "make bench": ROOT / ".bench" / "results.json",
    "make bench ONLY=fleet": ROOT / ".bench" / "results-fleet.json",
    "make soak": ROOT / ".bench" / "soak.json",
}


def _settings(script: pathlib.Path) -> Iterator[tuple[str, ast.expr, str]]:
    """A benchmark script's settings: (name, value, its source lines) of each module-level UPPER_CASE
    name bound to literals (and other settings), read without importing the script."""
    source = script.read_text()
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        computed = any(isinstance(part, ast.Call | ast.Attribute) for part in ast.walk(value))
        if isinstance(target, ast.Name) and target.id.isupper() and not computed:
            yield target.id, value, "\n".join(source.splitlines()[node.lineno - 1 : node.end_lineno])


def bench_targets() -> dict[str, tuple[str, float]]:
    """`TARGETS` of benchmarks/bench.py: figure -> (comparison, target)."""
    for name, value, _ in _settings(BENCHMARKS / "bench.py"):
        if name == "TARGETS":
            targets: dict[str, tuple[str, float]] = eval(  # noqa: S307 - literals and arithmetic of our own file
                compile(ast.Expression(value), "bench.py", "eval"), {"__builtins__": {}}
            )
            return targets
    raise LookupError("benchmarks/bench.py has no TARGETS")


def _flat(results: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name, value in results.items():
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            yield from _flat(value, f"{prefix}{name}.")
        elif not isinstance(value, list):
            yield f"{prefix}{name}", value


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_shown(count)}" for key, count in value.items()) or "none"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _target(name: str, targets: dict[str, tuple[str, float]]) -> str:
    return f"{targets[name][0]} {targets[name][1]:g}" if name in targets else ""


def bench_markdown() -> str:
    """The figures of the last `make bench`, `make bench ONLY=fleet` and `make soak` in this checkout
    (`.bench/`), each against its target; where a file is missing, what to run (and the targets)."""
    targets = bench_targets()
    out = []
    for command, path in BENCH_RESULTS.items():
        out += [f"**`{command}`** (`{path.relative_to(ROOT)}`)", ""]
        if not path.is_file():
            out += [f"No figures in this checkout yet: run `{command}`, then build the site again.", ""]
            continue
        out += ["| figure | value | target |", "|---|---|---|"]
        for name, value in _flat(json.loads(path.read_text())):
            out.append(f"| `{name}` | {_shown(value)} | {_target(name, targets)} |")
        out.append("")
    return "\n".join(out)


def targets_markdown() -> str:
    """The targets of `make bench`, as benchmarks/bench.py states them."""
    targets = bench_targets()
    rows = [f"| `{name}` | {_target(name, targets)} |" for name in targets]
    return "\n".join(["| figure | target |", "|---|---|", *rows])


def soak_markdown() -> str:
    """The settings of `make soak`, as benchmarks/soak.py states them (its own lines)."""
    lines = [source for _, _, source in _settings(BENCHMARKS / "soak.py")]
    return "\n".join(["```python", *lines, "```"])
