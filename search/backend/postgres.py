"""The PostgreSQL (tsvector) implementation: segmented vectors, raw tsqueries, GIN-first search.

Imported by ``search.backend.SearchBackend`` only when the default database is PostgreSQL.
"""

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Cast, Lower
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres import postgres as base
from modelsearch.query import Phrase, PlainText

from ..dictionary import ensure_loaded
from ..query import to_tsquery, tree_for
from ..segment import index_text
from .ranking import TitleProbesMixin, operator, query_string, title_bonus


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
                value = compiler.prepare_value(IndexEntry._meta.get_field(name), getattr(ix, name))
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

    def search(self, config, start, stop, score_field=None, backend=None):
        """As Wagtail's, but letting the GIN indexes find the candidates.

        Wagtail filters on ``title || body @@ query``: a concatenation no index holds,
        so PostgreSQL computes it for every index entry of the model (every book) on
        each search and count. Here the entries holding *any* of the query's words in
        the title or the body are found first (``title @@ any OR body @@ any``: a
        BitmapOr of the two GIN indexes), and the exact query — whose words may be
        split between title and body — is checked on those candidates only. Results
        and ranking are Wagtail's.
        """
        if self.fields is not None or not isinstance(self.query, PlainText | Phrase):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        any_word = SearchQuery(
            RawTSQuery(
                to_tsquery(tree_for(query_string(self.query), "or", autocomplete=self.autocomplete))
            ),
            search_type="raw",
            config=config,
        )
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        matching = (
            base.IndexEntry.objects.filter(
                content_type_id__in=base.get_descendants_content_types_pks(self.queryset.model)
            )
            .filter(Q(title=any_word) | Q(body=any_word))
            .alias(document=F("title")._combine(F("body"), "||", False))
            .filter(document=search_query)
            .values("object_id")
        )
        queryset = self.queryset.alias(pk_as_text=Cast("pk", output_field=TextField())).filter(
            pk_as_text__in=matching
        )
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        probes = self.title_probes(self.query, padded_tokens=False)
        if probes and self.fields is None:
            rank = rank + title_bonus(Lower(F("index_entries__title_text")), probes)
        return rank

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText | Phrase):
            ensure_loaded()
            tree = tree_for(query_string(query), operator(query), autocomplete=self.autocomplete)
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
