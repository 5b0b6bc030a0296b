"""URLs of the read API (/api/v1/): every call is audited and answered with an ETag (a conditional GET gets 304);
anything else under /api/ is a JSON 404, never an HTML page."""

import hashlib
from functools import wraps

from django.http import JsonResponse
from django.urls import re_path
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from wagtail.utils.urlpatterns import decorate_urlpatterns

from curriculum.api.views import NOT_FOUND, api
from signaal.audit import api_call_log


def audited(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Authorization"])
        patch_cache_control(response, private=True, no_cache=True)  # clients may keep it, but ask again (ETag)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response["ETag"] = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        api_call_log(request, response)
        return response

    return wrapper


def not_found_view(request, rest=""):
    response = JsonResponse({"detail": NOT_FOUND}, status=404)
    api_call_log(request, response)
    return response


ninja_patterns, _app, _namespace = api.urls
urlpatterns = [*decorate_urlpatterns(ninja_patterns, audited), re_path(r"^(?P<rest>.*)$", not_found_view)]
