"""Routing to a child page in one query, with the relations its template shows.

Wagtail routes ``/index/child/`` with two queries (the child as a plain ``Page``, then its
specific row) and the child's page then reads each foreign key it shows (its image, a
brand, a venue) with one query more each. An index whose children are of one type lists
that type in ``child_route_model`` ("app.Model") and the foreign keys in
``child_route_related``: the child comes from ONE query, its relations joined. A slug
that is not such a child (another page type, a sub-route of a routable index, a missing
page) goes through Wagtail's own routing, unchanged.
"""

from django.apps import apps
from django.http import Http404


class SpecificChildRouteMixin:
    child_route_model = None  # "app.Model"
    child_route_related = ()

    def route(self, request, path_components):
        if path_components and self.child_route_model and not self._is_own_route(path_components):
            model = apps.get_model(self.child_route_model)
            child = (
                model.objects.child_of(self)
                .select_related(*self.child_route_related)
                .filter(slug=path_components[0])
                .first()
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _is_own_route(self, path_components):
        """True when a routable index answers this path itself (its feed, its calendar)."""
        if not hasattr(self, "resolve_subpage"):
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:  # Resolver404 too
            return False
        return True
