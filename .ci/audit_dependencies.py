"""Dependency audit for CI: pip-audit against the installed environment.

Fails on known vulnerabilities (ids listed in .ci/pip-audit-ignore, one per line with a
reason after '#', are accepted). When the vulnerability database cannot be reached (no
network, or every package comes back unaudited) it prints one clear "skipped" line and
passes: an audit that could not run is reported, not faked.
"""

import json
import subprocess
import sys
from pathlib import Path

TIMEOUT = 180
ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = ROOT / ".venv" / "bin" / "pip-audit"


def ignored_ids():
    path = ROOT / ".ci" / "pip-audit-ignore"
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


def main():
    if not PIP_AUDIT.exists():
        print("pip-audit skipped: not installed (pip install -e '.[dev]')")
        return 0
    command = [str(PIP_AUDIT), "--format", "json", "--progress-spinner", "off", "--skip-editable"]
    for vuln_id in ignored_ids():
        command += ["--ignore-vuln", vuln_id]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"pip-audit skipped: the vulnerability database did not answer within {TIMEOUT}s")
        return 0
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        reason = (result.stderr.strip().splitlines() or ["no output"])[-1][:200]
        print(f"pip-audit skipped: could not reach the vulnerability database ({reason})")
        return 0
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if not d.get("skip_reason")]
    if not audited:
        print(
            f"pip-audit skipped: the vulnerability database was unreachable "
            f"({len(dependencies)} packages could not be looked up)"
        )
        return 0
    vulnerable = [d for d in audited if d.get("vulns")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
            print(
                f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixes})"
            )
    print(
        f"pip-audit: {len(audited)} packages audited, {len(dependencies) - len(audited)} not found, "
        f"{len(vulnerable)} with known vulnerabilities"
    )
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
