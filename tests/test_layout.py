"""What the README's layout section says of the code, held by reading it: how the layers and the tests import (ast)
and which modules the section names."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported(path: Path) -> set[str]:
    """Every module the file imports, at any depth of the file (imports inside functions count)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _is_test_module(name: str) -> bool:
    parts = name.split(".")
    return parts[0] == "tests" and any(part.startswith("test_") for part in parts[1:])


def test_no_test_module_imports_another():
    """Shared test code lives in tests/helpers.py and tests/factories.py; a test module imported by another would
    have its tests collected twice and its fixtures shared by accident."""
    offenders = {
        path.name: sorted(name for name in _imported(path) if _is_test_module(name))
        for path in sorted((ROOT / "tests").rglob("test_*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_domain_package_imports_no_model_service_selector_or_view_of_the_app():
    """curriculum/domain/ is what every layer may import: it must not import them back."""
    layers = tuple(f"curriculum.{layer}" for layer in ("models", "services", "selectors", "views", "admin"))
    paths = sorted((ROOT / "curriculum" / "domain").glob("*.py"))
    assert len(paths) >= 5
    found = {
        path.name: sorted(name for name in _imported(path) if name.startswith(layers) or name == "curriculum")
        for path in paths
    }
    assert {name: names for name, names in found.items() if names} == {}


def test_the_readmes_layout_section_names_every_module_of_the_layers():
    """README.md's Layout section names each module of signaal/ and of curriculum's packages (and every curriculum
    package names a folder that exists), so a module added or moved without the README fails here."""
    readme = (ROOT / "README.md").read_text()
    layout = readme[readme.index("## Layout") : readme.index("\n## ", readme.index("## Layout") + 1)]
    layers = ("models", "services", "selectors", "views", "admin", "api", "sso", "demo", "domain", "templatetags")
    packages = ["signaal", "signaal/deploy", *(f"curriculum/{name}" for name in layers)]
    unnamed = [
        str(path.relative_to(ROOT))
        for package in packages
        for path in sorted((ROOT / package).glob("*.py"))
        if path.name not in ("__init__.py", "__main__.py") and path.name not in layout
    ]
    commands = sorted(p.stem for p in (ROOT / "curriculum/management/commands").glob("*.py") if p.stem != "__init__")
    unnamed += [f"command {name}" for name in commands if name not in layout]
    named_folders = [line.split()[0] for line in layout.splitlines() if line.startswith("  ") and line[2] != " "]
    missing = [name for name in named_folders if name.endswith("/") and not (ROOT / "curriculum" / name).is_dir()]
    assert (unnamed, missing) == ([], [])
