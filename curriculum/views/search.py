"""Search across the curriculum (lessons, modules, pocket card) and the signal taxonomy.

Control characters never get here (signaal.text_input.TextInputMiddleware answers 400). A double
quote is dropped: Wagtail's SQLite full-text backend passes it on unescaped ("unterminated string", a 500),
and a police training's search has no use for phrase syntax.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from curriculum import selectors


@login_required
def search_view(request):
    """GET ?q=…: results in two groups; an empty query shows the form and a hint."""
    query = request.GET.get("q", "").replace('"', " ")
    results = selectors.search_results_get(query=query)
    return render(request, "curriculum/search.html", {"results": results})
