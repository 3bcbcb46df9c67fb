"""The one way demo content is marked as a sample.

Models whose rows can be demo samples (pages of places, people and events; bookings,
messages, survey answers) inherit ``SampleMixin``. Templates show the marking with
``{% include "includes/sample_note.html" with object=… %}``, which renders nothing unless
``settings.SHOW_DEMO_NOTICE`` is on (it is off in production).
"""

from django.db import models


class SampleMixin(models.Model):
    is_sample = models.BooleanField(
        "示例数据",
        default=False,
        help_text="演示用的示例内容（虚构的人、地点、预约等）。开启演示提示时，页面会标明为示例。",
    )

    class Meta:
        abstract = True
