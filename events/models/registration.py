"""How readers register for an event: not at all, elsewhere, or by booking seats on this site.

Seats belong to occurrences (``events.models.occurrence``): a single event has one, a series
one per date. Translations share the seats of the page in the default language.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Locale

from events import choices
from events.blocks import QuestionStreamBlock

# What the booking button and the API say about registration right now.
NOT_OPEN, OPEN, WAITING, FULL, CLOSED = "not_open", "open", "waiting", "full", "closed"


class RegistrationMixin(models.Model):
    registration_mode = models.CharField(
        "报名方式",
        max_length=10,
        choices=choices.REGISTRATION_MODES,
        default=choices.REG_NONE,
        help_text="“在本站预约”：居民在活动页点“预约报名”，填写姓名和手机号，名额自动计算。",
    )
    max_places = models.PositiveSmallIntegerField(
        "每次最多预约",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text="一次预约最多几个名额，如亲子活动一位家长带孩子填 3。",
    )
    registration_opens = models.DateTimeField(
        "开始报名", null=True, blank=True, help_text="北京时间；留空表示发布后即可报名。"
    )
    registration_closes = models.DateTimeField(
        "截止报名", null=True, blank=True, help_text="北京时间；留空表示活动开始前都可报名。"
    )
    waiting_list = models.BooleanField(
        "名额满后可候补",
        default=True,
        help_text="有人取消或增加名额时，按候补顺序自动转为预约成功，并发邮件通知。",
    )
    questions = StreamField(
        QuestionStreamBlock(),
        verbose_name="报名附加问题",
        blank=True,
        help_text="姓名、手机号、人数已包含，无需再加；最多 5 个问题。不要询问身份证号等敏感信息。",
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                PageChooserPanel("registration_page"),
                FieldPanel("registration_url"),
                FieldPanel("registration_note"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("max_places")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("waiting_list"),
                FieldPanel("questions"),
            ],
            heading="报名",
        )
    ]

    class Meta:
        abstract = True

    def registration_errors(self, errors):
        if self.registration_mode == choices.REG_EXTERNAL and not (
            self.registration_url or self.registration_page_id
        ):
            errors["registration_url"] = (
                "选择“外部链接或表单页报名”时，请填写报名链接或选择表单页。"
            )
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = "截止报名时间要晚于开始报名时间。"
        if self.books_on_site and self.all_day:
            errors["registration_mode"] = "全天活动（如书展）不接受按场次预约，请选择其他报名方式。"

    @property
    def books_on_site(self):
        return self.registration_mode == choices.REG_SITE

    @cached_property
    def seat_page(self):
        """The page whose occurrences hold the seats: the default-language version."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    @classmethod
    def prepare_api_listing(cls, events):
        """``bookable_occurrences`` of every event of an API page of results, in one query
        (as the property finds them: the default-language page's, up to 12 from now)."""
        from events.models import Occurrence

        default_id = Locale.get_default().pk
        keys = {event.translation_key for event in events}
        by_key = {}
        for occurrence in (
            Occurrence.objects.filter(
                event__translation_key__in=keys,
                event__locale_id=default_id,
                end__gte=timezone.now(),
            )
            .select_related("event")
            .order_by("start")
        ):
            by_key.setdefault(occurrence.event.translation_key, []).append(occurrence)
        for event in events:
            event.__dict__["bookable_occurrences"] = by_key.get(event.translation_key, [])[:12]

    @cached_property
    def bookable_occurrences(self):
        """Upcoming occurrences (series: up to 12) with their seat counts, soonest first."""
        from events.models import Occurrence

        now = timezone.now()
        if "seat_page" in self.__dict__ or self.locale_id == Locale.get_default().pk:
            occurrences = Occurrence.objects.filter(event_id=self.seat_page.pk)
        else:  # the default-language page's, without reading that page first
            occurrences = Occurrence.objects.filter(
                event__translation_key=self.translation_key,
                event__locale_id=Locale.get_default().pk,
            )
        return list(occurrences.filter(end__gte=now).order_by("start")[:12])

    @property
    def next_occurrence(self):
        occurrences = [o for o in self.bookable_occurrences if not o.cancelled]
        return occurrences[0] if occurrences else None

    def registration_window_state(self, now=None):
        now = now or timezone.now()
        if self.registration_opens and now < self.registration_opens:
            return NOT_OPEN
        if self.registration_closes and now > self.registration_closes:
            return CLOSED
        if self.status == choices.CANCELLED or self.status == choices.POSTPONED:
            return CLOSED
        return OPEN

    def booking_state(self, occurrence, now=None):
        """not_open / open / waiting (full, waiting list kept) / full / closed."""
        now = now or timezone.now()
        window = self.registration_window_state(now)
        if window != OPEN or occurrence is None:
            return window if occurrence is not None else CLOSED
        if occurrence.cancelled or occurrence.start <= now:
            return CLOSED
        left = occurrence.seats_left(self.capacity)
        if left is None or left > 0:
            return OPEN
        return WAITING if self.waiting_list else FULL

    def privacy_page(self):
        """The privacy notice the consent box links to: /privacy/ in this page's language."""
        from wagtail.models import Page

        pages = Page.objects.live().filter(slug="privacy", depth=3)
        return (
            pages.filter(locale_id=self.locale_id).first()
            or pages.filter(locale=Locale.get_default()).first()
        )

    def registration_link(self):
        """Where the 报名 button goes: this site's booking form, a form page or a link."""
        if self.books_on_site:
            return self.book_url
        if self.registration_page_id and self.registration_page and self.registration_page.live:
            return self.registration_page.url
        return self.registration_url

    @property
    def book_url(self):
        return self.url + "book/" if self.url else ""

    def registration_summary(self):
        """Seats and state for the API and templates: no personal data."""
        if not self.books_on_site:
            return {"mode": self.registration_mode, "url": self.registration_link() or None}
        return {
            "mode": self.registration_mode,
            "capacity": self.capacity,
            "max_places_per_booking": self.max_places,
            "waiting_list": self.waiting_list,
            "opens": self.registration_opens,
            "closes": self.registration_closes,
            "occurrences": [
                {
                    "start": occurrence.start,
                    "end": occurrence.end,
                    "cancelled": occurrence.cancelled,
                    "seats_left": occurrence.seats_left(self.capacity),
                    "state": self.booking_state(occurrence),
                }
                for occurrence in self.bookable_occurrences
            ],
        }
