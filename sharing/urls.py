from django.urls import path

from . import views

app_name = "sharing"

urlpatterns = [
    path("oembed/", views.oembed, name="oembed"),
    path("embed/<int:page_id>/", views.embed, name="embed"),
    path("sharing/qr/<int:page_id>.svg", views.qr_code, name="qr"),
    path("sharing/poster/<int:page_id>.png", views.poster, name="poster"),
    path("sharing/card/<int:page_id>.png", views.share_card, name="card"),
    path("sharing/wechat-config/", views.wechat_config, name="wechat_config"),
]
