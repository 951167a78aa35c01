"""Reconcile stage: a cluster of mentions -> one Incident, each field with value, status, reason."""

from crosswire.reconcile.core import Overrides, reconcile
from crosswire.reconcile.counts import reconcile_count
from crosswire.reconcile.fields import precision_of, reconcile_actors, reconcile_date, reconcile_place

__all__ = [
    "Overrides",
    "precision_of",
    "reconcile",
    "reconcile_actors",
    "reconcile_count",
    "reconcile_date",
    "reconcile_place",
]
