"""The config file: what is accepted, and errors that name the file and line."""

from pathlib import Path

import pytest

from consistency.config import load_config
from consistency.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "site").mkdir(exist_ok=True)
    (tmp_path / "site" / "index.html").write_text("<h1>x</h1>", encoding="utf-8")
    (tmp_path / "ivr").mkdir(exist_ok=True)
    (tmp_path / "ivr" / "main.vxml").write_text("<vxml/>", encoding="utf-8")
    path = tmp_path / "consistency.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
[project]
name = "Книжный дом"
timezone = "Europe/Moscow"
languages = ["ru", "en"]

[[source]]
channel = "website"
urls = ["site/index.html", "https://example.com/"]
max_pages = 50

[[source]]
channel = "ivr"
paths = ["ivr/*"]
"""


def test_a_good_config_is_read_into_sources(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.name == "Книжный дом"
    assert config.region == "RU"
    website, ivr = config.sources
    assert website.spider == "website" and website.max_pages == 50
    assert website.urls[0] == (tmp_path / "site" / "index.html").resolve().as_uri()
    assert website.urls[1] == "https://example.com/"
    assert ivr.spider == "ivr" and ivr.paths == (str((tmp_path / "ivr" / "main.vxml").resolve()),)
    assert config.default_db == tmp_path.resolve() / "consistency.db"


@pytest.mark.parametrize(
    "text, line, words",
    [
        (GOOD.replace("max_pages = 50", "max_page = 50"), 9, "did you mean 'max_pages'"),
        (GOOD.replace("max_pages = 50", 'max_pages = "50"'), 9, "whole number"),
        (GOOD.replace('timezone = "Europe/Moscow"', 'timezone = "Moscow"'), 3, "time zone"),
        (GOOD.replace('paths = ["ivr/*"]', 'paths = ["voice/*"]'), 13, "matches no file"),
        (GOOD.replace("[[source]]\nchannel = \"ivr\"", "[[source]]\nchanel = \"ivr\""), 12, "did you mean 'channel'"),
        (GOOD.replace('name = "Книжный дом"', 'name = "Книжный дом'), 2, "not valid TOML"),
        (GOOD + "\n[rulez]\n", 15, "did you mean [rules]"),
    ],
)
def test_errors_name_the_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path.resolve()}:{line}: "), message
    assert words in message


def test_a_missing_config_says_so(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_a_config_without_sources_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="no \\[\\[source\\]\\]"):
        load_config(write(tmp_path, "[project]\nname = 'x'\n"))
