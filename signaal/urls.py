from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from curriculum.api import urls as api_urls
from curriculum.views import account, login_link

# Officers who open /admin/ get the site's own refusal, not Wagtail's message (issue 9.6).
decorate_urlpatterns(wagtailadmin_urls.urlpatterns, account.admin_access_guard)

handler500 = "signaal.logging.server_error"  # the 500 page shows the request id

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="registration/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("inloggen/link/<str:token>/", login_link.login_link_view, name="login_link"),
    path("wachtwoord-vergeten/", account.PasswordResetView.as_view(), name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", account.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "wachtwoord-instellen/<uidb64>/<token>/",
        account.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("wachtwoord-instellen/klaar/", account.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("mijn-profiel/", account.profile_view, name="profile"),
    path("mijn-profiel/wachtwoord/", account.PasswordChangeView.as_view(), name="password_change"),
    path("i18n/setlang/", account.language_set_view, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include((api_urls.urlpatterns, "api-v1"), namespace="api-v1")),  # the read API (docs/api.md)
    re_path(r"^api/", api_urls.not_found_view),
    path("", include("curriculum.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
