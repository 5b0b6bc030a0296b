"""Officer-facing URLs that are not page routes (page routes live on the pages themselves)."""

from django.urls import path

from curriculum.views import activity, certificates, officer, search

urlpatterns = [
    path("mijn-training/", officer.my_training_view, name="my_training"),
    path("mijn-gegevens/", officer.my_record_view, name="my_record"),
    path("zoeken/", search.search_view, name="search"),
    path("certificaat/controleer/", certificates.certificate_verify_view, name="certificate_verify"),
    path("certificaat/<int:completion_id>/", certificates.certificate_view, name="certificate"),
    path("activiteit/<int:page_id>/", activity.activity_view, name="activity"),
]
