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


# [distributed]: the crawl shared through Redis (consistency/crawl/distributed.py)

DISTRIBUTED = GOOD + '\n[distributed]\nredis = "redis://127.0.0.1:6379/0"\n'  # [distributed] is line 15, redis line 16


def test_a_distributed_section_is_read(tmp_path):
    config = load_config(write(tmp_path, DISTRIBUTED + 'prefix = "books"\nworkers = 2\nworker_timeout = 30\n'))
    settings = config.distributed
    assert (settings.redis, settings.prefix, settings.workers, settings.worker_timeout) == (
        "redis://127.0.0.1:6379/0", "books", 2, 30.0)
    assert settings.line == 15
    assert load_config(write(tmp_path, GOOD)).distributed is None  # no section: the crawl stays in one process


@pytest.mark.parametrize(
    "text, line, words",
    [
        (DISTRIBUTED.replace("redis = ", "redis_url = "), 16, "unknown key 'redis_url' in [distributed]; did you mean 'redis'?"),
        (DISTRIBUTED.replace("redis://127.0.0.1:6379/0", "http://127.0.0.1:6379/0"), 16, "not redis:, rediss: or unix:"),
        (DISTRIBUTED.replace("redis://127.0.0.1:6379/0", "redis://127.0.0.1:99999/0"), 16, "is not a URL"),
        (DISTRIBUTED.replace("redis://127.0.0.1:6379/0", "redis:///0"), 16, "names no host"),
        (DISTRIBUTED.replace("/0", "/books"), 16, "database 'books', which is not a number"),
        (DISTRIBUTED.replace("redis = ", "prefix = "), 15, "needs the Redis server"),
        (DISTRIBUTED + "workers = 0\n", 17, "1 to 64"),
        (DISTRIBUTED + "worker_timeout = \"1m\"\n", 17, "must be a number"),
        (DISTRIBUTED + 'prefix = "my project"\n', 17, "letters, digits"),
    ],
)
def test_distributed_errors_name_the_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path.resolve()}:{line}: "), message
    assert words in message, message


def test_an_invalid_distributed_section_stops_the_command_with_status_2(tmp_path):
    from command import consistency

    path = write(tmp_path, DISTRIBUTED.replace("redis://127.0.0.1:6379/0", "127.0.0.1:6379"))
    for command in (("crawl", str(path)), ("worker", str(path), "--once")):
        result = consistency(*command, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert f"{path.resolve()}:16: distributed.redis '127.0.0.1:6379'" in result.stderr, result.stderr
        assert "redis://host:port/db" in result.stderr
    assert not (tmp_path / "consistency.db").exists()  # nothing was crawled
