"""Previews are shown inside the Wagtail editor's side panel, an iframe on the admin origin.

The officer site forbids framing (`frame-ancestors 'none'`, X-Frame-Options DENY). Wagtail runs a
preview through the whole middleware chain with the page's own URL, so the preview response gets
that policy too and the browser refuses to show it. Preview responses, and only those, may be
framed by the site itself ('self'), which is where the admin lives.
"""

from csp.constants import SELF


def preview_frameable(response):
    """Let the admin (same origin) frame this preview response; nothing else may."""
    replace = dict(getattr(response, "_csp_replace", None) or {})
    replace["frame-ancestors"] = [SELF]
    response._csp_replace = replace
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response


class FrameablePreviewMixin:
    """Mix in before PreviewableMixin/Page: the preview response may be framed by the admin."""

    def serve_preview(self, request, mode_name):
        return preview_frameable(super().serve_preview(request, mode_name))
