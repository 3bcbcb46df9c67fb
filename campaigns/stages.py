"""Where a campaign stands on a given moment, computed from its stage dates.

Pure functions: give them the stages and ``now`` (an aware datetime) and they answer, so
tests pin the time. Dates are calendar days in Asia/Shanghai; a stage runs from 00:00 on
its start date to 23:59:59 on its end date.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SHANGHAI = ZoneInfo("Asia/Shanghai")

SIGNUP, REVIEW, PUBLICITY, COMMENDATION = "signup", "review", "publicity", "commendation"
STAGE_KINDS = [
    (SIGNUP, _("报名")),
    (REVIEW, _("评选")),
    (PUBLICITY, _("公示")),
    (COMMENDATION, _("表彰")),
]

UPCOMING, OPEN, REVIEWING, PUBLIC_NOTICE, FINISHED = (
    "upcoming",
    "open",
    "reviewing",
    "public-notice",
    "finished",
)
STATUS_LABELS = {
    UPCOMING: _("未开始"),
    OPEN: _("报名中"),
    REVIEWING: _("评选中"),
    PUBLIC_NOTICE: _("公示中"),
    FINISHED: _("已结束"),
}
# What a reader is told while a stage of each kind runs. Once the public notice is over the
# selection is decided; the commendation ceremony closes a finished campaign.
STATUS_FOR_KIND = {
    SIGNUP: OPEN,
    REVIEW: REVIEWING,
    PUBLICITY: PUBLIC_NOTICE,
    COMMENDATION: FINISHED,
}


@dataclass(frozen=True)
class Stage:
    kind: str
    start: datetime.date
    end: datetime.date
    title: str = ""
    source: object = None  # the model instance, for templates

    @property
    def label(self):
        return self.title or dict(STAGE_KINDS).get(self.kind, "")


@dataclass
class StageView:
    stage: Stage
    state: str  # "past", "current" or "future"

    @property
    def is_current(self):
        return self.state == "current"


@dataclass
class CampaignState:
    status: str | None
    today: datetime.date
    current: Stage | None = None
    next: Stage | None = None
    days_left: int | None = None  # whole days after today until the current stage ends
    days_until: int | None = None  # days from today until the next stage starts
    stages: list = field(default_factory=list)

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.status, _("日期待定"))

    @property
    def is_open(self):
        return self.status == OPEN

    @property
    def is_live(self):
        """Under way: taking entries, judging or publishing the results."""
        return self.status in (OPEN, REVIEWING, PUBLIC_NOTICE)

    @property
    def ends_today(self):
        return self.days_left == 0


def local_today(now=None):
    """The calendar date in Asia/Shanghai at ``now`` (default: this moment)."""
    now = now or timezone.now()
    if timezone.is_naive(now):
        raise ValueError("now must be an aware datetime")
    return now.astimezone(SHANGHAI).date()


def stage_bounds(stage):
    """The aware datetimes a stage opens and closes (end date inclusive to 23:59:59)."""
    start = datetime.datetime.combine(stage.start, datetime.time.min, tzinfo=SHANGHAI)
    end = datetime.datetime.combine(stage.end, datetime.time.max, tzinfo=SHANGHAI)
    return start, end


def compute_state(stages, now=None):
    """The campaign's status at ``now`` from its stages (any order; invalid ones skipped)."""
    today = local_today(now)
    ordered = sorted(
        (s for s in stages if s.start and s.end and s.start <= s.end),
        key=lambda s: (s.start, s.end),
    )
    if not ordered:
        return CampaignState(status=None, today=today)

    views = []
    current = next_stage = None
    for stage in ordered:
        if stage.end < today:
            views.append(StageView(stage, "past"))
        elif stage.start <= today:
            views.append(StageView(stage, "current"))
            current = current or stage
        else:
            views.append(StageView(stage, "future"))
            next_stage = next_stage or stage

    state = CampaignState(status=None, today=today, current=current, next=next_stage, stages=views)
    if next_stage is not None:
        state.days_until = (next_stage.start - today).days
    if current is not None:
        state.status = STATUS_FOR_KIND.get(current.kind, REVIEWING)
        state.days_left = (current.end - today).days
    elif today < ordered[0].start:
        state.status = UPCOMING
    elif next_stage is None:
        state.status = FINISHED
    else:
        # Between two stages: the earlier one is closed, so say what comes next.
        state.status = STATUS_FOR_KIND.get(next_stage.kind, REVIEWING)
        if state.status == OPEN:
            state.status = UPCOMING
    return state
