"""Arrows between the apps point one way, and no module imports itself back.

Coverage's pages read notes through ``mediacompare.notes.interface`` only; notes learns
of edits to articles through ``coverage.signals`` (it may import coverage's models).
"""

import ast
from pathlib import Path

import mediacompare

ROOT = Path(mediacompare.__file__).resolve().parent
# The demo loader writes sample notes through the notes services: data, not pages.
OUTSIDE_THE_RULE = {"mediacompare.coverage.demo"}
# Known, and being removed on the alignment engine's branch (issue 11): delete it then.


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    modules = {
        module_name(path): path for path in ROOT.rglob("*.py") if "migrations" not in path.parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                    base = f"{base}.{node.module}" if node.module else base
                for alias in node.names:
                    # "from package import module" names a module; else the name is in base.
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in modules else base)
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def test_coverage_reads_notes_through_its_interface_only():
    offending = {
        (module, target)
        for module, targets in import_graph().items()
        if module.startswith("mediacompare.coverage")
        and not any(module.startswith(outside) for outside in OUTSIDE_THE_RULE)
        for target in targets
        if target.startswith("mediacompare.notes") and target != "mediacompare.notes.interface"
    }
    assert not offending


def test_no_import_cycles():
    graph = import_graph()
    state: dict[str, str] = {}
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    # Package __init__ modules that re-export their own submodules are not cycles.
    real = [cycle for cycle in cycles if not all(c.startswith(cycle[0]) for c in cycle)]
    assert not real, "\n".join(" -> ".join(cycle) for cycle in real)
