"""Keep generated functions current: ``status`` compares them with their templates, ``update``
merges a template's changes in three ways, keeping what the user wrote.

The manifest (``.scaffold/generated.json``) says what was generated from which template
version; ``.scaffold/base/`` keeps each file as it was generated, the base of the merge.
"""

from scaffold.lifecycle._clauses import Clause, compare_clauses, read_clauses
from scaffold.lifecycle._merge import MergeResult, merge_three_way
from scaffold.lifecycle._status import FileStatus, FunctionStatus, function_status, project_status
from scaffold.lifecycle._update import FileOutcome, UpdatePlan, plan_update

__all__ = [
    "Clause",
    "FileOutcome",
    "FileStatus",
    "FunctionStatus",
    "MergeResult",
    "UpdatePlan",
    "compare_clauses",
    "function_status",
    "merge_three_way",
    "plan_update",
    "project_status",
    "read_clauses",
]
