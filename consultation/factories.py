import factory
from django.utils import timezone

from consultation.models import Answer, ConsultationIndexPage, Message, MessageCategory
from core.factories import PageFactory


class ConsultationIndexPageFactory(PageFactory):
    title = "留言咨询"
    intro = "对全民阅读服务有疑问或建议，请在这里留言。答复经审核后公开。"

    class Meta:
        model = ConsultationIndexPage


class MessageFactory(factory.django.DjangoModelFactory):
    category = MessageCategory.LENDING
    title = factory.Sequence(lambda n: f"留言 {n}")
    text = "请问少儿借阅证怎么办理？"
    name = "王小明"
    mobile = "13800000000"
    email = ""
    received_at = factory.LazyFunction(timezone.now)
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Message


class AnswerFactory(factory.django.DjangoModelFactory):
    message = factory.SubFactory(MessageFactory)
    unit = "西城区第一图书馆"
    body = "您好，持本人身份证件到馆即可办理。"
    live = False

    class Meta:
        model = Answer


def publish_answer(answer, at=None):
    """Publish ``answer`` (as the workflow's approval would); ``at`` backdates the dates."""
    answer.save_revision().publish()
    if at is not None:
        Answer.objects.filter(pk=answer.pk).update(first_published_at=at, last_published_at=at)
        answer.refresh_from_db()
    return answer
