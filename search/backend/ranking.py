"""Ranking shared by both databases: column weights and the bonus for words in the title."""

from django.db.models import Case, FloatField, TextField, Value, When
from django.db.models.functions import Concat, StrIndex
from django.db.models.lookups import GreaterThan
from modelsearch.query import Phrase, PlainText

from ..query import title_probes, tree_for

# Weights of the FTS5 columns, in the table's order: autocomplete, body, title.
SEARCH_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)
AUTOCOMPLETE_COLUMN_WEIGHTS = (1.0, 0.0, 0.0)


def query_string(query):
    return query.query_string or ""


def operator(query):
    return (getattr(query, "operator", None) or "and").lower()


# A page whose title holds every query word ranks above any page that has them only in
# its body: FTS5's bm25() normalises by the length of the whole row, so a long policy
# document would otherwise rank last for the words of its own title.
TITLE_BONUS = 1000.0


def title_bonus(title, probes_per_term):
    """TITLE_BONUS × the share of query terms found in ``title`` (an expression)."""
    if not probes_per_term:
        return Value(0.0)
    padded = Concat(Value(" "), title, Value(" "), output_field=TextField())
    total = None
    for probes in probes_per_term:
        found = Case(
            *[When(GreaterThan(StrIndex(padded, Value(p)), 0), then=Value(1.0)) for p in probes],
            default=Value(0.0),
            output_field=FloatField(),
        )
        total = found if total is None else total + found
    return total * Value(TITLE_BONUS / len(probes_per_term))


class TitleProbesMixin:
    def title_probes(self, query, padded_tokens):
        if self.autocomplete or not isinstance(query, PlainText | Phrase):
            return []
        tree = tree_for(query_string(query), operator(query), autocomplete=False)
        return title_probes(tree, padded_tokens=padded_tokens)
