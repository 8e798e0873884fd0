"""The command line as users' pipelines call it: exit statuses, errors on stderr, JSON on stdout."""

import json
import socket
from pathlib import Path

import pytest

from contract import contract_problems
from command import consistency, copy_demo




def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "consistency.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, where, words",
    [
        ('[project]\nname = "x\n', ":2: ", "not valid TOML"),
        ('[project]\nname = "x"\n\n[[source]]\nchannel = "website"\nurl = ["https://example.com/"]\n', ":6: ", "did you mean 'urls'"),
        ('[[source]]\nchannel = "ivr"\npaths = ["ivr/*.vxml"]\n', ":3: ", "matches no file"),
    ],
)
def test_an_invalid_config_exits_2_naming_file_and_line(tmp_path, text, where, words):
    config = write_config(tmp_path, text)
    result = consistency("check", str(config), cwd=tmp_path)
    assert result.returncode == 2
    assert f"{config}{where}" in result.stderr and words in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "consistency.db").exists(), "validation must run before anything is crawled or stored"


def test_a_missing_config_exits_2(tmp_path):
    result = consistency("check", str(tmp_path / "nope.toml"), cwd=tmp_path)
    assert result.returncode == 2 and "config file not found" in result.stderr


def test_bad_usage_exits_2(tmp_path):
    result = consistency("check", "x.toml", "--as-of", "22.11.2026", cwd=tmp_path)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_source_that_cannot_be_reached_exits_3(tmp_path):
    port = free_port()  # nothing listens there once the socket is closed
    config = write_config(tmp_path, f'[[source]]\nchannel = "website"\nurls = ["http://127.0.0.1:{port}/"]\n\n[crawl]\nretries = 0\n')
    result = consistency("check", str(config), "--format", "json", cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "website" in result.stderr and "could not reach" in result.stderr
    assert contract_problems(json.loads(result.stdout)) == []


def test_the_demo_over_http_gives_the_same_findings_as_from_files(tmp_path, http_server):
    demo = copy_demo(tmp_path)
    base = http_server(demo / "site")
    config = write_config(
        tmp_path,
        f"""[project]
name = "demo over http"
timezone = "Europe/Moscow"
city = "Москва"

[[source]]
channel = "website"
urls = ["{base}index.html"]

[[source]]
channel = "faq"
urls = ["{base}faq.html"]

[[source]]
channel = "ivr"
paths = ["demo/ivr/*"]
""",
    )
    over_http = consistency("check", str(config), "--as-of", "2026-11-22", "--format", "json", cwd=tmp_path)
    from_files = consistency("check", str(demo / "consistency.toml"), "--as-of", "2026-11-22", "--format", "json",
                             "--db", str(tmp_path / "files.db"), cwd=tmp_path)
    assert over_http.returncode == from_files.returncode == 1, over_http.stderr

    def shape(result):
        return sorted((f["rule"], f["subject"]) for f in json.loads(result.stdout)["findings"])

    assert shape(over_http) == shape(from_files)
    urls = {e["url"] for f in json.loads(over_http.stdout)["findings"] for e in f["evidence"] if e["channel"] != "ivr"}
    assert urls and all(u.startswith(base) for u in urls)


def test_fail_on_and_baseline(tmp_path):
    demo = copy_demo(tmp_path)
    config = str(demo / "consistency.toml")
    args = ("--as-of", "2026-11-22", "--format", "json")
    first = consistency("check", config, *args, "--write-baseline", str(tmp_path / "baseline.json"), cwd=tmp_path)
    assert first.returncode == 1
    assert consistency("check", config, *args, "--no-crawl", "--fail-on", "never", cwd=tmp_path).returncode == 0
    # With the baseline of the same findings, nothing is new.
    again = consistency("check", config, *args, "--no-crawl", "--baseline", str(tmp_path / "baseline.json"), cwd=tmp_path)
    assert again.returncode == 0, again.stdout
    assert json.loads(again.stdout)["findings"] == []


def test_rules_lists_and_explains(tmp_path):
    listing = consistency("rules", cwd=tmp_path)
    assert listing.returncode == 0 and "promotion-expired" in listing.stdout
    explained = consistency("rules", "explain", "promotion-expired", cwd=tmp_path)
    assert explained.returncode == 0 and "Why this matters" in explained.stdout
    unknown = consistency("rules", "explain", "promotion-expird", cwd=tmp_path)
    assert unknown.returncode == 2 and "did you mean 'promotion-expired'" in unknown.stderr


def test_every_format_in_one_run(tmp_path):
    """Several --format/--output pairs in one check; each file is what its format promises."""
    import xml.etree.ElementTree as ET

    demo = copy_demo(tmp_path)
    names = {"json": "r.json", "sarif": "r.sarif", "junit": "r.xml", "github": "r.txt", "markdown": "r.md", "html": "r.html"}
    args = []
    for fmt, name in names.items():
        args += ["--format", fmt, "--output", str(tmp_path / name)]
    result = consistency("check", str(demo / "consistency.toml"), "--as-of", "2026-11-22", *args, "--format", "text",
                         cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "promotion-expired" in result.stdout  # the one format without an output goes to stdout
    assert contract_problems(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))) == []
    assert json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert ET.parse(tmp_path / "r.xml").getroot().tag in ("testsuites", "testsuite")
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("::error")
    assert "Летние чтения" in (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<svg" in (tmp_path / "r.html").read_text(encoding="utf-8")
    two_on_stdout = consistency("check", str(demo / "consistency.toml"), "--no-crawl", "--format", "json",
                                "--format", "text", cwd=tmp_path)
    assert two_on_stdout.returncode == 2 and "only one report can go to stdout" in two_on_stdout.stderr
