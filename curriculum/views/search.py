"""Search across the curriculum (lessons, modules, pocket card) and the signal taxonomy."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from curriculum import selectors


@login_required
def search_view(request):
    """GET ?q=…: results in two groups; an empty query shows the form and a hint."""
    results = selectors.search_results_get(query=request.GET.get("q", ""))
    return render(request, "curriculum/search.html", {"results": results})
