"""Form reads other apps use (the statistics): survey forms and counts of submissions.

Submissions hold personal data; nothing here returns a submission. Functions group and
count in the database (aggregate queries), so their cost does not grow with the number
of answers. Sample submissions made by the demo carry ``"is_sample": true`` in their
``form_data`` (a Wagtail FormSubmission has no column for it; see docs/statistics.md).
"""

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from engagement.models import FormKind

SAMPLE_KEY = "is_sample"


def survey_forms(locale_only=True):
    """Live satisfaction-survey form pages with their fields prefetched (two queries)."""
    from engagement.models import FormPage

    forms = FormPage.objects.live().filter(kind=FormKind.SURVEY)
    if locale_only:
        forms = forms.filter(locale__language_code=settings.LANGUAGE_CODE)
    return list(forms.defer_streamfields().prefetch_related("form_fields").order_by("path"))


def _submissions(page_ids, start=None, end=None):
    from wagtail.contrib.forms.models import FormSubmission

    rows = FormSubmission.objects.filter(page_id__in=page_ids)
    if start is not None:
        rows = rows.filter(submit_time__gte=start)
    if end is not None:
        rows = rows.filter(submit_time__lt=end)
    return rows.order_by()


def answer_counts(page_ids, questions, start=None, end=None, by_month=False):
    """How often each answer was chosen, counted in the database.

    ``questions`` maps a field's clean name to its answer options. Returns
    ``{(month or None, field, answer): count}`` plus ``(month or None, "", "")`` for the
    number of submissions; one query whatever the number of submissions.
    """
    aggregates = {"n": Count("pk")}
    names = {}
    for i, (field, options) in enumerate(questions.items()):
        for j, option in enumerate(options):
            alias = f"q{i}_{j}"
            names[alias] = (field, option)
            aggregates[alias] = Count("pk", filter=Q(**{f"form_data__{field}": option}))
    rows = _submissions(page_ids, start, end)
    if by_month:
        result_rows = (
            rows.annotate(month=TruncMonth("submit_time")).values("month").annotate(**aggregates)
        )
    else:
        result_rows = [rows.aggregate(**aggregates)]
    counts = {}
    for row in result_rows:
        month = row.get("month")
        if month is not None:
            month = (month.year, month.month)
        counts[(month, "", "")] = row["n"]
        for alias, (field, option) in names.items():
            counts[(month, field, option)] = row[alias]
    return counts


def submission_counts_by_month(kind, start=None, end=None):
    """{(year, month): submissions} to live forms of ``kind`` (one query)."""
    from engagement.models import FormPage

    pages = FormPage.objects.filter(kind=kind).values("pk")
    rows = (
        _submissions(pages, start, end)
        .annotate(month=TruncMonth("submit_time"))
        .values("month")
        .annotate(n=Count("pk"))
    )
    return {(row["month"].year, row["month"].month): row["n"] for row in rows}


def submission_counts_by_day(page_ids, start=None, end=None):
    """[(page id, date, submissions)] (one query): sign-ups per campaign and day."""
    from django.db.models.functions import TruncDate

    rows = (
        _submissions(page_ids, start, end)
        .annotate(day=TruncDate("submit_time"))
        .values("page_id", "day")
        .annotate(n=Count("pk"))
    )
    return [(row["page_id"], row["day"], row["n"]) for row in rows]
