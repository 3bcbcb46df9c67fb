"""Admin pieces for messages and answers: list columns, the question shown above an answer,
the answer form (only unanswered messages to choose from) and the answer add view."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import CreateView

from .models import Answer, Message
from .workdays import WorkdayCalendar, deadline_workdays


class QuestionPanel(Panel):
    """The resident's question, read-only above the answer (masked name, no contact details)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "consultation/admin/question_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            message = self.instance.message if self.instance.message_id else None
            context["message"] = message
            if message is not None:
                calendar = WorkdayCalendar.load()
                context["deadline"] = calendar.add_workdays(
                    message.received_date, deadline_workdays()
                )
            return context


class AnswerAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("message")
        if field is not None:
            open_messages = Message.objects.filter(answer__isnull=True)
            if self.instance.message_id:
                open_messages = open_messages | Message.objects.filter(pk=self.instance.message_id)
            field.queryset = open_messages.order_by("received_at")

    def extra_check_texts(self):
        """The question is published with the answer: check it too (unless kept private)."""
        message = self.cleaned_data.get("message")
        if message is None or message.keep_private:
            return []
        return [
            (None, "居民留言的标题（请在“留言”中修改）", message.title),
            (None, "居民留言的内容（请在“留言”中修改）", message.text),
        ]


class AnswerCreateView(CreateView):
    """``?message=<id>`` (the 撰写答复 link in the message list) chooses the message."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or Answer()
        raw = self.request.GET.get("message", "")
        if raw.isdigit():
            message = Message.objects.filter(pk=int(raw), answer__isnull=True).first()
            if message is not None:
                instance.message = message
        return instance


def message_status(message):
    try:
        answer = message.answer
    except Message.answer.RelatedObjectDoesNotExist:
        return "待答复"
    if answer.live:
        return "已答复（不公开）" if message.keep_private else "已答复"
    return "答复待审核发布"


class StatusColumn(Column):
    def get_value(self, instance):
        return message_status(instance)


class DeadlineColumn(Column):
    """The deadline, or the working days taken; one override query per list, not per row."""

    _calendar = None

    def get_value(self, instance):
        if self._calendar is None:
            self._calendar = WorkdayCalendar.load()
        received = instance.received_date
        deadline = self._calendar.add_workdays(received, deadline_workdays())
        answered = instance.answered_date
        if answered:
            days = self._calendar.workdays_between(received, answered)
            return f"{days} 个工作日答复" + ("（超期）" if answered > deadline else "")
        if timezone.localdate() > deadline:
            return f"已超期（{deadline:%m月%d日}到期）"
        return f"{deadline:%m月%d日}前"


class AnswerLinkColumn(Column):
    cell_template_name = "consultation/admin/answer_link_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        try:
            context["answer"] = instance.answer
        except Message.answer.RelatedObjectDoesNotExist:
            context["answer"] = None
        context["message"] = instance
        return context
