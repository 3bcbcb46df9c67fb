"""A reader's query as a boolean tree, rendered to SQLite FTS5 or PostgreSQL tsquery syntax.

Every token that reaches these renderers comes out of ``search.segment`` and holds only
letters, digits and Chinese characters, and each is quoted on top of that: nothing a reader
types can become an FTS operator (``NEAR``, ``*``, ``"``, ``-``, parentheses).
"""

from dataclasses import dataclass
from functools import lru_cache

from .segment import ParsedQuery, bigrams, parse_query

# A token no text can produce (private-use character: normalisation drops it from input).
NO_MATCH = "\ue000"


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    tokens: tuple


@dataclass(frozen=True)
class Node:
    op: str  # "and" | "or"
    children: tuple


def substring_node(text):
    """Chinese ``text`` anywhere in the indexed bigram stream (see search.segment)."""
    if len(text) == 1:
        return Word(text, prefix=True)  # a bigram starting with it, or a run's last character
    if len(text) == 2:
        return Word(text)
    return Phrase(tuple(bigrams(text)))


def term_node(term):
    """A Chinese word matches as a segmented word or as a substring; others as a word."""
    if not term.chinese:
        return Word(term.text, prefix=term.prefix)
    if len(term.text) > 2:
        return Node("or", (Word(term.text), substring_node(term.text)))
    return substring_node(term.text)


def build_tree(parsed: ParsedQuery, operator="and"):
    if not parsed.terms:
        return Word(NO_MATCH)
    nodes = tuple(term_node(t) for t in parsed.terms)
    tree = nodes[0] if len(nodes) == 1 else Node(operator, nodes)
    if operator == "and" and parsed.runs:
        # The whole run as typed (全民阅读推广) matches no more documents than its words do,
        # but documents that contain it verbatim rank higher.
        tree = Node("or", (tree, *(substring_node(run) for run in parsed.runs)))
    return tree


@lru_cache(maxsize=512)
def tree_for(query_string, operator="and", *, autocomplete=False):
    """The boolean tree for a query (cached: one request compiles it several times)."""
    parsed = parse_query(query_string, stemming=not autocomplete, autocomplete=autocomplete)
    return build_tree(parsed, operator)


def _quote_fts(text):
    return '"' + text.replace('"', '""') + '"'


def to_fts5(node):
    if isinstance(node, Word):
        return _quote_fts(node.text) + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return _quote_fts(" ".join(node.tokens))
    joiner = " AND " if node.op == "and" else " OR "
    return "(" + joiner.join(to_fts5(child) for child in node.children) + ")"


def _quote_ts(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsquery(node):
    if isinstance(node, Word):
        return _quote_ts(node.text) + (":*" if node.prefix else "")
    if isinstance(node, Phrase):
        return "(" + " <-> ".join(_quote_ts(token) for token in node.tokens) + ")"
    joiner = " & " if node.op == "and" else " | "
    return "(" + joiner.join(to_tsquery(child) for child in node.children) + ")"


def title_probes(tree, padded_tokens=True):
    """For each required term of ``tree``: strings whose presence in the title means a match.

    With ``padded_tokens`` the strings are looked up in the indexed token string
    (" 西城 城区 … ", SQLite); without, in the plain lower-cased title (PostgreSQL).
    """
    node = tree
    if isinstance(node, Node) and node.op == "or" and isinstance(node.children[0], Node):
        node = node.children[0]  # (terms) OR (whole run): the terms are what is required
    children = node.children if isinstance(node, Node) and node.op == "and" else (node,)
    return [probes for probes in (_probes(child, padded_tokens) for child in children) if probes]


def _probes(node, padded):
    if isinstance(node, Node):
        return [p for child in node.children for p in _probes(child, padded)]
    if isinstance(node, Word):
        if node.text == NO_MATCH:
            return []
        if not padded:
            return [node.text]
        return [f" {node.text}" if node.prefix else f" {node.text} "]
    if isinstance(node, Phrase):
        text = node.tokens[0] + "".join(t[-1] for t in node.tokens[1:])
        return [" " + " ".join(node.tokens) + " "] if padded else [text]
    return []
