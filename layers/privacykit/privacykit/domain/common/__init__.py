"""What every capability shares: identifiers, the acting user, entity types and levels, the clock."""
