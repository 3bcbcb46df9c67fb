"""The reading-space finder: filter by type, sub-district, service, accessibility, open now."""

from wagtail.admin.panels import FieldPanel

from core.models import BasePage
from core.visibility import public_pages


class ReadingSpaceIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["spaces.ReadingSpacePage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    # The open-now status changes by the minute: keep shared caches brief.
    cache_max_age = 30

    class Meta:
        verbose_name = "阅读空间查找"
        verbose_name_plural = "阅读空间查找"

    def get_spaces(self):
        from spaces.models import ReadingSpacePage

        return (
            public_pages(ReadingSpacePage.objects.child_of(self))
            .select_related("listing_image")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        from spaces.finder import finder_context

        context = super().get_context(request, *args, **kwargs)
        context.update(finder_context(request, self.get_spaces()))
        return context
