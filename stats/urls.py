"""Language-neutral open-data downloads: /open-data/spaces.csv, /open-data/events.json …"""

from django.urls import path

from stats import opendata

app_name = "stats"

urlpatterns = [
    path("open-data/<slug:dataset>.<slug:fmt>", opendata.download, name="open_data"),
]
