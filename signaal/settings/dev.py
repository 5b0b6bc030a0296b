from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-signaal"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
