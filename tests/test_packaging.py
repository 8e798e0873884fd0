"""The installed package: spiders/ and rules/ live inside consistency, never as top-level modules."""

import subprocess
import sys
from pathlib import Path


def test_spiders_and_rules_import_through_the_package_only(tmp_path):
    code = (
        "import sys, consistency.spiders.website, consistency.rules, consistency.findings.rule as r;"
        "assert r.builtin_rules(), 'no rule files shipped';"
        "assert 'spiders' not in sys.modules and 'rules' not in sys.modules;"
        "import importlib.util as u;"
        "assert u.find_spec('spiders') is None and u.find_spec('rules') is None, 'a bare top-level module is installed'"
    )
    # From a folder outside the checkout, so only what was installed can be imported.
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_console_script_is_installed(tmp_path):
    import shutil

    exe = shutil.which("consistency", path=str(Path(sys.executable).parent)) or shutil.which("consistency")
    assert exe, "pip install did not put a `consistency` command on PATH"
    result = subprocess.run([exe, "--version"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and "consistency" in result.stdout
