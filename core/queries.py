"""Query helpers every content app shares."""

from wagtail.models import Page


def translation_key_of(page_id):
    """A subquery: the translation key of page ``page_id`` (chosen in any language)."""
    return Page.objects.filter(pk=page_id).values("translation_key")


def chosen_translation(queryset, page_id):
    """The page of ``queryset`` that is ``page_id`` or a translation of it, or None.

    Editors choose a page (a featured campaign, a pinned article) on a page that is then
    translated by copying, so the choice may point at the page in another language; filter
    ``queryset`` to the wanted language first and this finds that language's version.
    """
    if page_id is None:
        return None
    return queryset.filter(translation_key__in=translation_key_of(page_id)).first()


def in_language(pages, locale_id, select_related=()):
    """``pages`` (any languages) replaced by their live translations into ``locale_id``.

    A page translated by copying keeps its links to the source-language pages (an English
    event still names the Chinese promoter profile). Show readers the version in their
    language where one is live, else the page itself. One query for any number of pages.
    """
    pages = list(pages)
    foreign = {page.translation_key for page in pages if page.locale_id != locale_id}
    if not foreign:
        return pages
    model = type(pages[0])
    translations = {
        page.translation_key: page
        for page in model.objects.live()
        .filter(translation_key__in=foreign, locale_id=locale_id)
        .select_related(*select_related)
    }
    return [
        page if page.locale_id == locale_id else translations.get(page.translation_key, page)
        for page in pages
    ]


def chosen_in_language(chosen, locale_id, select_related=(), order_by=(), annotate=None):
    """What ``in_language`` gives, in ONE query: ``chosen`` is a queryset of the pages an
    editor linked (any languages; already narrowed to those a reader may see); each is
    replaced by its live translation into ``locale_id`` where there is one. ``order_by``
    orders the chosen pages; ``annotate`` adds what it needs (an order kept elsewhere).
    A page chosen twice (in two languages) is listed once.
    """
    from django.db.models import BooleanField, Case, Q, Value, When

    picked = chosen.order_by().values("pk")
    rows = list(
        chosen.model.objects.filter(
            Q(pk__in=picked)
            | Q(translation_key__in=chosen.order_by().values("translation_key"))
            & Q(locale_id=locale_id, live=True)
        )
        .annotate(
            is_chosen=Case(
                When(pk__in=picked, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .annotate(**(annotate or {}))
        .select_related(*select_related)
        .order_by(*order_by, "pk")
    )
    local = {page.translation_key: page for page in rows if page.locale_id == locale_id}
    result, seen = [], set()
    for page in rows:
        if page.is_chosen and page.translation_key not in seen:
            seen.add(page.translation_key)
            result.append(local.get(page.translation_key, page))
    return result
