"""The SQLite (FTS5) implementation: segmented index rows, FTS5 queries, bm25() ranking.

Imported by ``search.backend.SearchBackend`` only when the default database is SQLite.
"""

from collections import OrderedDict

from django.db.models import Count, ExpressionWrapper, F, FloatField, IntegerField, Value
from django.db.models.expressions import Func
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite import sqlite as base
from modelsearch.backends.database.sqlite.query import (
    AndNot,
    LexemeCombinable,
    MatchExpression,
    SearchQueryExpression,
    SearchQueryField,
    normalize,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText

from ..dictionary import ensure_loaded
from ..query import to_fts5, tree_for
from ..segment import index_text
from .ranking import (
    AUTOCOMPLETE_COLUMN_WEIGHTS,
    SEARCH_COLUMN_WEIGHTS,
    TitleProbesMixin,
    operator,
    query_string,
    title_bonus,
)


class RawFTS(LexemeCombinable, Value):
    """An FTS5 expression built by ``search.query.to_fts5`` (already quoted)."""

    _output_field = SearchQueryField()

    def as_sql(self, compiler, connection):
        return "%s", [self.value]


class WeightedBM25(Func):
    output_field = FloatField()

    def __init__(self, weights):
        self.weights = weights
        super().__init__()

    def as_sql(self, compiler, connection, function=None, template=None):
        table = base.SQLiteFTSIndexEntry._meta.db_table
        weights = ", ".join(str(float(w)) for w in self.weights)
        return f"bm25({table}, {weights})", []


class Indexer(base.ObjectIndexer):
    @cached_property
    def title(self):
        return index_text(base.ObjectIndexer.title.func(self))

    @cached_property
    def body(self):
        return index_text(base.ObjectIndexer.body.func(self))

    @cached_property
    def autocomplete(self):
        return index_text(base.ObjectIndexer.autocomplete.func(self), stemming=False)


class Index(base.SQLiteIndex):
    def add_items(self, model, objs):
        # As SQLiteIndex.add_items, with the segmenting indexer.
        if not model.get_search_fields():
            return
        ensure_loaded()
        indexers = [Indexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = base.get_content_type_pk(model)
        data = {ix.id: (ix.title, ix.autocomplete, ix.body) for ix in indexers}
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = frozenset(
            entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
        )
        for object_id in existing:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            [
                base.IndexEntry(
                    content_type_id=content_type_pk,
                    object_id=object_id,
                    title=title,
                    autocomplete=autocomplete,
                    body=body,
                )
                for object_id, (title, autocomplete, body) in data.items()
                if object_id not in existing
            ]
        )
        self._refresh_title_norms()


class QueryCompiler(TitleProbesMixin, base.SQLiteSearchQueryCompiler):
    autocomplete = False
    weights = SEARCH_COLUMN_WEIGHTS

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText | Phrase):
            ensure_loaded()
            tree = tree_for(query_string(query), operator(query), autocomplete=self.autocomplete)
            return SearchQueryExpression(RawFTS(to_fts5(tree)))
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25(self.weights)

    def match_entries(self, config):
        """FTS rows matching a plain query for this model, with their score; else None."""
        query = normalize(self.query)
        if isinstance(query, MatchAll | Not | AndNot):
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )
        bonus = title_bonus(F("index_entry__title"), self.title_probes(query, padded_tokens=True))
        # ``content_type_id + 0`` keeps SQLite from driving the join through the index on
        # content types: with it, SQLite walks every index entry of the model (every book)
        # and re-runs the MATCH for each one. Without an index on it, the MATCH runs once
        # and the few matching rows are looked up by rowid.
        return (
            base.SQLiteFTSIndexEntry.objects.filter(match)
            .alias(
                unindexed_content_type=ExpressionWrapper(
                    F("index_entry__content_type_id") + 0, output_field=IntegerField()
                )
            )
            .filter(
                unindexed_content_type__in=base.get_descendants_content_types_pks(
                    self.queryset.model
                )
            )
            .annotate(score=WeightedBM25(self.weights) - bonus)
        )


class AutocompleteCompiler(QueryCompiler):
    autocomplete = True
    weights = AUTOCOMPLETE_COLUMN_WEIGHTS
    LAST_TERM_IS_PREFIX = True
    TARGET_SEARCH_FIELD_TYPE = base.AutocompleteField
    FTS_TABLE_FIELDS = ["autocomplete"]

    def get_config(self, backend):
        return backend.autocomplete_config

    def get_search_fields_for_model(self):
        return self.queryset.model.get_autocomplete_search_fields()

    def get_index_vectors(self):
        return [(F("index_entry__autocomplete"), 1.0)]


class Results(base.SQLiteSearchResults):
    """Ranked results without Wagtail's correlated score subquery.

    Wagtail orders by a subquery that re-runs the FTS match once per candidate row, and
    ``count()`` computes it too: fine for hundreds of pages, seconds for ten thousand.
    Here the FTS table is asked once for the best-ranked entries (``ORDER BY bm25
    LIMIT n``, done inside SQLite), the page queryset's own filters (live, locale,
    type, privacy) are applied to those ids, and the objects are fetched in rank order.
    """

    def _entries(self):
        compiler = self.query_compiler
        if not compiler.order_by_relevance:
            return None
        return compiler.match_entries(compiler.get_config(self.backend))

    def _do_count(self):
        entries = self._entries()
        if entries is None:
            return super()._do_count()
        queryset = self.query_compiler.queryset.order_by()
        return queryset.filter(pk__in=entries.values("index_entry__object_id")).count()

    def _do_search(self):
        entries = self._entries()
        if entries is None:
            return super()._do_search()
        queryset = self.query_compiler.queryset
        to_python = queryset.model._meta.pk.to_python
        ranked = entries.order_by("score", "index_entry_id").values_list(
            "index_entry__object_id", "score"
        )
        start, stop = self.start, self.stop
        wanted = None if stop is None else stop
        collected, offset, chunk = [], 0, max(50, 2 * (stop or 0))
        while wanted is None or len(collected) < wanted:
            part = list(ranked[offset : offset + chunk] if wanted else ranked[offset:])
            if not part:
                break
            ids = [to_python(object_id) for object_id, _score in part]
            allowed = set(queryset.order_by().filter(pk__in=ids).values_list("pk", flat=True))
            collected.extend(
                (pk, score) for pk, (_oid, score) in zip(ids, part, strict=True) if pk in allowed
            )
            if wanted is None or len(part) < chunk:
                break
            offset += chunk
            chunk *= 4
        window = collected[start:stop]
        objects = {obj.pk: obj for obj in queryset.filter(pk__in=[pk for pk, _ in window])}
        results = []
        for pk, score in window:
            obj = objects.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def facet(self, field_name):
        entries = self._entries()
        if entries is None or self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)
        queryset = self.query_compiler.queryset.order_by()
        rows = (
            queryset.filter(pk__in=entries.values("index_entry__object_id"))
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class Backend(base.SQLiteSearchBackend):
    query_compiler_class = QueryCompiler
    autocomplete_query_compiler_class = AutocompleteCompiler
    index_class = Index
    results_class = Results
