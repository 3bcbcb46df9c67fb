"""The layering rule (docs/architecture.md) that `make lint` enforces with scripts/check_layers.py."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_layers.py"


def load_checker():
    spec = importlib.util.spec_from_file_location("check_layers", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_project(root, files):
    for name in ("core", "events", "spaces"):
        (root / name).mkdir()
        (root / name / "__init__.py").write_text("")
        (root / name / "apps.py").write_text("")
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def messages(root):
    return [message for _path, _line, message in load_checker().check(root)]


def test_the_project_keeps_the_rule():
    assert load_checker().check(ROOT) == []


@pytest.mark.parametrize(
    "source",
    [
        "from events.models import EventPage",
        "import events.jsonld",
        "from events import choices",
        "def f():\n    from events.models.event import EventPage\n",
    ],
)
def test_importing_another_apps_private_module_is_a_violation(tmp_path, source):
    root = make_project(tmp_path, {"spaces/models.py": source})
    [message] = messages(root)
    assert message.endswith("another app is read only through events.queries")


def test_queries_core_and_own_modules_are_allowed(tmp_path):
    root = make_project(
        tmp_path,
        {
            "spaces/models.py": "from core.models import BasePage\nfrom events.queries import x\n"
            "from spaces import hours\nfrom .hours import y\n",
            "spaces/hours.py": "from events import queries\n",
            "events/queries.py": "from events.models import EventPage\n",
            "spaces/migrations/0001_initial.py": "import events.fields\n",
        },
    )
    assert messages(root) == []


def test_core_imports_no_app(tmp_path):
    root = make_project(tmp_path, {"core/models.py": "from events.queries import x\n"})
    assert messages(root) == ["core must not import events.queries"]


def test_a_cycle_through_queries_is_a_violation(tmp_path):
    root = make_project(
        tmp_path,
        {
            "spaces/models.py": "from events.queries import upcoming_events\n",
            "events/models.py": "def f():\n    from spaces.queries import nearby\n",
        },
    )
    assert messages(root) == ["import cycle between apps: events → spaces → events"]


def test_the_command_fails_on_a_violation(tmp_path):
    root = make_project(tmp_path, {"events/models.py": "from spaces.models import Space\n"})
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(root)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "events/models.py:1: spaces.models" in result.stdout
    ok = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout
