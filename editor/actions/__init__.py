"""Action specs: id, title, shortcut, enabled rule and what runs; no widgets."""
