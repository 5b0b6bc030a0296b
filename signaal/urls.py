from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.defaults import page_not_found
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from curriculum.api import urls as api_urls
from curriculum.views import account, login_link, sso
from curriculum.views.pages import cached_site
from signaal import health

# Officers who open /admin/ get the site's own refusal, not Wagtail's message.
decorate_urlpatterns(wagtailadmin_urls.urlpatterns, account.admin_access_guard)

handler500 = "signaal.logging.server_error"  # the 500 page shows the request id

urlpatterns = [
    path("healthz/live/", health.live, name="health_live"),
    path("healthz/ready/", health.ready, name="health_ready"),
    # Logging out of the admin also ends an SSO session at the provider (curriculum/views/sso.py).
    path("admin/logout/", sso.LogoutView.as_view()),
    # Wagtail's error test page raises on purpose; not served, so no admin user causes a 500 at will.
    path("admin/failwhale/", page_not_found, {"exception": Http404()}),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("login/", sso.LoginView.as_view(), name="login"),
    path("logout/", sso.LogoutView.as_view(), name="logout"),
    path("oidc/authenticate/", sso.SsoStartView.as_view(), name="oidc_authentication_init"),
    path("oidc/callback/", sso.SsoCallbackView.as_view(), name="oidc_authentication_callback"),
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
    path("", include("curriculum.views.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Page requests take the Site and its root page from the cache (one read instead of two queries).
decorate_urlpatterns(wagtail_urls.urlpatterns, cached_site)
urlpatterns += [path("", include(wagtail_urls))]
