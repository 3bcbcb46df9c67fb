"""What every index page needs: safe pagination and GET filters that never raise."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_PARAM_LENGTH = 100


def paginate(request, items, per_page=12):
    """The requested page of ``items``; a bad or out-of-range ``?page=`` gives page 1 or the last."""
    raw = request.GET.get("page", "1")[:12]
    return Paginator(items, per_page).get_page(raw)


@dataclass
class FilterState:
    """The filters a request asked for, the values that were valid, and messages about the rest."""

    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @property
    def invalid(self):
        return bool(self.errors)

    def querystring(self, **overrides):
        """The active filters as a query string, for pagination links."""
        from urllib.parse import urlencode

        params = {**{k: v for k, v in self.values.items() if v not in (None, "", [])}, **overrides}
        pairs = []
        for key, value in params.items():
            if isinstance(value, list | tuple):
                pairs.extend((key, item) for item in value)
            elif value is not None:
                pairs.append((key, value))
        return urlencode(pairs)


def read_choice(request, state, name, choices, label):
    """Read one GET parameter that must be one of ``choices`` (a dict or a list of pairs).

    An unknown value is recorded as an error message (in Chinese) and the filter is kept,
    so the caller returns an empty list with that message rather than ignoring it.
    """
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    allowed = dict(choices)
    if len(raw) > MAX_PARAM_LENGTH or raw not in allowed:
        state.errors.append(
            _("没有“%(value)s”这个%(label)s，请从列表中选择。")
            % {"value": raw[:20], "label": label}
        )
        state.values[name] = raw[:MAX_PARAM_LENGTH]
        return None
    state.values[name] = raw
    return raw


def read_int(request, state, name, label, minimum=None, maximum=None):
    """Read an integer GET parameter (a year, a month); bad values become a message."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        if len(raw) > 10:
            raise ValueError
        value = int(raw)
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise ValueError
    except ValueError:
        state.errors.append(
            _("“%(value)s”不是有效的%(label)s。") % {"value": raw[:20], "label": label}
        )
        state.values[name] = raw[:MAX_PARAM_LENGTH]
        return None
    state.values[name] = value
    return value


# -- the one shape of a listing's filters ------------------------------------------------


@dataclass
class Choice:
    """One GET filter whose value must be one of a list of choices, shown as a <select>.

    ``name`` is the GET parameter and, where the listing filters a model field, that field's
    name. ``aliases`` are older parameter names that links and bookmarks may still use; they
    are read too, and the value is kept under ``name``. ``integer`` filters (a year) accept
    any whole number between ``minimum`` and ``maximum``, not only the listed ones.
    """

    name: str
    label: str
    empty_label: str = ""
    choices: tuple = ()
    aliases: tuple = ()
    integer: bool = False
    minimum: int | None = None
    maximum: int | None = None
    translate_labels: bool = True  # fixed vocabularies; titles of pages and tags are not


def year_choice(empty_label, minimum, maximum=2100):
    """A ``year`` filter: choices per request (the years with content), any year in range."""
    return Choice(
        "year",
        gettext_lazy("年份"),
        empty_label,
        integer=True,
        minimum=minimum,
        maximum=maximum,
        translate_labels=False,
    )


@dataclass
class FilterField:
    """What ``includes/filter_select.html`` renders for one filter."""

    name: str
    label: str
    empty_label: str
    options: list  # [(value, label, selected)]


class ListingFilters(FilterState):
    """A listing's GET filters: declare ``filters``, read them from a request, ``apply`` them.

    Each app's ``filters.py`` subclasses this once per listing::

        class ArticleFilters(ListingFilters):
            filters = [Choice("category", "栏目", "全部栏目", CATEGORIES)]

        filters = ArticleFilters(request, tags=tag_choices)  # choices known per request
        articles = filters.apply(articles)

    ``apply`` filters ``field=value`` for each value read, or calls ``filter_<name>(queryset,
    value)`` where a filter needs more; an unknown value gives an empty list and a message
    (``errors``), never an error page. Templates render each ``fields.<name>`` with
    ``{% include "includes/filter_select.html" with field=filters.fields.<name> %}``.
    """

    filters = ()

    def __init__(self, request, **choices):
        super().__init__()
        self.choices = {
            f.name: [_pair(choice) for choice in choices.get(f.name, f.choices)]
            for f in self.filters
        }
        get = request.GET
        for spec in self.filters:
            raw_name = next((n for n in (spec.name, *spec.aliases) if get.get(n)), spec.name)
            params = {spec.name: get.get(raw_name, "")}
            if spec.integer:
                read_int(_Params(params), self, spec.name, spec.label, spec.minimum, spec.maximum)
            else:
                read_choice(_Params(params), self, spec.name, self.choices[spec.name], spec.label)
        self.read_more(request)

    def read_more(self, request):
        """Read parameters that are not a choice (a month, a checkbox); none by default."""

    def apply(self, queryset):
        if self.invalid:
            return queryset.none()
        for name, value in self.values.items():
            if value in (None, ""):
                continue
            method = getattr(self, f"filter_{name}", None)
            queryset = method(queryset, value) if method else queryset.filter(**{name: value})
        return queryset

    @cached_property
    def fields(self):
        result = {}
        for spec in self.filters:
            current = str(self.values.get(spec.name, ""))
            options = []
            for value, label in self.choices[spec.name]:
                if spec.translate_labels:
                    label = _(str(label))
                options.append((value, label, str(value) == current))
            empty_label = spec.empty_label or _("不限")
            result[spec.name] = FilterField(spec.name, spec.label, empty_label, options)
        return result


def select_field(name, label, empty_label, choices):
    """A FilterField with nothing selected, for a form that sends readers to a listing."""
    return FilterField(name, label, empty_label, [(value, text, False) for value, text in choices])


def _pair(choice):
    """(value, label) from a pair or from a bare value (a year, a tag name)."""
    return tuple(choice) if isinstance(choice, list | tuple) else (choice, choice)


class _Params:
    """A request-like object whose GET holds one renamed parameter, for read_choice/read_int."""

    def __init__(self, params):
        self.GET = params
