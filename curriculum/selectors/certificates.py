"""Certificates of completion: a verification code per ModuleCompletion, and checking one.

The code is a keyed hash (HMAC with SECRET_KEY) of the completion id, so it needs no stored field and
cannot be guessed: `SGN-<id>-XXXX-XXXX-XXXX`. Officers see only their own certificates; managers (the
Leidinggevenden group) and administrators can check a code and see name, module and date.
"""

import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from curriculum.domain.roles import REPORT_PERMISSION
from curriculum.models import ModuleCompletion

_SALT = "signaal.certificate.v1"
_CODE = re.compile(r"^SGN-(\d{1,12})-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{4})$")


def certificate_code(completion: ModuleCompletion) -> str:
    digest = salted_hmac(_SALT, str(completion.pk), algorithm="sha256").hexdigest()[:12].upper()
    return f"SGN-{completion.pk}-{digest[0:4]}-{digest[4:8]}-{digest[8:12]}"


def _normalise(code: str) -> str:
    return re.sub(r"\s+", "", code or "").upper()[:40]


def certificate_for_officer_get(*, user, completion_id: int) -> ModuleCompletion | None:
    """The officer's own completion (None for someone else's, so the view answers 404)."""
    if not user.is_authenticated:
        return None
    return ModuleCompletion.objects.select_related("module", "user").filter(pk=completion_id, user=user).first()


def certificates_for_officer_list(*, user, module_id: int | None = None) -> list[ModuleCompletion]:
    """The officer's own completions, newest first, each with `expired` set. An expired or re-trained
    completion stays on this list: it is evidence of what the officer did then."""
    if not user.is_authenticated:
        return []
    rows = ModuleCompletion.objects.filter(user=user).select_related("module").order_by("-completed_at")
    if module_id is not None:
        rows = rows.filter(module_id=module_id)
    now = timezone.now()
    completions = list(rows)
    for completion in completions:
        completion.expired = completion.expires_at is not None and completion.expires_at <= now
    return completions


@dataclass(frozen=True)
class Verification:
    code: str
    completion: ModuleCompletion | None

    @property
    def valid(self) -> bool:
        return self.completion is not None


def certificate_verify(code: str) -> Verification:
    """Look up the completion a code belongs to; an unknown, altered or malformed code is not valid."""
    code = _normalise(code)
    match = _CODE.match(code)
    if match is None:
        return Verification(code=code, completion=None)
    completion = ModuleCompletion.objects.select_related("module", "user").filter(pk=int(match.group(1))).first()
    if completion is None or not constant_time_compare(certificate_code(completion), code):
        return Verification(code=code, completion=None)
    return Verification(code=code, completion=completion)


def can_verify_certificates(user) -> bool:
    """Managers and administrators check certificates; officers and trainers do not. Managers are those who may
    see unit reports (the permission their group holds, curriculum/domain/roles.py): a check of the user's cached
    permissions, not one more query on every admin page that shows the menu item."""
    return user.is_authenticated and user.has_perm(REPORT_PERMISSION)
