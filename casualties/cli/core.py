"""Commands registered on the shared app (placeholder until implemented)."""
