"""The health report: everything the inspection rules fail a site for, in one structure."""

from dataclasses import dataclass, field

from django.utils import timezone

from editorial.integrations import overdue_messages

from .models import LinkCheckRun, LinkProblem
from .personal import pages_with_personal_data
from .sections import empty_sections, stale_sections


@dataclass
class HealthReport:
    stale: list = field(default_factory=list)
    empty: list = field(default_factory=list)
    broken_links: list = field(default_factory=list)
    last_link_check: LinkCheckRun | None = None
    overdue: list = field(default_factory=list)
    personal_data: list = field(default_factory=list)

    @property
    def problem_count(self):
        return (
            len(self.stale)
            + len(self.empty)
            + len(self.broken_links)
            + len(self.overdue)
            + len(self.personal_data)
        )


def build_report(now=None):
    now = now or timezone.now()
    return HealthReport(
        stale=stale_sections(now),
        empty=empty_sections(),
        broken_links=list(
            LinkProblem.objects.select_related("page").order_by("page__title", "url")
        ),
        last_link_check=LinkCheckRun.objects.filter(finished_at__isnull=False).first(),
        overdue=overdue_messages(timezone.localdate(now)),
        personal_data=pages_with_personal_data(),
    )
