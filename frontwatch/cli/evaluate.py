"""Commands of this group register themselves on the shared app."""
