"""Audit log lines (logger "signaal.audit") for authentication and permission changes.

Quiz submissions are logged by curriculum.services; refused requests by signaal.middleware;
content actions by Wagtail's own log (Site history report).
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from signaal.middleware import client_ip, login_failure_count_increment

audit = logging.getLogger("signaal.audit")


@receiver(user_login_failed)
def log_login_failed(sender, credentials, request=None, **kwargs):
    username = str((credentials or {}).get("username", ""))[:150]
    audit.warning("login_failed username=%r ip=%s", username, client_ip(request))
    login_failure_count_increment(request, username)


@receiver(user_logged_in)
def log_logged_in(sender, request, user, **kwargs):
    audit.info("login user=%s ip=%s", user.pk, client_ip(request))


@receiver(user_logged_out)
def log_logged_out(sender, request, user, **kwargs):
    audit.info("logout user=%s", getattr(user, "pk", None))


def _log_m2m(kind, instance, action, pk_set):
    if action in ("post_add", "post_remove", "post_clear"):
        audit.warning("permission_change %s=%s action=%s ids=%s", kind, instance.pk, action, sorted(pk_set or []))


@receiver(m2m_changed, sender=Group.permissions.through)
def log_group_permissions(sender, instance, action, pk_set, **kwargs):
    _log_m2m("group", instance, action, pk_set)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def log_user_groups(sender, instance, action, pk_set, **kwargs):
    _log_m2m("user_groups", instance, action, pk_set)


@receiver(m2m_changed, sender=get_user_model().user_permissions.through)
def log_user_permissions(sender, instance, action, pk_set, **kwargs):
    _log_m2m("user_permissions", instance, action, pk_set)


def api_call_log(request, response) -> None:
    """One audit line per call of the read API (curriculum/api/): which client, what it asked, what it got."""
    client = getattr(request, "api_client", None)
    level = audit.info if response.status_code < 400 else audit.warning
    level(
        "api_call client=%s status=%s method=%s path=%s query=%r ip=%s",
        getattr(client, "pk", None),
        response.status_code,
        request.method,
        request.path[:200],
        request.META.get("QUERY_STRING", "")[:300],
        client_ip(request),
    )
