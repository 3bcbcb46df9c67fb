from .answers import Answer
from .calendar import WorkdayOverride
from .messages import Message, MessageCategory
from .pages import ConsultationIndexPage

__all__ = ["Answer", "ConsultationIndexPage", "Message", "MessageCategory", "WorkdayOverride"]
