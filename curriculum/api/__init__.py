"""The read API (django-ninja): docs/api.md."""
