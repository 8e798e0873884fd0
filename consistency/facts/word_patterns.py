"""Regular expressions for long lists of words: month names, spoken numbers, city spellings, street types.

Python's `re` tries the alternatives of "январь|января|январе|…" one after
another at every position of the text, so a list of a few hundred forms (the
months of three languages in all their cases, the days spoken as ordinals)
costs hundreds of steps per character read. Factored by shared prefixes into a
trie, the same list costs about one step per letter. No installed library
builds these for `re` (the `regex` module's named lists would, but the
extractors are written for `re`), so this module does.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["any_word"]


def any_word(words: Iterable[str], space: str = r"\s{1,2}") -> str:
    """A non-capturing group matching any of `words`, preferring the longest, a space matching `space`.

    Preferring the longest at each shared prefix is what sorting the
    alternatives by length did: "марта" is tried before "мар".
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{_trie_regex(trie, space)})"


def _trie_regex(node: dict, space: str) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        atom = space if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch], space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a greedy "?" tries the longer word first
    return f"(?:{body})?" if "" in node else body
