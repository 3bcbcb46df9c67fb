import datetime

from django.utils import timezone

from consultation.factories import AnswerFactory, MessageFactory, publish_answer

PHONE, EMAIL, NAME = "13987654321", "secret.person@example.org", "欧阳娜娜"


def answered(title="开放时间", private=False, days_ago=10, **message_fields):
    received = timezone.now() - datetime.timedelta(days=days_ago)
    message = MessageFactory(
        title=title,
        name=NAME,
        mobile=PHONE,
        email=EMAIL,
        keep_private=private,
        received_at=received,
        **message_fields,
    )
    answer = AnswerFactory(message=message, body=f"关于{title}的答复正文。", notified_at=received)
    publish_answer(answer, at=received + datetime.timedelta(days=2))
    return message
