"""The retention sweep (issue 12): policies enforced on a schedule, at a cost that follows what expired."""
