"""The address grammar is compiled where it is used, never on import: a process reading facts from the cache
(`check --no-crawl`, a re-crawl of an unchanged site) must not pay ~1 s compiling expressions it never runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter (this one has imported the module already): the sizes of the expressions compiled
# while importing addresses, and after reading one stored address, and whether the strict grammar was built.
PROBE = """
import json, re, sys
import consistency.facts.branch_names, consistency.facts.dates, consistency.facts.numbers
import consistency.facts.transliterate, consistency.facts.word_patterns, rapidfuzz.fuzz
sizes = []
compile = re.compile
def spy(pattern, flags=0):
    sizes.append(len(pattern) if isinstance(pattern, str) else 0)
    return compile(pattern, flags)
re.compile = spy
from consistency.facts import addresses
on_import, sizes[:] = sizes[:], []
built = []
build = addresses._build
addresses._build = lambda lenient: built.append(lenient) or build(lenient)
address = addresses.normalise_address("117342, москва, ул бутлерова, д 17б, оф 603")
print(json.dumps({"on_import": on_import, "value": address.value, "built": built}))
"""


@pytest.fixture(scope="module")
def probe() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT / "tests", env=env, capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


def test_importing_compiles_none_of_the_grammar(probe):
    # the list of known cities alone is ~12,000 characters; every grammar component holding it is longer
    assert [size for size in probe["on_import"] if size > 5000] == []


def test_reading_a_stored_address_builds_only_the_lenient_grammar(probe):
    assert probe["value"] == "117342, москва, ул бутлерова, д 17б, оф 603"
    assert probe["built"] == [True]
