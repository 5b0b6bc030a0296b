"""Officer-facing URLs that are not page routes (page routes live on the pages themselves)."""

from django.urls import path

from curriculum.views import officer

urlpatterns = [
    path("mijn-training/", officer.my_training_view, name="my_training"),
    path("mijn-gegevens/", officer.my_record_view, name="my_record"),
]
