"""Running the real `consistency` command from tests, and the bundled demo they check."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"


def consistency(*args: str, cwd: Path, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """The real command in a subprocess, run from `cwd` (outside the checkout, so the installed package runs)."""
    return subprocess.run(
        [sys.executable, "-c", "from consistency.cli import main; main()", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
    )


def copy_demo(into: Path) -> Path:
    """A copy of data/demo under `into` (so no database lands in the checkout); returns its folder."""
    demo = into / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.db*"))
    return demo
