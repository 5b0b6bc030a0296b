"""What the README's layout section says of how the code imports, held by reading the imports (ast)."""

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


def test_no_test_module_imports_another():
    """Shared test code lives in tests/helpers.py and tests/factories.py; a test module imported by another would
    have its tests collected twice and its fixtures shared by accident."""
    offenders = {
        path.name: sorted(name for name in _imported(path) if name.startswith("tests.test_"))
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
