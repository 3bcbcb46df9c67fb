"""What every index page needs: safe pagination and GET filters that never raise."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext as _

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
