"""The layering rule between the project's apps, checked by `make lint`.

    An app imports only ``core``, its own modules, and other apps' ``queries.py``.
    ``core`` imports no other app. The apps' import graph has no cycles.

``queries.py`` is an app's public face for reads: the querysets and lookups other apps
show (the home page's sections, a space's events, a promoter's honours). Everything else
in an app (models, jsonld, templatetags, factories, demo) is private to it, so it can
change without breaking others and no import cycle can form through it. Demo loaders reach
content made by earlier loaders with ``ctx.model("app.Model")`` (see settings.DEMO_LOADERS).

Every import statement counts, including those inside functions. Migrations are skipped
(they are generated and reference fields by path). Usage: ``python scripts/check_layers.py
[root]``; prints each violation as ``path:line: message`` and exits 1 if there is any.
"""

import ast
import sys
from pathlib import Path

SHARED_APP = "core"
PUBLIC_MODULE = "queries"
SKIPPED_DIRS = {"migrations", "__pycache__"}


def project_apps(root):
    """Top-level packages with an apps.py: the Django apps of the project."""
    return sorted(path.parent.name for path in root.glob("*/apps.py"))


def imported_modules(tree, module_name):
    """(line, absolute module name) for every import in ``tree``, nested ones included."""
    package = module_name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module
            # "from events import queries" imports the module events.queries.
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}" if target.count(".") == 0 else target


def app_files(root, app):
    for path in sorted((root / app).rglob("*.py")):
        if not SKIPPED_DIRS.intersection(path.relative_to(root).parts):
            yield path


def check(root):
    """Violations as (path, line, message), and the app-level import edges."""
    apps = set(project_apps(root))
    violations, edges = [], {}
    for app in sorted(apps):
        for path in app_files(root, app):
            module_name = ".".join(path.relative_to(root).with_suffix("").parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, target in imported_modules(tree, module_name):
                parts = target.split(".")
                other = parts[0]
                if other not in apps or other == app:
                    continue
                edges.setdefault(app, {}).setdefault(other, (path, line))
                where = path.relative_to(root)
                if app == SHARED_APP:
                    violations.append((where, line, f"core must not import {target}"))
                elif other != SHARED_APP and parts[1:2] != [PUBLIC_MODULE]:
                    violations.append(
                        (
                            where,
                            line,
                            f"{target}: another app is read only through {other}.queries",
                        )
                    )
    for cycle in cycles(edges):
        path, line = edges[cycle[0]][cycle[1]]
        chain = " → ".join([*cycle, cycle[0]])
        violations.append((path.relative_to(root), line, f"import cycle between apps: {chain}"))
    return violations


def cycles(edges):
    """Each elementary cycle of the app graph once (as found by depth-first search)."""
    found, seen = [], set()

    def visit(node, trail):
        for target in sorted(edges.get(node, {})):
            if target in trail:
                cycle = trail[trail.index(target) :]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    found.append(cycle)
            else:
                visit(target, [*trail, target])

    for start in sorted(edges):
        visit(start, [start])
    return found


def main(argv):
    root = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parent.parent)
    violations = check(root)
    for path, line, message in violations:
        print(f"{path}:{line}: {message}")
    if violations:
        print(f"{len(violations)} import(s) break the layering rule (docs/architecture.md).")
        return 1
    print("Layering rule kept: apps import only core and other apps' queries.py; no cycles.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
