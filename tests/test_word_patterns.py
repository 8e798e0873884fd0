"""Word lists as trie-shaped regular expressions (`consistency.facts.word_patterns`)."""

import re

from consistency.facts.word_patterns import any_word


def test_the_longest_word_wins_as_in_a_length_sorted_alternation():
    pattern = re.compile(any_word(["мар", "марта", "март"]))
    assert pattern.match("марта 2027").group() == "марта"
    assert pattern.match("мартовский").group() == "март"
    assert pattern.match("марка").group() == "мар"


def test_a_shorter_word_is_found_when_what_follows_rules_out_the_longer():
    pattern = re.compile(any_word(["dec", "december"]) + r"(?![^\W\d_])")
    assert pattern.match("december 31").group() == "december"
    assert pattern.match("dec. 31").group() == "dec"
    assert pattern.match("decade") is None


def test_spaces_inside_words_take_the_given_pattern():
    pattern = re.compile(any_word(["twenty first", "twenty"], space=r"\s{1,3}"))
    assert pattern.match("twenty   first").group() == "twenty   first"
    assert pattern.match("twenty-first").group() == "twenty"


def test_words_are_matched_literally():
    pattern = re.compile(any_word(["martin luther king jr. day", "a+b"]))
    assert pattern.fullmatch("martin luther king jr. day")
    assert pattern.fullmatch("martin luther king jrX day") is None
    assert pattern.fullmatch("a+b") and pattern.fullmatch("aab") is None


def test_it_finds_what_the_plain_alternation_finds():
    words = ["января", "январь", "январе", "янв", "июня", "июль", "июн", "июл", "nov", "november", "novembra"]
    text = "с 1 января по 30 июня, 15 nov и 1. novembra; январе, июль, янв. novembar"
    plain = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![^\W\d_])")
    trie = re.compile(any_word(words) + r"(?![^\W\d_])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(trie.finditer(text))) == 7
