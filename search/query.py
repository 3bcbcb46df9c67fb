"""A reader's query as a boolean tree, rendered to SQLite FTS5 or PostgreSQL tsquery syntax.

Every token that reaches these renderers comes out of ``search.segment`` and holds only
letters, digits and Chinese characters, and each is quoted on top of that: nothing a reader
types can become an FTS operator (``NEAR``, ``*``, ``"``, ``-``, parentheses).
"""

from dataclasses import dataclass

from .segment import ParsedQuery, parse_query

# A token no text can produce (private-use character: normalisation drops it from input).
NO_MATCH = "\ue000"


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    chars: tuple


@dataclass(frozen=True)
class Node:
    op: str  # "and" | "or"
    children: tuple


def term_node(term):
    """A Chinese word matches as a segmented word or as the run of its characters."""
    if term.chinese and len(term.text) > 1:
        return Node("or", (Word(term.text), Phrase(tuple(term.text))))
    return Word(term.text, prefix=term.prefix)


def build_tree(parsed: ParsedQuery, operator="and"):
    if not parsed.terms:
        return Word(NO_MATCH)
    nodes = tuple(term_node(t) for t in parsed.terms)
    tree = nodes[0] if len(nodes) == 1 else Node(operator, nodes)
    if operator == "and" and parsed.runs:
        # The whole run as typed (全民阅读推广) matches no more documents than its words do,
        # but documents that contain it verbatim rank higher.
        tree = Node("or", (tree, *(Phrase(tuple(run)) for run in parsed.runs)))
    return tree


def tree_for(query_string, operator="and", *, autocomplete=False):
    parsed = parse_query(query_string, stemming=not autocomplete, autocomplete=autocomplete)
    return build_tree(parsed, operator)


def _quote_fts(text):
    return '"' + text.replace('"', '""') + '"'


def to_fts5(node):
    if isinstance(node, Word):
        return _quote_fts(node.text) + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return _quote_fts(" ".join(node.chars))
    joiner = " AND " if node.op == "and" else " OR "
    return "(" + joiner.join(to_fts5(child) for child in node.children) + ")"


def _quote_ts(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsquery(node):
    if isinstance(node, Word):
        return _quote_ts(node.text) + (":*" if node.prefix else "")
    if isinstance(node, Phrase):
        if len(node.chars) == 1:
            return _quote_ts(node.chars[0])
        return "(" + " <-> ".join(_quote_ts(ch) for ch in node.chars) + ")"
    joiner = " & " if node.op == "and" else " | "
    return "(" + joiner.join(to_tsquery(child) for child in node.children) + ")"
