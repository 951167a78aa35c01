"""web: the analyst's workbench (`crosswire serve`), pages and a JSON API over one database."""

from crosswire.web.app import create_app

__all__ = ["create_app"]
