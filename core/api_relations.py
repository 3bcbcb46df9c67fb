"""What a page type's API fields read, loaded with the listing in a fixed number of queries.

``/api/v2/pages/?type=app.Model&fields=*`` serialises every API field of every item. A field
that is a foreign key (an image, a book, a venue) would cost a query per item, a child
relation (opening hours, stages, occurrences) or a many-to-many (tags, promoters) one more.
``api_relations`` reads the model's ``api_fields`` (and the field an image serializer takes
its ``source`` from) and returns what to ``select_related`` and ``prefetch_related``; a page
type adds relations its API methods read through ``api_select_related`` and
``api_prefetch_related``; what no relation carries, a classmethod
``prepare_api_listing(items)`` loads for a whole page of results (``config.api``).
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist


def _field_name(api_field):
    source = getattr(api_field.serializer, "source", None) if api_field.serializer else None
    return source if isinstance(source, str) and "." not in source else api_field.name


@cache
def api_relations(model):
    select, prefetch = [], []
    for api_field in getattr(model, "api_fields", ()):
        name = _field_name(api_field)
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or (field.one_to_one and field.concrete):
            select.append(name)
        elif field.one_to_many or field.many_to_many:
            prefetch.append(name)
    # What the page's own view reads (its share image, its main image) is read by the
    # share_image field too.
    select += getattr(model, "select_with_page", ())
    select += getattr(model, "api_select_related", ())
    prefetch += getattr(model, "api_prefetch_related", ())
    return tuple(dict.fromkeys(select)), tuple(dict.fromkeys(prefetch))
