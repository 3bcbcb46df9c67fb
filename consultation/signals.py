"""An answer goes live: tell the asker by e-mail and make cached pages stale (after commit)."""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from wagtail.search import index
from wagtail.signals import published, unpublished

from core.pagecache import purge_site

from .models import Answer, ConsultationIndexPage

logger = logging.getLogger(__name__)


def notify_asker(answer_pk):
    answer = Answer.objects.select_related("message").filter(pk=answer_pk, live=True).first()
    if answer is None or answer.notified_at is not None:
        return
    message = answer.message
    if not message.email:
        return
    index = ConsultationIndexPage.objects.live().first()
    link = ""
    if index is not None and not message.keep_private:
        link = index.get_full_url() + index.reverse_subpage("message", args=[message.pk])
    context = {"message": message, "answer": answer, "link": link}
    try:
        send_mail(
            subject=f"书香西城：您的留言“{message.title[:30]}”已答复",
            message=render_to_string("consultation/email/answered.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[message.email],
        )
    except Exception:  # the mail server is down: answer stays published, staff can resend
        logger.exception("answer e-mail failed for answer %s", answer.pk)
        return
    Answer.objects.filter(pk=answer.pk).update(notified_at=answer.last_published_at)


@receiver(published, sender=Answer)
def answer_published(sender, instance, **kwargs):
    if instance.message.keep_private:
        index.remove_object(instance)
    transaction.on_commit(purge_site)
    transaction.on_commit(partial(notify_asker, instance.pk))


@receiver(unpublished, sender=Answer)
def answer_unpublished(sender, instance, **kwargs):
    index.remove_object(instance)
    transaction.on_commit(purge_site)
