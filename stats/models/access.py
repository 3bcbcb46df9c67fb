"""The permission to read the statistics reports in the admin (the 数据 group has it)."""

from django.db import models

PERMISSION = "stats.view_statistics"


class StatisticsAccess(models.Model):
    """No table: only the ``view_statistics`` permission, granted to the 数据 group."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_statistics", "查看数据统计报表")]
        verbose_name = "数据统计"

    def __str__(self):
        return "数据统计"


def can_view_statistics(user):
    return bool(user and user.is_authenticated and user.is_active) and (
        user.is_superuser or user.has_perm(PERMISSION)
    )
