"""Certificates: an officer prints their own; a manager checks a code."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from curriculum.selectors import certificates


@login_required
def certificate_view(request, completion_id):
    """A printable certificate for one of the officer's own module completions (404 for anyone else's)."""
    completion = certificates.certificate_for_officer_get(user=request.user, completion_id=completion_id)
    if completion is None:
        raise Http404
    context = {
        "completion": completion,
        "module": completion.module.specific,
        "code": certificates.certificate_code(completion),
        "expired": completion.expires_at is not None and completion.expires_at <= timezone.now(),
    }
    return render(request, "curriculum/certificate.html", context)


@login_required
def certificate_verify_view(request):
    """GET ?code=…: managers and administrators see whose certificate it is, or that it is not valid."""
    if not certificates.can_verify_certificates(request.user):
        raise PermissionDenied
    code = request.GET.get("code", "")
    verification = certificates.certificate_verify(code) if code.strip() else None
    return render(request, "curriculum/certificate_verify.html", {"verification": verification, "code": code})
