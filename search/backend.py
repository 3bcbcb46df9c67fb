"""Wagtail's database search backend, taught Chinese.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"}}``

``SearchBackend(params)`` picks the SQLite (FTS5) or PostgreSQL (tsvector) implementation
from the database in use, like Wagtail's own ``wagtail.search.backends.database`` does, and
changes three things in it:

- **indexing**: text is segmented before it is stored (``search.segment.index_text``);
- **queries**: ``PlainText`` and ``Phrase`` queries are segmented the same way and compiled
  by ``search.query`` (words AND-ed, each a word or a phrase of its characters), so reader
  input is never FTS syntax;
- **ranking**: on SQLite, ``bm25()`` weighs the title column above the body (PostgreSQL
  already weighs titles through the field boosts, A for titles).

Both databases see the same tokens and the same boolean query, so they find the same pages.
"""

from collections import OrderedDict

from django.db import connection
from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Func
from django.db.models.functions import Concat, Lower, StrIndex
from django.db.models.lookups import GreaterThan
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.query import MatchAll, Not, Phrase, PlainText

from .dictionary import ensure_loaded
from .query import title_probes, to_fts5, to_tsquery, tree_for
from .segment import index_text

# Weights of the FTS5 columns, in the table's order: autocomplete, body, title.
SEARCH_COLUMN_WEIGHTS = (0.0, 1.0, 10.0)
AUTOCOMPLETE_COLUMN_WEIGHTS = (1.0, 0.0, 0.0)


def _query_string(query):
    return query.query_string or ""


def _operator(query):
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
        tree = tree_for(_query_string(query), _operator(query), autocomplete=False)
        return title_probes(tree, padded_tokens=padded_tokens)


# --------------------------------------------------------------------------------------
# SQLite
# --------------------------------------------------------------------------------------


def _sqlite_classes():
    from modelsearch.backends.database.sqlite import sqlite as base
    from modelsearch.backends.database.sqlite.query import (
        AndNot,
        LexemeCombinable,
        MatchExpression,
        SearchQueryExpression,
        SearchQueryField,
        normalize,
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
                tree = tree_for(
                    _query_string(query), _operator(query), autocomplete=self.autocomplete
                )
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
            bonus = title_bonus(
                F("index_entry__title"), self.title_probes(query, padded_tokens=True)
            )
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
                    (pk, score)
                    for pk, (_oid, score) in zip(ids, part, strict=True)
                    if pk in allowed
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

    return Backend


# --------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------


def _postgres_classes():
    from django.contrib.postgres.search import SearchQuery, SearchQueryField
    from modelsearch.backends.database.postgres import postgres as base

    class RawTSQuery(Value):
        """A tsquery built by ``search.query.to_tsquery`` (already quoted), for to_tsquery()."""

        _output_field = SearchQueryField()

        def as_sql(self, compiler, connection):
            return "%s", [self.value]

    class Indexer(base.ObjectIndexer):
        def as_vector(self, texts, for_autocomplete=False):
            texts = [
                (index_text(text, stemming=not for_autocomplete), weight) for text, weight in texts
            ]
            return super().as_vector(texts, for_autocomplete=for_autocomplete)

    class Index(base.PostgresIndex):
        def add_items(self, model, objs):
            # As PostgresIndex.add_items, with the segmenting indexer.
            if not model.get_search_fields():
                return
            ensure_loaded()
            indexers = [Indexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            IndexEntry = base.IndexEntry
            content_type_pk = base.get_content_type_pk(model)
            compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
            rows, params = [], []
            for ix in indexers:
                params.extend((content_type_pk, ix.id))
                vectors = []
                for name in ("title", "autocomplete", "body"):
                    value = compiler.prepare_value(
                        IndexEntry._meta.get_field(name), getattr(ix, name)
                    )
                    sql, value_params = value.as_sql(compiler, self.write_connection)
                    vectors.append(sql)
                    params.extend(value_params)
                params.extend((ix.title_text, ix.body_text))
                rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"""
                    INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,
                        autocomplete, body, title_norm, title_text, body_text)
                    (VALUES {", ".join(rows)})
                    ON CONFLICT (content_type_id, object_id)
                    DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0,
                        autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                        title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                    """,
                    params,
                )
            self._refresh_title_norms()

    class QueryCompiler(TitleProbesMixin, base.PostgresSearchQueryCompiler):
        autocomplete = False

        def _build_rank_expression(self, vectors, config):
            rank = super()._build_rank_expression(vectors, config)
            probes = self.title_probes(self.query, padded_tokens=False)
            if probes and self.fields is None:
                rank = rank + title_bonus(Lower(F("index_entries__title_text")), probes)
            return rank

        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, PlainText | Phrase):
                ensure_loaded()
                tree = tree_for(
                    _query_string(query), _operator(query), autocomplete=self.autocomplete
                )
                text = to_tsquery(tree)
                if invert:
                    text = f"!({text})"
                return SearchQuery(RawTSQuery(text), search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

    class AutocompleteCompiler(QueryCompiler):
        autocomplete = True
        LAST_TERM_IS_PREFIX = True
        TARGET_SEARCH_FIELD_TYPE = base.AutocompleteField

        def get_config(self, backend):
            return backend.autocomplete_config

        def get_search_fields_for_model(self):
            return self.queryset.model.get_autocomplete_search_fields()

        def get_index_vectors(self, search_query):
            return [(F("index_entries__autocomplete"), 1.0)]

        def get_fields_vectors(self, search_query):
            return base.PostgresAutocompleteQueryCompiler.get_fields_vectors(self, search_query)

    class Backend(base.PostgresSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteCompiler
        index_class = Index

        def __init__(self, params):
            params = {"SEARCH_CONFIG": "simple", **params}
            super().__init__(params)

    return Backend


_backend_classes = {}


def SearchBackend(params):  # noqa: N802 — Wagtail looks for this name in the module
    """The Chinese-aware backend for the default database's vendor."""
    vendor = connection.vendor
    if vendor not in _backend_classes:
        if vendor == "postgresql":
            _backend_classes[vendor] = _postgres_classes()
        elif vendor == "sqlite":
            from modelsearch.backends.database.sqlite.utils import fts5_available

            if not fts5_available():  # pragma: no cover — every supported Python has FTS5
                raise RuntimeError("search.backend needs SQLite with FTS5")
            _backend_classes[vendor] = _sqlite_classes()
        else:  # pragma: no cover
            raise RuntimeError(f"search.backend supports SQLite and PostgreSQL, not {vendor}")
    return _backend_classes[vendor](params)
