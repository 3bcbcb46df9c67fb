"""Segmentation and query compilation, without the database."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.query import build_tree, to_fts5, to_tsquery, tree_for
from search.segment import index_text, normalise, parse_query


def tokens(text):
    return index_text(text).split()


def test_sub_words_of_a_long_run_are_tokens():
    toks = tokens("全民阅读推广活动")
    assert {"全民", "阅读", "推广", "活动"} <= set(toks)
    toks = tokens("西城区图书馆")
    assert {"西城", "西城区", "图书馆", "图书"} <= set(toks)


def test_every_pair_of_characters_is_indexed_in_order():
    toks = tokens("老舍纪念馆")
    assert toks[-5:] == ["老舍", "舍纪", "纪念", "念馆", "馆"]


def test_site_words_are_kept_whole():
    assert "书香西城" in tokens("欢迎来到书香西城")
    assert "阅读推广人" in tokens("成为阅读推广人")


def test_english_is_lowercased_and_stemmed_alike_for_index_and_query():
    assert "librari" in tokens("Public Libraries of Xicheng")
    assert [t.text for t in parse_query("library").terms] == ["librari"]
    assert [t.text for t in parse_query("READING").terms] == ["read"]


def test_full_width_and_accents_are_normalised():
    assert normalise("ＡＢＣ１２３") == "abc123"
    assert "cafe" in tokens("Café")


def test_punctuation_and_fts_syntax_are_dropped_from_queries():
    assert not parse_query('"*()-:^{}"')
    assert not parse_query("。，！？……")
    parsed = parse_query('阅读 AND "书香" NEAR(西城) -老舍*')
    texts = [t.text for t in parsed.terms]
    assert "阅读" in texts and "书香" in texts and "老舍" in texts
    assert all(ch.isalnum() for t in texts for ch in t)


def test_english_stop_words_are_dropped_unless_alone():
    assert [t.text for t in parse_query("the history of reading").terms] == ["histori", "read"]
    assert [t.text for t in parse_query("the").terms] == ["the"]


def test_long_queries_are_cut():
    parsed = parse_query("书" * 10_000)
    assert parsed.truncated
    assert len(parsed.terms) <= 12


def test_query_tree_matches_words_or_substrings():
    assert to_fts5(tree_for("阅读")) == '"阅读"'
    assert to_fts5(tree_for("图书馆")) == '("图书馆" OR "图书 书馆")'
    assert to_tsquery(tree_for("图书馆")) == "('图书馆' | ('图书' <-> '书馆'))"
    assert to_fts5(tree_for("书")) == '"书"*'
    assert to_tsquery(tree_for("书")) == "'书':*"
    assert to_fts5(tree_for("libr", autocomplete=True)) == '"libr"*'
    assert to_tsquery(tree_for("libr", autocomplete=True)) == "'libr':*"


def test_the_whole_run_ranks_extra_without_changing_matches():
    fts = to_fts5(tree_for("全民阅读推广"))
    assert fts.endswith('OR "全民 民阅 阅读 读推 推广")')
    assert " AND " in fts


def test_empty_query_matches_nothing():
    assert to_fts5(build_tree(parse_query("！！"))) == '"\ue000"'


@pytest.fixture(scope="module")
def fts_table():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(autocomplete, body, title)")
    db.execute(
        "INSERT INTO t VALUES (?, ?, ?)",
        ("", index_text("全民阅读推广活动在西城区图书馆举行"), index_text("书香西城")),
    )
    yield db
    db.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_input_compiles_to_valid_fts5(fts_table, text):
    for autocomplete in (False, True):
        for operator in ("and", "or"):
            expression = to_fts5(tree_for(text, operator, autocomplete=autocomplete))
            fts_table.execute(
                "SELECT count(*) FROM t WHERE t MATCH ?", (f"{{title body}} : ({expression})",)
            ).fetchone()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("阅读", 1),
        ("西城", 1),
        ("图书馆", 1),
        ("推广活动", 1),
        ("城区图", 1),
        ("馆", 1),
        ("举", 1),
        ("行", 1),
        ("书香西城", 1),
        ("老舍", 0),
        ("馆举行了", 0),
    ],
)
def test_words_inside_longer_words_match_in_fts5(fts_table, query, found):
    expression = to_fts5(tree_for(query))
    (count,) = fts_table.execute(
        "SELECT count(*) FROM t WHERE t MATCH ?", (f"{{title body}} : ({expression})",)
    ).fetchone()
    assert count == found
