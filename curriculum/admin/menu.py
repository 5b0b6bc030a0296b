"""Admin menu items shown only to the users who may open what they link to (registered in wagtail_hooks.py)."""

from wagtail.admin.menu import MenuItem


class ShownToMenuItem(MenuItem):
    """A menu item shown to the users `shown_to(user)` admits; the view it links to checks again."""

    def __init__(self, label, url, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)
