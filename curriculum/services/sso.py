"""Single sign-on writes: the account, the officer profile, role groups and led units of someone the identity
provider vouched for (curriculum.sso.claims.SsoIdentity). Called by the OIDC backend (curriculum/sso/backends.py).

Rules (docs/sso.md):
- A person is matched on OfficerProfile.personnel_number only (as the CSV import makes it), never on e-mail or name.
- Someone not known yet is created just in time when their unit code is a Signaal unit; otherwise refused.
- A different unit code is a move through `officer_move`, so progress follows the officer.
- The provider decides membership of the groups it manages (`identity.groups_managed`): what it no longer sends is
  removed. It never touches is_staff or is_superuser, and never logs in a staff or superuser account (those log
  in with their password, behind django-axes).
- Managed units follow the provider only when a claim for them is configured.
Everything happens in one transaction: a refusal (SsoRefusedError) leaves nothing created or changed.
"""

import logging
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from curriculum.domain.errors import SsoRefusedError
from curriculum.models import OfficerProfile, Unit, UnitManager
from curriculum.services.organisation import officer_move, officer_profile_save
from curriculum.sso.claims import SsoIdentity

audit = logging.getLogger("signaal.audit")


@dataclass
class SsoLoginResult:
    user: object
    created: bool = False
    moved: bool = False
    groups_added: list[str] = field(default_factory=list)
    groups_removed: list[str] = field(default_factory=list)
    units_led: list[str] | None = None


def _refused(message: str, reason: str, identity: SsoIdentity, detail: str = "") -> SsoRefusedError:
    return SsoRefusedError(
        message, reason=reason, detail=f"personnel_number={identity.personnel_number!r} {detail}".strip()
    )


def _unit(identity: SsoIdentity) -> Unit | None:
    if identity.unit_code is None:
        return None
    unit = Unit.objects.filter(code=identity.unit_code).first()
    if unit is None:
        raise _refused(
            _(
                "Je eenheid (code %(code)s) is nog niet bekend in Signaal, daarom kun je nog niet inloggen. Er is "
                "niets aangemaakt of gewijzigd. Vraag de beheerder van Signaal om de eenheid toe te voegen."
            )
            % {"code": identity.unit_code},
            "unit_unknown",
            identity,
            f"unit_code={identity.unit_code!r}",
        )
    return unit


def _existing(profile: OfficerProfile, identity: SsoIdentity, unit: Unit | None, result: SsoLoginResult):
    user = get_user_model().objects.select_for_update().get(pk=profile.user_id)
    if user.is_superuser or user.is_staff:
        raise _refused(
            _(
                "Dit is een beheerdersaccount. Beheerders loggen in met hun gebruikersnaam en wachtwoord, niet via "
                "de inlogdienst van de organisatie."
            ),
            "privileged_account",
            identity,
            f"user={user.pk}",
        )
    if not user.is_active:
        raise _refused(
            _("Je account in Signaal is uitgeschakeld. Neem contact op met de beheerder van Signaal."),
            "inactive_account",
            identity,
            f"user={user.pk}",
        )
    names = (identity.first_name, identity.last_name, identity.email)
    if (user.first_name, user.last_name, user.email) != names:
        user.first_name, user.last_name, user.email = names
        user.save(update_fields=["first_name", "last_name", "email"])
    if unit is not None and profile.unit_id != unit.pk:
        officer_move(user=user, unit=unit)
        result.moved = True
    return user


def _new(identity: SsoIdentity, unit: Unit | None, result: SsoLoginResult):
    User = get_user_model()
    if unit is None:
        raise _refused(
            _(
                "Je bent nog niet bekend in Signaal. Je account wordt aangemaakt zodra de personeelsadministratie je "
                "heeft aangemeld. Er is niets aangemaakt of gewijzigd."
            ),
            "not_imported",
            identity,
        )
    if User.objects.filter(username__iexact=identity.personnel_number).exists():
        raise _refused(
            _(
                "Er bestaat al een account met gebruikersnaam %(username)s dat niet bij jouw personeelsnummer hoort. "
                "Signaal neemt geen bestaand account over; de beheerder van Signaal moet dit oplossen."
            )
            % {"username": identity.personnel_number},
            "username_taken",
            identity,
        )
    user = User.objects.create_user(
        username=identity.personnel_number,
        email=identity.email,
        first_name=identity.first_name,
        last_name=identity.last_name,
    )  # no password: an unusable one
    officer_profile_save(user=user, unit=unit, personnel_number=identity.personnel_number)
    result.created = True
    return user


def _groups_sync(user, identity: SsoIdentity, result: SsoLoginResult) -> None:
    current = set(user.groups.filter(name__in=identity.groups_managed).values_list("name", flat=True))
    add, remove = sorted(identity.groups - current), sorted(current - identity.groups)
    if add:
        user.groups.add(*Group.objects.filter(name__in=add))
    if remove:
        user.groups.remove(*Group.objects.filter(name__in=remove))
    result.groups_added, result.groups_removed = add, remove


def _units_led_sync(user, identity: SsoIdentity, result: SsoLoginResult) -> None:
    if identity.managed_unit_codes is None:
        return
    units = dict(Unit.objects.filter(code__in=identity.managed_unit_codes).values_list("code", "pk"))
    unknown = sorted(set(identity.managed_unit_codes) - set(units))
    if unknown:
        audit.warning("sso_managed_units_unknown user=%s codes=%r", user.pk, unknown[:20])
    wanted = set(units.values())
    current = set(UnitManager.objects.filter(user=user).values_list("unit_id", flat=True))
    UnitManager.objects.filter(user=user, unit_id__in=current - wanted).delete()
    UnitManager.objects.bulk_create([UnitManager(user=user, unit_id=pk) for pk in wanted - current])
    result.units_led = sorted(units)


@transaction.atomic
def _sync(identity: SsoIdentity) -> SsoLoginResult:
    result = SsoLoginResult(user=None)
    profile = OfficerProfile.objects.select_for_update().filter(personnel_number=identity.personnel_number).first()
    unit = _unit(identity)
    if profile is not None:
        user = _existing(profile, identity, unit, result)
    else:
        user = _new(identity, unit, result)
    _groups_sync(user, identity, result)
    _units_led_sync(user, identity, result)
    result.user = user
    return result


def sso_login_sync(*, identity: SsoIdentity) -> SsoLoginResult:
    """Find or create the account for `identity` and bring it in line with the provider (one transaction).

    Two first logins of the same person at once: the second finds the account the first created (one retry).
    """
    for attempt in range(2):
        try:
            result = _sync(identity)
        except IntegrityError:
            if attempt:
                raise _refused(
                    _(
                        "Je account werd op hetzelfde moment ook ergens anders aangemaakt. "
                        "Probeer opnieuw in te loggen."
                    ),
                    "concurrent_create",
                    identity,
                ) from None
            continue
        audit.info(
            "sso_login user=%s created=%s moved=%s groups_added=%s groups_removed=%s units_led=%s",
            result.user.pk,
            result.created,
            result.moved,
            result.groups_added,
            result.groups_removed,
            result.units_led,
        )
        return result
    raise AssertionError("unreachable")
